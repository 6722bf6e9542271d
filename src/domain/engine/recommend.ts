import { getDrug } from '../knowledge/drugs.ts';
import type { KnowledgeBase } from '../knowledge/index.ts';
import { tierOrder, type RegimenOption, type Tier } from '../knowledge/option.ts';
import { runningLine } from '../machine/context-updates.ts';
import type { TherapyContext } from '../machine/therapy-context.ts';
import type { CourseStateName } from '../machine/therapy-line-machine.ts';
import { buildComponents } from './build-components.ts';
import { deriveFacts, type CourseFacts } from './course-facts.ts';
import { describeCondition, explainMatch, explainShortfall } from './explain-condition.ts';
import { matchCondition } from './match-condition.ts';
import { regimenModality } from './modality.ts';
import { buildNotes } from './notes.ts';
import { findOpenQuestions } from './open-questions.ts';
import {
  recommendationFormat,
  type Candidate,
  type CandidateConflict,
  type ExcludedOption,
  type Recommendation,
} from './recommendation.ts';

/** What the engine needs of a machine snapshot: an XState snapshot of the machine fits. */
export interface CourseSnapshot {
  readonly value: CourseStateName;
  readonly context: TherapyContext;
}

/** The line the candidates are for: the running one, else the next one. */
function lineNumber(state: CourseStateName, context: TherapyContext): number {
  const line = runningLine(context);
  if ((state === 'on-line' || state === 'on-break') && line) return line.number;
  return context.lines.length + 1;
}

function conflictsFor(
  option: RegimenOption,
  facts: CourseFacts,
  knowledge: KnowledgeBase,
): CandidateConflict[] {
  return (option.conflicts ?? []).flatMap((id) => {
    const conflict = knowledge.conflicts.find((c) => c.id === id);
    if (!conflict) return [];
    if (conflict.when && matchCondition(conflict.when, facts) === 'false') return [];
    const { docs, about, positions, resolution } = conflict;
    return [{ id, docs, about, positions, resolution }];
  });
}

/** The running regimen as the option "continue" / "resume" offers it. */
function currentLineOption(option: RegimenOption, facts: CourseFacts): RegimenOption {
  const line = runningLine(facts.context);
  if (!line) return option;
  const verb = option.id === 'resume-current-line' ? 'Resume' : 'Continue';
  return {
    ...option,
    label: `${verb} line ${line.number}: ${line.regimen.join(' + ')}`,
    components: line.regimen.map((agent) => ({
      label: getDrug(agent)?.subclass ?? getDrug(agent)?.drugClass ?? 'drug',
      agents: [agent],
      continuesAfterProgression: true,
    })),
  };
}

function tierFor(option: RegimenOption, facts: CourseFacts): Tier {
  if (option.preferredWhen && matchCondition(option.preferredWhen, facts) === 'true')
    return 'preferred';
  return option.tier;
}

/**
 * Every option the documents support for this patient now, ranked by tier; the options a
 * clinician would expect that are ruled out, with the reason; and notes. Pure: the same snapshot
 * and knowledge base always give the same answer.
 */
export function recommend(snapshot: CourseSnapshot, knowledge: KnowledgeBase): Recommendation {
  const state = snapshot.value;
  const facts = deriveFacts(state, snapshot.context);
  const candidates: Array<Candidate & { order: number }> = [];
  const failing: Array<{ option: RegimenOption; reason: string }> = [];

  knowledge.options.forEach((base, order) => {
    if (!base.offeredIn.includes(state)) return;
    const option =
      base.id === 'continue-current-line' || base.id === 'resume-current-line'
        ? currentLineOption(base, facts)
        : base;
    const truth = matchCondition(option.condition, facts);
    if (truth !== 'true') {
      failing.push({ option, reason: explainShortfall(option.condition, facts).join('; ') });
      return;
    }
    const built = buildComponents(option, facts);
    if (built.emptySlots.length > 0) {
      const left = built.removed.map((r) => `${r.agent}: ${r.reason}`).join('; ');
      failing.push({ option, reason: `no ${built.emptySlots.join(', ')} left to give (${left})` });
      return;
    }
    const modality =
      option.modality ?? regimenModality(built.components.flatMap((c) => c.agents)) ?? 'supportive';
    const because = explainMatch(option.condition, facts);
    candidates.push({
      id: option.id,
      label: option.label,
      components: built.components,
      modality,
      ...(option.site ? { site: option.site } : {}),
      ...(option.technique ? { technique: option.technique } : {}),
      tier: tierFor(option, facts),
      rationale:
        because.length > 0
          ? `${option.rationale} Applies because: ${because.join('; ')}.`
          : option.rationale,
      sources: option.sources,
      conflicts: conflictsFor(option, facts, knowledge),
      condition: describeCondition(option.condition),
      removedAgents: built.removed,
      ...(option.caveat ? { caveat: option.caveat } : {}),
      order,
    });
  });

  candidates.sort(
    (a, b) => tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) || a.order - b.order,
  );
  const candidateIds = new Set(candidates.map((c) => c.id));
  const groupsOffered = new Set(
    knowledge.options.filter((o) => candidateIds.has(o.id)).map((o) => o.group),
  );

  const excluded: ExcludedOption[] = failing
    .filter(({ option }) => {
      // A variant of an offered idea (first AI vs switch AI) is not "ruled out".
      if (groupsOffered.has(option.group)) return false;
      const expected = option.expectedWhenFailing;
      if (typeof expected === 'boolean') return expected;
      return facts.context.sites.some((s) => s.site === expected.whenSite);
    })
    .map(({ option, reason }) => ({
      id: option.id,
      label: option.label,
      reason,
      kind: 'option' as const,
      sources: option.sources,
    }));

  excluded.push(...excludedAgents(facts, candidates));

  const openQuestions = findOpenQuestions(facts, knowledge, candidateIds);
  return {
    format: recommendationFormat,
    knowledgeVersion: knowledge.version,
    state,
    line: lineNumber(state, snapshot.context),
    candidates: candidates.map(({ order: _order, ...candidate }) => candidate),
    excluded,
    notes: buildNotes(facts, candidates, openQuestions),
    openQuestions,
  };
}

/**
 * Drugs the disease progressed on, or that were not tolerated, are listed as not offered again,
 * unless a candidate still contains them (a document supports continuing the drug).
 */
function excludedAgents(facts: CourseFacts, candidates: readonly Candidate[]): ExcludedOption[] {
  if (facts.state !== 'choosing-line') return [];
  const offered = new Set(candidates.flatMap((c) => c.components.flatMap((s) => s.agents)));
  const out = new Map<string, ExcludedOption>();
  for (const entry of facts.context.intolerantOf) {
    if (offered.has(entry.agent) || out.has(entry.agent)) continue;
    out.set(entry.agent, {
      id: `agent:${entry.agent}`,
      label: entry.agent,
      reason: `not tolerated in line ${entry.line}`,
      kind: 'agent',
    });
  }
  for (const entry of facts.context.progressedOn) {
    if (offered.has(entry.agent) || out.has(entry.agent)) continue;
    out.set(entry.agent, {
      id: `agent:${entry.agent}`,
      label: entry.agent,
      reason: `disease progressed on it in line ${entry.line}`,
      kind: 'agent',
    });
  }
  return [...out.values()];
}
