import type { CaseEvent, EventType, Patient } from '../../case/case-schema.ts';
import { applyEvent, startCourse } from '../../machine/replay-case.ts';
import type { DraftEvent } from '../fhir-import-types.ts';

/** An event the draft proposes, with the resources it came from. */
export interface Candidate {
  event: CaseEvent;
  sources: string[];
  notes: string[];
  /** On exported data: the event's place in the log. */
  index?: number;
  /** Placed after the other events of its day (an intolerance dated on its line's start). */
  late?: boolean;
  /** Offered unticked: the user confirms it (local therapy read from another record). */
  toConfirm?: boolean;
}

/** Same-day order when the record gives no other: what is found comes before what is done. */
const rank: Readonly<Record<EventType, number>> = {
  metastases: 0,
  'receptor-update': 1,
  response: 2,
  progression: 3,
  intolerance: 4,
  'stop-treatment': 5,
  break: 6,
  resume: 7,
  'local-therapy': 8,
  'start-line': 9,
  decision: 10,
};

export function sortCandidates(candidates: Candidate[]): Candidate[] {
  return candidates.sort(
    (a, b) =>
      a.event.date.localeCompare(b.event.date) ||
      (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER) ||
      Number(a.late ?? false) - Number(b.late ?? false) ||
      rank[a.event.type] - rank[b.event.type],
  );
}

/**
 * Replays the candidates; an event the course cannot take is kept but left out, with why. An
 * event to confirm is checked against the course so far but left out until the user ticks it.
 */
export function placeEvents(patient: Patient, candidates: readonly Candidate[]): DraftEvent[] {
  let snapshot = startCourse(patient);
  let previous: string | undefined;
  return candidates.map((c) => {
    const result = applyEvent(snapshot, c.event, previous);
    const base = { event: c.event, sources: c.sources, notes: c.notes };
    if (!result.ok) return { ...base, include: false, problem: result.reason };
    if (c.toConfirm) return { ...base, include: false, toConfirm: true };
    snapshot = result.snapshot;
    previous = c.event.date;
    return { ...base, include: true };
  });
}

/** Biomarker observations exported from one receptor-update event become that one event again. */
export function mergeIndexedReceptorUpdates(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byIndex = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.event.type !== 'receptor-update' || c.index === undefined) {
      out.push(c);
      continue;
    }
    const existing = byIndex.get(c.index);
    if (existing && existing.event.type === 'receptor-update') {
      existing.event = { ...existing.event, ...c.event, date: existing.event.date };
      existing.sources.push(...c.sources);
    } else {
      byIndex.set(c.index, c);
      out.push(c);
    }
  }
  return out;
}

export function byDate(a: { date?: string | undefined }, b: { date?: string | undefined }): number {
  return (a.date ?? '').localeCompare(b.date ?? '');
}

export function latestOf<T extends { date?: string | undefined }>(
  list: readonly T[],
): T | undefined {
  return [...list].sort(byDate).at(-1);
}

export function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** Adds a note to a resource's report line. */
export type Annotate = (source: string, text: string) => void;
