import { replayCase } from '../machine/replay-case.ts';
import type { CaseEvent, CaseFile } from './case-schema.ts';

/**
 * Two copies of one case edited apart (two tabs, or a tab and the tumor board), merged against
 * the copy both started from. The merge is deliberately cautious: it only combines edits that
 * cannot change each other's meaning, and otherwise says why not, so the caller keeps both
 * copies instead of guessing.
 *
 * Combined: events appended on both sides, when at most one side appended events that move the
 * course (a decision records what was decided and moves nothing, so decisions from both sides
 * can interleave); a patient or title change made on one side only.
 * Not combined: an event edited or removed on either side; course events appended on both
 * sides (two tabs that both started a line would otherwise make two lines); the patient changed
 * differently on both sides; a merged log the course cannot replay.
 */

export type MergeResult =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly reason: string };

/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** Whether two case values (whole files, patients, events) hold the same data. */
export function sameCaseData(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** The events added after `base`, or undefined when `edited` changed or removed any of base's. */
function appendedTo(base: readonly CaseEvent[], edited: readonly CaseEvent[]) {
  if (edited.length < base.length) return undefined;
  for (const [i, event] of base.entries()) if (!sameCaseData(event, edited[i])) return undefined;
  return edited.slice(base.length);
}

/** One side's change of a field: the changed value, or the base's when only the other changed. */
function pickChanged<T>(base: T, mine: T, theirs: T): { ok: true; value: T } | { ok: false } {
  const mineChanged = !sameCaseData(base, mine);
  const theirsChanged = !sameCaseData(base, theirs);
  if (mineChanged && theirsChanged && !sameCaseData(mine, theirs)) return { ok: false };
  return { ok: true, value: mineChanged ? mine : theirs };
}

export function mergeCaseEdits(base: CaseFile, mine: CaseFile, theirs: CaseFile): MergeResult {
  const mineAdded = appendedTo(base.events, mine.events);
  const theirsAdded = appendedTo(base.events, theirs.events);
  if (!mineAdded) return { ok: false, reason: 'this tab edited or removed an earlier event' };
  if (!theirsAdded)
    return { ok: false, reason: 'the other copy edited or removed an earlier event' };
  const movesCourse = (events: readonly CaseEvent[]) => events.some((e) => e.type !== 'decision');
  if (movesCourse(mineAdded) && movesCourse(theirsAdded))
    return {
      ok: false,
      reason: 'both copies added events to the course, and their order cannot be known',
    };

  const patient = pickChanged(base.patient, mine.patient, theirs.patient);
  if (!patient.ok) return { ok: false, reason: 'both copies changed the patient differently' };
  // A title is a label: when both renamed the case, this tab's name is kept.
  const title = sameCaseData(base.title, mine.title) ? theirs.title : mine.title;

  // Theirs was stored first, so on the same day their events come first. Stable sort keeps each
  // side's own order.
  const added = [
    ...theirsAdded.filter((e) => !mineAdded.some((m) => sameCaseData(m, e))),
    ...mineAdded,
  ].sort((a, b) => a.date.localeCompare(b.date));
  const lastBaseDate = base.events.at(-1)?.date;
  if (lastBaseDate !== undefined && added.some((e) => e.date < lastBaseDate))
    return { ok: false, reason: 'an added event is dated before the events both copies share' };

  const { title: _ignored, ...rest } = mine;
  const merged: CaseFile = {
    ...rest,
    ...(title === undefined ? {} : { title }),
    patient: patient.value,
    events: [...base.events, ...added],
  };
  const [rejected] = replayCase(merged).rejections;
  if (rejected)
    return {
      ok: false,
      reason: `together the two copies make an impossible course (${rejected.event.type} on ${rejected.event.date}: ${rejected.reason})`,
    };
  return { ok: true, caseFile: merged };
}
