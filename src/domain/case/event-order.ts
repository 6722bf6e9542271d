import type { CaseEvent } from './case-schema.ts';
import type { IsoDate } from './iso-date.ts';

/**
 * The one rule that keeps a case's log in date order: no event is dated before the event that
 * precedes it (several on one day keep the order they were entered in). The schema, the replay,
 * the log edits and the event form all ask this function, so they refuse the same dates with
 * the same words.
 */
export function dateBeforePreviousProblem(
  date: string,
  previousDate: string | undefined,
): string | undefined {
  return previousDate !== undefined && date < previousDate
    ? `${date} is before the previous event's date ${previousDate}`
    : undefined;
}

/** The mirror rule for an event edited in the middle of the log. */
export function dateAfterNextProblem(
  date: string,
  nextDate: string | undefined,
): string | undefined {
  return nextDate !== undefined && date > nextDate
    ? `${date} is after the next event's date ${nextDate}`
    : undefined;
}

/**
 * An event is something that happened: a date after today is a typing slip (2062 for 2026), and
 * it would also put the course out of order for every event entered after it. Planned dates
 * belong in a decision's follow-up, which this rule does not cover.
 */
export function futureDateProblem(date: string, today: string): string | undefined {
  return date > today ? `${date} is in the future (today is ${today})` : undefined;
}

/**
 * The date a new event starts with in a form: today, or the last event's date when that is
 * later (a course entered ahead of time), so the default never breaks the rule above.
 */
export function newEventDate(events: readonly CaseEvent[], today: IsoDate): IsoDate {
  const last = events.at(-1)?.date;
  return last !== undefined && last > today ? last : today;
}
