import type { IsoDate } from '../case/iso-date.ts';
import type { EventOfType, Site } from '../case/case-schema.ts';
import { biomarkerFields, type Assessment } from '../case/vocabulary.ts';
import type { DrugName } from '../knowledge/drugs.ts';
import type { LineCountingRuleId } from './line-counting-rules.ts';
import type {
  AgentHistoryEntry,
  LineEndReason,
  SiteRecord,
  TherapyContext,
  TherapyLine,
} from './therapy-context.ts';

/**
 * Pure updates of the therapy context, one per kind of fact. The machine's actions call these,
 * so the rules can be read (and tested) without the machine around them.
 */

export function runningLine(context: TherapyContext): TherapyLine | undefined {
  const last = context.lines.at(-1);
  return last && last.end === undefined ? last : undefined;
}

function replaceLastLine(context: TherapyContext, line: TherapyLine): readonly TherapyLine[] {
  return [...context.lines.slice(0, -1), line];
}

/** Adds new sites and updates known ones: fields given replace the old values. */
export function mergeSites(
  sites: readonly SiteRecord[],
  updates: readonly Site[],
  date: IsoDate,
): readonly SiteRecord[] {
  const merged = [...sites];
  for (const update of updates) {
    const index = merged.findIndex((s) => s.site === update.site);
    const existing = merged[index];
    if (existing) {
      merged[index] = { ...existing, ...update, lastUpdated: date };
    } else {
      merged.push({ ...update, firstDocumented: date, lastUpdated: date });
    }
  }
  return merged;
}

export function recordMetastases(
  context: TherapyContext,
  event: EventOfType<'metastases'>,
): TherapyContext {
  return {
    ...context,
    sites: mergeSites(context.sites, event.sites, event.date),
    metastaticSince: context.metastaticSince ?? event.date,
  };
}

export function recordBiomarkerUpdate(
  context: TherapyContext,
  event: EventOfType<'receptor-update'>,
): TherapyContext {
  let patient = context.patient;
  const changes = [...context.biomarkerChanges];
  for (const field of biomarkerFields) {
    const value = event[field];
    if (value === undefined) continue;
    changes.push({ date: event.date, field, from: patient[field], to: value });
    patient = { ...patient, [field]: value };
  }
  return { ...context, patient, biomarkerChanges: changes };
}

/** Ends the running (or paused) line, if any, for the given reason. */
export function endRunningLine(
  context: TherapyContext,
  date: IsoDate,
  reason: LineEndReason,
): TherapyContext {
  const line = runningLine(context);
  if (!line) return context;
  const breaks = line.breaks.map((b) => (b.end === undefined ? { ...b, end: date } : b));
  return {
    ...context,
    lines: replaceLastLine(context, { ...line, end: date, endReason: reason, breaks }),
  };
}

/** Which counting rule applies to a line started now, given how the course stands. */
export function counterRuleForNewLine(context: TherapyContext): LineCountingRuleId {
  const last = context.lines.at(-1);
  if (!last) return 'first-line';
  if (last.end === undefined) return 'switch-without-progression';
  const byEndReason: Record<LineEndReason, LineCountingRuleId> = {
    progression: 'after-progression',
    intolerance: 'after-intolerance',
    'stop-treatment': 'restart-after-stop',
    switch: 'switch-without-progression',
  };
  return byEndReason[last.endReason ?? 'switch'];
}

export function startLine(
  context: TherapyContext,
  event: EventOfType<'start-line'>,
): TherapyContext {
  const counterRule = counterRuleForNewLine(context);
  const ended = endRunningLine(context, event.date, 'switch');
  const line: TherapyLine = {
    number: context.lines.length + 1,
    regimen: event.regimen,
    start: event.date,
    responses: [],
    breaks: [],
    counterRule,
  };
  return { ...ended, lines: [...ended.lines, line] };
}

const responseRank: Record<Assessment, number> = { stable: 1, partial: 2, complete: 3 };

export function recordResponse(
  context: TherapyContext,
  event: EventOfType<'response'>,
): TherapyContext {
  const line = runningLine(context);
  if (!line) return context;
  const best =
    line.bestResponse && responseRank[line.bestResponse] >= responseRank[event.assessment]
      ? line.bestResponse
      : event.assessment;
  return {
    ...context,
    lines: replaceLastLine(context, {
      ...line,
      responses: [...line.responses, { date: event.date, assessment: event.assessment }],
      bestResponse: best,
    }),
  };
}

function agentEntries(
  agents: readonly DrugName[],
  line: TherapyLine,
  date: IsoDate,
): AgentHistoryEntry[] {
  return agents.map((agent) => ({ agent, line: line.number, date }));
}

export function recordProgression(
  context: TherapyContext,
  event: EventOfType<'progression'>,
): TherapyContext {
  const line = runningLine(context);
  const withSites = { ...context, sites: mergeSites(context.sites, event.sites ?? [], event.date) };
  if (!line) return withSites;
  const ended = endRunningLine(withSites, event.date, 'progression');
  return {
    ...ended,
    progressedOn: [...ended.progressedOn, ...agentEntries(line.regimen, line, event.date)],
  };
}

export function recordIntolerance(
  context: TherapyContext,
  event: EventOfType<'intolerance'>,
): TherapyContext {
  const line = runningLine(context);
  if (!line) return context;
  // No agents named means the whole regimen could not be continued.
  const agents = event.agents && event.agents.length > 0 ? event.agents : line.regimen;
  const ended = endRunningLine(context, event.date, 'intolerance');
  return {
    ...ended,
    intolerantOf: [...ended.intolerantOf, ...agentEntries(agents, line, event.date)],
  };
}

export function startBreak(context: TherapyContext, event: EventOfType<'break'>): TherapyContext {
  const line = runningLine(context);
  if (!line) return context;
  return {
    ...context,
    lines: replaceLastLine(context, { ...line, breaks: [...line.breaks, { start: event.date }] }),
  };
}

export function endBreak(context: TherapyContext, event: EventOfType<'resume'>): TherapyContext {
  const line = runningLine(context);
  if (!line) return context;
  const breaks = line.breaks.map((b) => (b.end === undefined ? { ...b, end: event.date } : b));
  return { ...context, lines: replaceLastLine(context, { ...line, breaks }) };
}

export function recordLocalTherapy(
  context: TherapyContext,
  event: EventOfType<'local-therapy'>,
): TherapyContext {
  return {
    ...context,
    localTherapies: [
      ...context.localTherapies,
      {
        date: event.date,
        modality: event.modality,
        site: event.site,
        ...(event.technique === undefined ? {} : { technique: event.technique }),
      },
    ],
  };
}

export function recordDecision(
  context: TherapyContext,
  event: EventOfType<'decision'>,
): TherapyContext {
  const { date, candidate, choice, rationale, followUp, knowledgeVersion } = event;
  return {
    ...context,
    decisions: [
      ...context.decisions,
      {
        date,
        candidate,
        choice,
        rationale,
        ...(followUp === undefined ? {} : { followUp }),
        ...(knowledgeVersion === undefined ? {} : { knowledgeVersion }),
      },
    ],
  };
}

/** Whether the facts are enough to leave intake: a site, and some receptor status known. */
export function hasEnoughFactsToRecommend(context: TherapyContext): boolean {
  const { er, pr, her2 } = context.patient;
  const someReceptorKnown = [er, pr, her2].some((status) => status !== 'unknown');
  return context.sites.length > 0 && someReceptorKnown;
}
