import type { CaseEvent } from '../case/case-schema.ts';
import type { Recommendation } from '../engine/recommendation.ts';

/** What the board saw last time it presented a case. */
export interface PresentedMark {
  readonly date: string;
  readonly eventCount: number;
  readonly candidateIds: readonly string[];
  readonly knowledgeVersion: string;
}

export interface ChangesSince {
  readonly firstPresentation: boolean;
  readonly newEvents: readonly CaseEvent[];
  readonly appeared: ReadonlyArray<{ id: string; label: string }>;
  readonly disappeared: readonly string[];
  readonly knowledgeChanged: boolean;
}

export function markPresented(
  events: readonly CaseEvent[],
  recommendation: Recommendation,
  date: string,
): PresentedMark {
  return {
    date,
    eventCount: events.length,
    candidateIds: recommendation.candidates.map((c) => c.id),
    knowledgeVersion: recommendation.knowledgeVersion,
  };
}

/** New events and candidates that appeared or disappeared since the case was last presented. */
export function changesSince(
  previous: PresentedMark | undefined,
  events: readonly CaseEvent[],
  recommendation: Recommendation,
): ChangesSince {
  if (!previous) {
    return {
      firstPresentation: true,
      newEvents: [],
      appeared: [],
      disappeared: [],
      knowledgeChanged: false,
    };
  }
  const now = new Set(recommendation.candidates.map((c) => c.id));
  const before = new Set(previous.candidateIds);
  return {
    firstPresentation: false,
    newEvents: events.slice(Math.min(previous.eventCount, events.length)),
    appeared: recommendation.candidates
      .filter((c) => !before.has(c.id))
      .map(({ id, label }) => ({ id, label })),
    disappeared: previous.candidateIds.filter((id) => !now.has(id)),
    knowledgeChanged: previous.knowledgeVersion !== recommendation.knowledgeVersion,
  };
}
