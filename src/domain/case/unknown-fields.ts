import { z } from 'zod/mini';
import { caseFileSchema, caseFormat } from './case-schema.ts';
import { formatPath, type CaseProblem } from './problem-text.ts';

/**
 * Fields a case file has that the format does not: the schema leaves them out of the case it
 * returns, so a misspelt optional field (`"symptomatc": true`) would vanish without a word.
 * They are reported as warnings, the file is still read. The schema itself is walked, so a
 * field added to the format is known here at once.
 */
export function unknownFields(value: unknown): CaseProblem[] {
  const found: CaseProblem[] = [];
  walk(caseFileSchema, value, [], found);
  return found;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function walk(schema: unknown, value: unknown, path: PropertyKey[], found: CaseProblem[]): void {
  if (schema instanceof z.core.$ZodOptional) {
    walk(schema._zod.def.innerType, value, path, found);
  } else if (schema instanceof z.core.$ZodPipe) {
    // A transform (drug names to their generic names) checks its input against `in`.
    walk(schema._zod.def.in, value, path, found);
  } else if (schema instanceof z.core.$ZodArray) {
    if (Array.isArray(value))
      value.forEach((item, i) => walk(schema._zod.def.element, item, [...path, i], found));
  } else if (schema instanceof z.core.$ZodDiscriminatedUnion) {
    // Only the event type the value names says which fields it may have.
    const option = (schema._zod.def.options as unknown[]).find((o) =>
      matchesDiscriminator(o, value),
    );
    if (option) walk(option, value, path, found);
  } else if (schema instanceof z.core.$ZodObject && isRecord(value)) {
    const shape = schema._zod.def.shape as Record<string, unknown>;
    for (const [key, field] of Object.entries(value)) {
      if (Object.hasOwn(shape, key)) walk(shape[key], field, [...path, key], found);
      else
        found.push({
          path: formatPath([...path, key]),
          message: `is not a field of ${caseFormat} and was ignored`,
        });
    }
  }
}

/** Whether an event's `type` (the case schema's one discriminator) picks this option. */
function matchesDiscriminator(option: unknown, value: unknown): boolean {
  if (!(option instanceof z.core.$ZodObject) || !isRecord(value)) return false;
  const literal: unknown = (option._zod.def.shape as Record<string, unknown>)['type'];
  return (
    literal instanceof z.core.$ZodLiteral &&
    (literal._zod.def.values as readonly unknown[]).includes(value['type'])
  );
}
