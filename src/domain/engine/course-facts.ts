import { isVisceral, type ReceptorStatus } from '../case/vocabulary.ts';
import type { SiteRecord, TherapyContext, TherapyLine } from '../machine/therapy-context.ts';
import type { CourseStateName } from '../machine/therapy-line-machine.ts';
import type { AgentSelector } from '../knowledge/condition.ts';
import { getDrug, modalityOfClass, type DrugName } from '../knowledge/drugs.ts';

/**
 * The facts conditions are evaluated against, derived once per recommendation from the
 * machine's state and context.
 */
export interface CourseFacts {
  readonly state: CourseStateName;
  readonly context: TherapyContext;
  readonly hormoneReceptor: ReceptorStatus;
  readonly lines: readonly TherapyLine[];
}

/** ER or PR positive is positive; both negative is negative; anything else is unknown. */
export function hormoneReceptorStatus(er: ReceptorStatus, pr: ReceptorStatus): ReceptorStatus {
  if (er === 'positive' || pr === 'positive') return 'positive';
  if (er === 'negative' && pr === 'negative') return 'negative';
  return 'unknown';
}

export function deriveFacts(state: CourseStateName, context: TherapyContext): CourseFacts {
  return {
    state,
    context,
    hormoneReceptor: hormoneReceptorStatus(context.patient.er, context.patient.pr),
    lines: context.lines,
  };
}

export function agentMatches(agent: DrugName, selector: AgentSelector): boolean {
  if ('agents' in selector) return selector.agents.includes(agent);
  const drug = getDrug(agent);
  if ('drugClass' in selector) return drug.drugClass === selector.drugClass;
  if ('family' in selector) return drug.family === selector.family;
  return modalityOfClass[drug.drugClass] === selector.modality;
}

/** A site causes symptoms when marked so or when a complication is recorded. */
export function isSymptomatic(site: SiteRecord): boolean {
  return site.symptomatic === true || (site.complications?.length ?? 0) > 0;
}

export function symptomaticVisceralSites(facts: CourseFacts): SiteRecord[] {
  return facts.context.sites.filter((s) => isVisceral(s.site) && isSymptomatic(s));
}

/** Agents of earlier lines matching a selector, with the line each was in. */
export function receivedMatching(
  facts: CourseFacts,
  selector: AgentSelector,
): Array<{ agent: DrugName; line: number }> {
  return facts.lines.flatMap((line) =>
    line.regimen
      .filter((a) => agentMatches(a, selector))
      .map((agent) => ({ agent, line: line.number })),
  );
}
