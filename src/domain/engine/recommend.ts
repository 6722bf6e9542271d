import type { SentenceRef } from '../knowledge/documents/sentence-ref.ts';
import { getDrug } from '../knowledge/drugs.ts';
import type { KnowledgeBase } from '../knowledge/index.ts';
import { tierOrder, type RegimenOption } from '../knowledge/option.ts';
import { noteEvidence } from '../knowledge/note-sentences.ts';
import { runningLine } from '../machine/context-updates.ts';
import type { TherapyContext } from '../machine/therapy-context.ts';
import type { CourseStateName } from '../machine/therapy-line-machine.ts';
import { findingKey, matchAssuming, type Assumption } from './assumptions.ts';
import { buildComponents, type BuiltComponents } from './build-components.ts';
import { deriveFacts, type CourseFacts } from './course-facts.ts';
import { citedSentences, deriveTier } from './derive-tier.ts';
import {
  describeCondition,
  explainMatch,
  explainShortfall,
  ruledOutByPatientFact,
} from './explain-condition.ts';
import { matchCondition, pendingExceptions } from './match-condition.ts';
import { regimenModality } from './modality.ts';
import { buildNotes } from './notes.ts';
import { findOpenQuestions } from './open-questions.ts';
import {
  recommendationFormat,
  type Candidate,
  type CandidateConflict,
  type ExcludedOption,
  type NamedWithoutCriteria,
  type QuotedSource,
  type Recommendation,
  type RelatedFact,
} from './recommendation.ts';

/** What the engine needs of a machine snapshot: an XState snapshot of the machine fits. */
export interface CourseSnapshot {
  readonly value: CourseStateName;
  readonly context: TherapyContext;
}

type Quote = (refs: readonly SentenceRef[]) => QuotedSource[];

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
  quote: Quote,
): CandidateConflict[] {
  return (option.conflicts ?? []).flatMap((id) => {
    const conflict = knowledge.conflicts.find((c) => c.id === id);
    if (!conflict) return [];
    if (conflict.when && matchCondition(conflict.when, facts) === 'false') return [];
    const { docs, about, positions, resolution } = conflict;
    return [
      {
        id,
        docs,
        about,
        positions: positions.map((p) => ({ says: p.says, sources: quote(p.sources) })),
        resolution,
      },
    ];
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
      label: getDrug(agent).subclass ?? getDrug(agent).drugClass,
      agents: [agent],
      continuesAfterProgression: true,
    })),
  };
}

function relatedFactsFor(option: RegimenOption, facts: CourseFacts, quote: Quote): RelatedFact[] {
  return (option.relatedFacts ?? []).flatMap((related) => {
    const value = facts.context.patient[related.field];
    if (value === 'unknown') return [];
    const text = `PD-L1 recorded as ${value}. ${related.text}`;
    return [{ field: related.field, value, text, sources: quote(related.sources) }];
  });
}

/** Why an option cannot be given: every agent of a slot is left out, and why each is. */
function emptySlotReason(built: BuiltComponents): string {
  const left = built.removed.map((r) => `${r.agent}: ${r.reason}`).join('; ');
  return `every agent of its ${built.emptySlots.join(', ')} slot is left out: ${left}`;
}

type Evaluation =
  | { readonly applies: false; readonly reason: string }
  | {
      readonly applies: true;
      readonly facts: CourseFacts;
      readonly assumptions?: readonly Assumption[];
    };

/**
 * Whether an option applies. A condition unknown only because a bedside finding is not
 * recorded is offered on the assumption that makes it hold, said with the candidate.
 */
function evaluate(option: RegimenOption, facts: CourseFacts): Evaluation {
  const truth = matchCondition(option.condition, facts);
  if (truth === 'true') return { applies: true, facts };
  if (truth === 'unknown') {
    const conditional = matchAssuming(option.condition, facts);
    if (conditional) {
      return {
        applies: true,
        facts: conditional.facts,
        assumptions: conditional.assumptions,
      };
    }
  }
  // The condition's reason first; if the drugs would be left out anyway (progressed on, not
  // tolerated), that is said too, so the option is not expected back when the condition changes.
  const built =
    option.components.length > 0 && !ruledOutByPatientFact(option.condition, facts)
      ? buildComponents(option, facts)
      : undefined;
  const emptied = built && built.emptySlots.length > 0 ? [emptySlotReason(built)] : [];
  return {
    applies: false,
    reason: [...explainShortfall(option.condition, facts), ...emptied].join('; '),
  };
}

function buildCandidate(
  option: RegimenOption,
  facts: CourseFacts,
  evaluation: Extract<Evaluation, { applies: true }>,
  knowledge: KnowledgeBase,
  quote: Quote,
): Candidate | { readonly reason: string } {
  const assumed = evaluation.facts;
  const built = buildComponents(option, assumed);
  if (built.emptySlots.length > 0) return { reason: emptySlotReason(built) };
  const modality =
    option.modality ?? regimenModality(built.components.flatMap((c) => c.agents)) ?? 'supportive';
  const because = explainMatch(option.condition, assumed, facts);
  const derived = deriveTier(option, assumed);
  const caveats = (option.caveats ?? [])
    .filter((c) => !c.when || matchCondition(c.when, assumed) === 'true')
    .map((c) => ({ text: c.text, sources: quote(c.sources) }));
  const urgent =
    option.urgentWhen && matchCondition(option.urgentWhen.condition, facts) === 'true'
      ? { text: option.urgentWhen.text, sources: quote(option.urgentWhen.sources) }
      : undefined;
  const pending = pendingExceptions(option.condition, facts).map(
    (c) => `Result pending: if it shows ${describeCondition(c)}, this option no longer applies.`,
  );
  const relatedFacts = relatedFactsFor(option, facts, quote);
  return {
    id: option.id,
    label: option.label,
    components: built.components,
    modality,
    ...(option.site ? { site: option.site } : {}),
    ...(option.technique ? { technique: option.technique } : {}),
    tier: derived.tier,
    rationale:
      because.length > 0
        ? `${option.rationale} Applies because: ${because.join('; ')}.`
        : option.rationale,
    sources: quote(citedSentences(option, assumed)),
    conflicts: conflictsFor(option, facts, knowledge, quote),
    condition: describeCondition(option.condition),
    removedAgents: built.removed,
    ...(caveats.length > 0 ? { caveat: caveats.map((c) => c.text).join(' ') } : {}),
    caveats,
    tierBasis: {
      wording: derived.basis?.wording ?? 'named',
      ...(derived.basis ? { source: knowledge.evidence.quote(derived.basis.ref) } : {}),
      limits: derived.limits.map((l) => ({
        to: l.to,
        why: l.why,
        sources: quote(l.sources),
        ...(l.conflict ? { conflict: l.conflict } : {}),
      })),
    },
    ...(urgent ? { urgent } : {}),
    ...(evaluation.assumptions ? { assumptions: evaluation.assumptions.map((a) => a.text) } : {}),
    ...(pending.length > 0 ? { pending } : {}),
    ...(option.toolRules ? { toolRules: option.toolRules } : {}),
    ...(option.notTogether ? { notTogether: option.notTogether } : {}),
    ...(relatedFacts.length > 0 ? { relatedFacts } : {}),
  };
}

/** Whether a clinician would expect to see an option that does not apply (so: why not?). */
function isExpected(option: RegimenOption, facts: CourseFacts): boolean {
  const expected = option.expectedWhenFailing;
  if (typeof expected === 'boolean') return expected;
  if ('whenSite' in expected) return facts.context.sites.some((s) => s.site === expected.whenSite);
  return matchCondition(expected.when, facts) === 'true';
}

/** The sentences that define an option, for a "why not": its ranking supports. */
function definingSentences(option: RegimenOption): SentenceRef[] {
  return [...new Set(option.support.filter((s) => s.aspect !== 'detail').map((s) => s.ref))];
}

/**
 * Every option the documents support for this patient now, ranked by tier (urgent ones first);
 * the options a clinician would expect that are ruled out, with the reason; the drugs the
 * documents only name; and notes. Pure: the same snapshot and knowledge base always give the
 * same answer.
 */
export function recommend(snapshot: CourseSnapshot, knowledge: KnowledgeBase): Recommendation {
  const state = snapshot.value;
  const facts = deriveFacts(state, snapshot.context);
  const quote: Quote = (refs) => refs.map((ref) => knowledge.evidence.quote(ref));
  const candidates: Array<Candidate & { order: number }> = [];
  const failing: Array<{ option: RegimenOption; reason: string }> = [];
  // Unrecorded findings some candidate rests on: the notes say these are not recorded.
  const assumedFindings = new Set<string>();

  knowledge.options.forEach((base, order) => {
    if (!base.offeredIn.includes(state)) return;
    const option =
      base.id === 'continue-current-line' || base.id === 'resume-current-line'
        ? currentLineOption(base, facts)
        : base;
    const evaluation = evaluate(option, facts);
    if (!evaluation.applies) {
      failing.push({ option, reason: evaluation.reason });
      return;
    }
    const candidate = buildCandidate(option, facts, evaluation, knowledge, quote);
    if ('id' in candidate) {
      candidates.push({ ...candidate, order });
      for (const a of evaluation.assumptions ?? []) assumedFindings.add(findingKey(a));
    } else failing.push({ option, reason: candidate.reason });
  });

  candidates.sort(
    (a, b) =>
      Number(b.urgent !== undefined) - Number(a.urgent !== undefined) ||
      tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) ||
      a.order - b.order,
  );
  const candidateIds = new Set(candidates.map((c) => c.id));
  const groupsOffered = new Set(
    knowledge.options.filter((o) => candidateIds.has(o.id)).map((o) => o.group),
  );

  const excluded: ExcludedOption[] = failing
    // A variant of an offered idea (first AI vs switch AI) is not "ruled out".
    .filter(({ option }) => !groupsOffered.has(option.group) && isExpected(option, facts))
    .map(({ option, reason }) => {
      const disagreements = conflictsFor(option, facts, knowledge, quote);
      return {
        id: option.id,
        label: option.label,
        reason,
        kind: 'option' as const,
        sources: quote(definingSentences(option)),
        ...(disagreements.length > 0 ? { conflicts: disagreements } : {}),
      };
    });
  excluded.push(...excludedAgents(facts, candidates, quote));

  const openQuestions = findOpenQuestions(facts, knowledge, candidateIds);
  const notes = buildNotes(facts, candidates, openQuestions, assumedFindings);
  return {
    format: recommendationFormat,
    knowledgeVersion: knowledge.version,
    state,
    line: lineNumber(state, snapshot.context),
    candidates: candidates.map(({ order: _order, ...candidate }) => candidate),
    excluded,
    notes: notes.map((n) => n.text),
    noteSources: notes.map((n) => ({ text: n.text, sources: quote(n.sources) })),
    openQuestions,
    namedWithoutCriteria: namedWithoutCriteria(facts, knowledge, quote),
  };
}

/**
 * Drugs the documents only list for the patient's subtype: shown apart, unranked, when a new
 * line is being chosen; a drug progressed on or not tolerated is left out.
 */
function namedWithoutCriteria(
  facts: CourseFacts,
  knowledge: KnowledgeBase,
  quote: Quote,
): NamedWithoutCriteria[] {
  if (facts.state !== 'choosing-line') return [];
  const ruledOut = new Set(
    [...facts.context.progressedOn, ...facts.context.intolerantOf].map((e) => e.agent),
  );
  return knowledge.namedOnly
    .filter((d) => !ruledOut.has(d.agent) && matchCondition(d.when, facts) === 'true')
    .map((d) => {
      const drug = getDrug(d.agent);
      return {
        drug: d.agent,
        class: drug.subclass ?? drug.drugClass,
        sources: quote(d.sources),
      };
    });
}

/**
 * Drugs the disease progressed on, or that were not tolerated, are listed as not offered again,
 * unless a candidate still contains them (a document supports continuing the drug).
 */
function excludedAgents(
  facts: CourseFacts,
  candidates: readonly Candidate[],
  quote: Quote,
): ExcludedOption[] {
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
      sources: quote(noteEvidence.agentNotTolerated),
    });
  }
  for (const entry of facts.context.progressedOn) {
    if (offered.has(entry.agent) || out.has(entry.agent)) continue;
    out.set(entry.agent, {
      id: `agent:${entry.agent}`,
      label: entry.agent,
      reason: `disease progressed on it in line ${entry.line}`,
      kind: 'agent',
      sources: quote(noteEvidence.agentProgressedOn),
    });
  }
  return [...out.values()];
}
