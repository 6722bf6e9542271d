import { getDrug, type DrugName } from '../knowledge/drugs.ts';
import type { RegimenOption, Slot } from '../knowledge/option.ts';
import type { CourseFacts } from './course-facts.ts';
import type { CandidateComponent, RemovedAgent } from './recommendation.ts';

/**
 * Fills an option's slots for this patient: agents the disease progressed on (unless a document
 * supports continuing them in this slot) and agents not tolerated are left out, and aromatase
 * inhibitors need ovarian suppression in the same regimen unless the patient is postmenopausal.
 */

export interface BuiltComponents {
  readonly components: readonly CandidateComponent[];
  readonly removed: readonly RemovedAgent[];
  /** Slots left with no agent: the option cannot be given. */
  readonly emptySlots: readonly string[];
}

function hasOvarianSuppression(option: RegimenOption): boolean {
  return option.components.some((s) =>
    s.agents.some((a) => getDrug(a).drugClass === 'LHRH / GnRH agonist'),
  );
}

export function whyAgentIsLeftOut(
  agent: DrugName,
  slot: Slot,
  option: RegimenOption,
  facts: CourseFacts,
): string | undefined {
  const { context } = facts;
  const intolerance = context.intolerantOf.find((e) => e.agent === agent);
  if (intolerance) return `not tolerated (line ${intolerance.line})`;
  const progression = context.progressedOn.find((e) => e.agent === agent);
  if (progression && !slot.continuesAfterProgression) {
    return `disease progressed on it (line ${progression.line})`;
  }
  if (
    getDrug(agent).drugClass === 'aromatase inhibitor' &&
    context.patient.menopause !== 'post' &&
    !hasOvarianSuppression(option)
  ) {
    return context.patient.menopause === 'pre'
      ? 'premenopausal without ovarian suppression'
      : 'menopausal status unknown: an aromatase inhibitor alone is for postmenopausal women';
  }
  return undefined;
}

export function buildComponents(option: RegimenOption, facts: CourseFacts): BuiltComponents {
  const removed: RemovedAgent[] = [];
  const emptySlots: string[] = [];
  const components = option.components.map((slot) => {
    const agents = slot.agents.filter((agent) => {
      const reason = whyAgentIsLeftOut(agent, slot, option, facts);
      if (reason && !removed.some((r) => r.agent === agent)) removed.push({ agent, reason });
      return reason === undefined;
    });
    if (agents.length === 0) emptySlots.push(slot.label);
    return { class: slot.label, agents };
  });
  return { components, removed, emptySlots };
}
