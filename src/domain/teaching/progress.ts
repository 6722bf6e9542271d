// Before zod builds the first schema (see the module).
import '../case/zod-config.ts';
import { z } from 'zod/mini';

/**
 * A trainee's progress across scenarios: which were completed, when, and how many decisions
 * matched what the documents support. The app keeps it in the browser under a versioned key;
 * this module only turns stored text into progress and back, so it never trusts what it reads:
 * text that is not JSON, another version or a wrong shape reads as no progress, and a damaged
 * entry is dropped while the others are kept.
 */

export const teachingProgressFormat = 'mbc-teaching-progress/1';
/** The storage key carries the version, so a later format starts clean beside this one. */
export const teachingProgressKey = 'mbc-teaching-progress/v1';

export interface ScenarioCompletion {
  /** ISO date the scenario was last completed. */
  readonly on: string;
  readonly matched: number;
  readonly total: number;
}

export type TeachingProgress = Readonly<Record<string, ScenarioCompletion>>;

const idPattern = /^[a-z0-9-]{1,100}$/;
const maxEntries = 500;

const completionSchema = z
  .object({
    on: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    matched: z.number().check(z.int(), z.gte(0), z.lte(1000)),
    total: z.number().check(z.int(), z.gte(1), z.lte(1000)),
  })
  .check(z.refine((c) => c.matched <= c.total));

const storedSchema = z.object({
  format: z.literal(teachingProgressFormat),
  completed: z.record(z.string(), z.unknown()),
});

export function parseTeachingProgress(stored: string | null | undefined): TeachingProgress {
  if (stored === null || stored === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return {};
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return {};
  const progress: Record<string, ScenarioCompletion> = {};
  for (const [id, value] of Object.entries(parsed.data.completed).slice(0, maxEntries)) {
    if (!idPattern.test(id)) continue;
    const entry = completionSchema.safeParse(value);
    if (entry.success) progress[id] = entry.data;
  }
  return progress;
}

export function serialiseTeachingProgress(progress: TeachingProgress): string {
  return JSON.stringify({ format: teachingProgressFormat, completed: progress });
}

/** A scenario's completion, read as an own entry only (an id never reaches the prototype). */
export function completionOf(
  progress: TeachingProgress,
  id: string,
): ScenarioCompletion | undefined {
  return Object.hasOwn(progress, id) ? progress[id] : undefined;
}

export function recordCompletion(
  progress: TeachingProgress,
  id: string,
  completion: ScenarioCompletion,
): TeachingProgress {
  return { ...progress, [id]: completion };
}

/**
 * The scenario to offer after `currentId`: the next one in the list not yet completed
 * (wrapping round to the start), or simply the next one when all are completed. Undefined when
 * the list holds no other scenario.
 */
export function nextScenarioId(
  ids: readonly string[],
  currentId: string,
  progress: TeachingProgress,
): string | undefined {
  const at = ids.indexOf(currentId);
  const after = [...ids.slice(at + 1), ...ids.slice(0, Math.max(at, 0))].filter(
    (id) => id !== currentId,
  );
  return after.find((id) => completionOf(progress, id) === undefined) ?? after[0];
}
