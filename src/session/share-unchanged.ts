import type { Recommendation } from '../domain/index.ts';

/**
 * A new recommendation with every part that equals the previous one's replaced by the previous
 * object. The engine builds every candidate anew on each event; kept identities let the table
 * rows and the sections below skip rendering when an event (a response assessment, a date
 * edit) leaves them as they were. Equality is by content: recommendations are plain JSON (the
 * `recommend` command prints the same objects).
 */
export function shareUnchanged(
  previous: Recommendation | undefined,
  next: Recommendation,
): Recommendation {
  if (!previous) return next;
  const shared: Recommendation = {
    ...next,
    candidates: shareById(previous.candidates, next.candidates),
    excluded: shareById(previous.excluded, next.excluded),
    notes: sameContent(previous.notes, next.notes) ? previous.notes : next.notes,
    noteSources: sameContent(previous.noteSources, next.noteSources)
      ? previous.noteSources
      : next.noteSources,
    openQuestions: sameContent(previous.openQuestions, next.openQuestions)
      ? previous.openQuestions
      : next.openQuestions,
    namedWithoutCriteria: sameContent(previous.namedWithoutCriteria, next.namedWithoutCriteria)
      ? previous.namedWithoutCriteria
      : next.namedWithoutCriteria,
  };
  const keys = Object.keys(shared) as (keyof Recommendation)[];
  const unchanged =
    keys.length === Object.keys(previous).length &&
    keys.every((key) => shared[key] === previous[key]);
  return unchanged ? previous : shared;
}

function sameContent(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** `next`, with each item equal to the previous item of the same id taken from `previous`. */
function shareById<T extends { readonly id: string }>(
  previous: readonly T[],
  next: readonly T[],
): readonly T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  const items = next.map((item) => {
    const old = before.get(item.id);
    return old !== undefined && sameContent(old, item) ? old : item;
  });
  const same = items.length === previous.length && items.every((item, i) => item === previous[i]);
  return same ? previous : items;
}

/**
 * A function that passes each new recommendation through shareUnchanged against the one it
 * returned last: a cache of identities, whose output always equals its input in content.
 */
export function recommendationKeeper(): (next: Recommendation) => Recommendation {
  let last: Recommendation | undefined;
  return (next) => {
    last = shareUnchanged(last, next);
    return last;
  };
}
