import { all, hasSite, totalLesions, type Condition } from '../condition.ts';
import type { RegimenOption, SourcedText } from '../option.ts';
import type { SiteName } from '../../case/vocabulary.ts';
import { d001, d002, d003, d004 } from '../sentences.ts';
import type { Support } from '../tiers.ts';
import { atAnyPoint, detail, offers, qualified, situationalByFormat, sourced } from './cite.ts';

/**
 * Radiation and surgery to one metastatic site. They relieve or prevent symptoms and do not start
 * or end a line, so they are offered at any point of the course once their site is documented.
 * The case format ranks them "consider" whatever the wording (situationalByFormat).
 */

interface LocalSpec {
  readonly id: string;
  readonly label: string;
  readonly modality: 'radiation' | 'surgery';
  readonly site: SiteName;
  readonly technique?: string;
  readonly condition: Condition;
  readonly rationale: string;
  readonly support: readonly Support[];
  readonly conflicts?: readonly string[];
  readonly caveats?: readonly SourcedText[];
  readonly urgentWhen?: NonNullable<RegimenOption['urgentWhen']>;
}

const boneSymptoms = hasSite('bone', {
  symptomaticOr: ['pain', 'fracture', 'spinal-cord-compression'],
});
const spinalCordCompression = hasSite('bone', { complication: ['spinal-cord-compression'] });

const earlierRadiationCaveat = sourced(
  'An area that has already had radiation may not be able to have more.',
  d003.radiationAlreadyUsed,
);

function local(spec: LocalSpec): RegimenOption {
  const caveats = [
    ...(spec.modality === 'radiation' ? [earlierRadiationCaveat] : []),
    ...(spec.caveats ?? []),
  ];
  return {
    ...spec,
    group: spec.id,
    components: [],
    tierLimits: [situationalByFormat],
    conflicts: [...(spec.conflicts ?? []), 'local-therapy-with-several-sites'],
    ...(caveats.length > 0 ? { caveats } : {}),
    offeredIn: atAnyPoint,
    expectedWhenFailing: { whenSite: spec.site },
  };
}

/** Radiation for symptoms at a site no sentence names on its own (001, 004, 002). */
function symptomRadiation(site: SiteName, words: string): RegimenOption {
  return local({
    id: `radiation-symptoms-${site}`,
    label: `Radiation to relieve symptoms of ${words}`,
    modality: 'radiation',
    site,
    condition: hasSite(site, { symptomaticOr: ['pain', 'breathing'] }),
    rationale: `001 gives radiation for other metastatic sites whose symptoms do not respond to medical therapy; 004 and 002 name radiation to shrink tumours and ease pain and other symptoms. The documents do not name ${words} on their own.`,
    support: [
      qualified(d001.radiationOtherSitesIfSymptomsPersist),
      offers(d004.radiationToShrinkAndRelieve),
      offers(d002.localTherapyForPainAndSymptoms),
      detail(d002.localTherapyInCertainInstances, 'situational'),
    ],
  });
}

export const localTherapyOptions: readonly RegimenOption[] = [
  local({
    id: 'radiation-brain-stereotactic',
    label: 'Stereotactic radiation to the brain metastasis',
    modality: 'radiation',
    site: 'brain',
    technique: 'stereotactic',
    condition: hasSite('brain', { count: { atMost: 1 } }),
    rationale:
      'A single small brain metastasis is treated with radiation focused on the tumour (stereotactic radiation, also called Gamma Knife).',
    support: [
      offers(d001.radiationCommonForBrain),
      qualified(d001.singleSmallBrainTumourFocused),
      detail(d001.stereotacticNamed),
      offers(d003.radiationBrain),
      offers(d004.radiationForBonePainLungBrain),
    ],
    caveats: [
      sourced(
        '001 describes the focused technique for one small tumour; the size of the metastasis is not recorded in the case.',
        d001.singleSmallBrainTumourFocused,
      ),
    ],
  }),
  local({
    id: 'radiation-whole-brain',
    label: 'Whole-brain radiation',
    modality: 'radiation',
    site: 'brain',
    technique: 'whole-brain',
    condition: hasSite('brain', { count: { atLeast: 2 } }),
    rationale: 'Several brain metastases are treated with radiation to the whole brain.',
    support: [
      offers(d001.radiationCommonForBrain),
      offers(d001.multipleBrainWholeBrain),
      offers(d003.radiationBrain),
      offers(d004.radiationForBonePainLungBrain),
    ],
  }),
  local({
    id: 'surgery-brain',
    label: 'Surgery to remove a brain metastasis (rarely)',
    modality: 'surgery',
    site: 'brain',
    // "Remove a metastasis from the brain": one metastasis to remove, not several.
    condition: hasSite('brain', { count: { atMost: 1 } }),
    rationale: 'In rare cases a single brain metastasis is removed surgically.',
    support: [qualified(d003.surgeryBrainRarely)],
  }),
  local({
    id: 'surgery-bone',
    label: 'Surgery for a broken bone or spinal cord compression',
    modality: 'surgery',
    site: 'bone',
    condition: hasSite('bone', { complication: ['fracture', 'spinal-cord-compression'] }),
    rationale:
      'Surgery can treat a broken bone, or spinal cord compression, caused by bone metastases.',
    support: [offers(d003.surgeryBoneOrSpinalCord)],
    urgentWhen: {
      condition: spinalCordCompression,
      ...sourced(
        'Spinal cord compression is recorded: surgery is named for it. The documents do not name radiation for spinal cord compression (they offer radiation to bone metastases for pain and symptoms).',
        d003.surgeryBoneOrSpinalCord,
      ),
    },
  }),
  local({
    id: 'radiation-bone',
    label: 'Radiation to bone metastases',
    modality: 'radiation',
    site: 'bone',
    condition: hasSite('bone'),
    rationale:
      'External radiation to bone metastases relieves pain and can control or prevent symptoms.',
    support: [
      offers(d003.radiationBones),
      offers(d003.radiationRelievesOrPrevents),
      // 004 speaks of bone pain and 001 of symptoms: cited only when bone symptoms are recorded.
      offers(d004.radiationForBonePainLungBrain, boneSymptoms),
      qualified(d001.radiationOtherSitesIfSymptomsPersist, boneSymptoms),
    ],
    conflicts: ['bone-radiation-timing'],
    urgentWhen: {
      condition: spinalCordCompression,
      ...sourced(
        'Spinal cord compression is recorded. Radiation to bone metastases is offered to relieve and control their symptoms; the documents name surgery, not radiation, for cord compression itself, and give no timing for either.',
        d003.radiationRelievesOrPrevents,
        d003.surgeryBoneOrSpinalCord,
      ),
    },
  }),
  local({
    id: 'radiation-lung',
    label: 'Radiation to lung metastases',
    modality: 'radiation',
    site: 'lung',
    condition: hasSite('lung', { symptomaticOr: ['breathing'] }),
    rationale: 'Radiation to lung metastases treats coughing or breathing problems.',
    support: [
      offers(d003.radiationLungs),
      offers(d003.radiationRelievesOrPrevents),
      offers(d004.radiationForBonePainLungBrain),
    ],
  }),
  local({
    id: 'surgery-lung',
    label: 'Surgery to remove a single lung metastasis',
    modality: 'surgery',
    site: 'lung',
    // "A single metastasis" is the whole patient: one lesion in the body, in the lung.
    condition: all(hasSite('lung'), totalLesions({ atMost: 1 })),
    rationale:
      'When the only metastasis in the body is a single one in a lung, it may be removed surgically.',
    support: [offers(d003.surgerySingleLungOrLiver)],
    conflicts: ['local-therapy-beyond-symptom-relief'],
  }),
  local({
    id: 'surgery-liver',
    label: 'Surgery to remove a single liver metastasis',
    modality: 'surgery',
    site: 'liver',
    condition: all(hasSite('liver'), totalLesions({ atMost: 1 })),
    rationale:
      'When the only metastasis in the body is a single one in the liver, it may be removed surgically.',
    support: [offers(d003.surgerySingleLungOrLiver)],
    conflicts: ['local-therapy-beyond-symptom-relief'],
  }),
  local({
    id: 'radiation-lymph-node',
    label: 'Radiation to lymph-node metastases',
    modality: 'radiation',
    site: 'lymph-node',
    condition: hasSite('lymph-node'),
    rationale:
      'Radiation can treat metastases in the lymph nodes near the breast: around it, in the armpit or around the collarbone.',
    support: [offers(d003.radiationLymphNodes), offers(d003.radiationRelievesOrPrevents)],
    caveats: [
      sourced(
        '003 names the lymph nodes around the breast, under the arm and around the collarbone; the case does not record which nodes are affected, so check the location.',
        d003.radiationLymphNodes,
      ),
    ],
  }),
  local({
    id: 'radiation-breast',
    label: 'Radiation to a recurrence in the breast',
    modality: 'radiation',
    site: 'breast',
    condition: all(hasSite('breast'), { fact: 'presentation', is: 'recurrent' }),
    rationale: 'Radiation can treat cancer that has come back in the breast.',
    support: [offers(d003.radiationBreastRecurrence)],
  }),
  local({
    id: 'surgery-breast',
    label: 'Surgery to remove the tumour in the breast (rarely done)',
    modality: 'surgery',
    site: 'breast',
    condition: hasSite('breast'),
    rationale:
      'Removing the tumour in the breast is rarely done once the cancer has spread elsewhere.',
    support: [qualified(d003.breastSurgeryRarely)],
  }),
  symptomRadiation('skin', 'skin metastases'),
  symptomRadiation('soft-tissue', 'soft-tissue metastases'),
  symptomRadiation('liver', 'liver metastases'),
  symptomRadiation('pleura', 'pleural metastases'),
  symptomRadiation('other', 'metastases at the other site'),
];
