import { regimenModalities, regimenModality } from '../engine/modality.ts';
import { modalities, type Modality, type RegimenOption } from '../knowledge/option.ts';

/**
 * The trainee's choices grouped by modality, as the knowledge base assigns it: an option's own
 * modality when it names one, otherwise the modality of its agents by the engine's precedence
 * (a hormone drug with a CDK4/6 inhibitor is targeted, as in the candidates table). Groups come
 * in the knowledge base's order of modalities; options keep the knowledge base's order.
 */

export interface ChoiceGroup {
  readonly modality: Modality;
  /** "Targeted therapy". */
  readonly label: string;
  /** Other modalities that some of the group's regimens also contain, in the same order. */
  readonly alsoWith: readonly Modality[];
  readonly options: readonly RegimenOption[];
}

const modalityLabels: Readonly<Record<Modality, string>> = {
  immunotherapy: 'Immunotherapy',
  targeted: 'Targeted therapy',
  endocrine: 'Endocrine therapy',
  chemotherapy: 'Chemotherapy',
  radiation: 'Radiation',
  surgery: 'Surgery',
  supportive: 'Supportive care',
  trial: 'Clinical trial',
};

/** Short words for a modality named inside a phrase ("with endocrine therapy"). */
const modalityWords: Readonly<Record<Modality, string>> = {
  immunotherapy: 'immunotherapy',
  targeted: 'targeted therapy',
  endocrine: 'endocrine therapy',
  chemotherapy: 'chemotherapy',
  radiation: 'radiation',
  surgery: 'surgery',
  supportive: 'supportive care',
  trial: 'a clinical trial',
};

export const modalityLabel = (modality: Modality): string => modalityLabels[modality];

function agentsOf(option: RegimenOption) {
  return option.components.flatMap((slot) => slot.agents);
}

/** The modality an option is filed under: as the engine labels the candidate it becomes. */
export function optionModality(option: RegimenOption): Modality {
  return option.modality ?? regimenModality(agentsOf(option)) ?? 'supportive';
}

export function groupChoicesByModality(options: readonly RegimenOption[]): ChoiceGroup[] {
  return modalities.flatMap((modality) => {
    const inGroup = options.filter((o) => optionModality(o) === modality);
    if (inGroup.length === 0) return [];
    const others = new Set(
      inGroup.flatMap((o) => regimenModalities(agentsOf(o))).filter((m) => m !== modality),
    );
    return [
      {
        modality,
        label: modalityLabels[modality],
        alsoWith: modalities.filter((m) => others.has(m)),
        options: inGroup,
      },
    ];
  });
}

/** The group's heading for a chooser: "Targeted therapy (some with endocrine therapy or chemotherapy)". */
export function choiceGroupHeading(group: ChoiceGroup): string {
  if (group.alsoWith.length === 0) return group.label;
  const words = group.alsoWith.map((m) => modalityWords[m]);
  const list =
    words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
  const some = group.options.every((o) =>
    regimenModalities(agentsOf(o)).some((m) => m !== group.modality),
  )
    ? 'with'
    : 'some with';
  return `${group.label} (${some} ${list})`;
}
