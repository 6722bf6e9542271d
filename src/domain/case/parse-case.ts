import type { z } from 'zod/mini';
import { getErrorMessage } from '../error-message.ts';
import { decodeCaseBytes } from './case-bytes.ts';
import { caseFileSchema, caseFormat, type CaseFile } from './case-schema.ts';
import { formatPath, type CaseProblem } from './problem-text.ts';
import { unknownFields } from './unknown-fields.ts';

export {
  formatMessage,
  formatPath,
  formatProblem,
  quoteValue,
  type CaseProblem,
} from './problem-text.ts';
export { decodeCaseBytes, maxCaseFileBytes, type DecodedCaseText } from './case-bytes.ts';
export { unknownFields } from './unknown-fields.ts';

export type ParseCaseResult =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly problems: readonly CaseProblem[] };

/** Messages for zod's generic issues, in the words the rest of the app uses. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    return 'is required';
  }
  if (issue.code === 'invalid_union' && issue.path.length > 0) {
    return issue.message.startsWith('Invalid input')
      ? 'is missing or is not a known event type'
      : issue.message;
  }
  return issue.message;
}

/** Keys that would reach an object's prototype if a later step copied them around. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function findForbiddenKey(value: unknown, path: PropertyKey[], depth: number): CaseProblem | null {
  if (depth > 20) return { path: formatPath(path), message: 'is nested too deeply' };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findForbiddenKey(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) {
        return { path: formatPath([...path, key]), message: `the key "${key}" is not allowed` };
      }
      const found = findForbiddenKey(
        (value as Record<string, unknown>)[key],
        [...path, key],
        depth + 1,
      );
      if (found) return found;
    }
  }
  return null;
}

/** Validates an already-parsed JSON value as a case file. */
export function parseCase(value: unknown): ParseCaseResult {
  const forbidden = findForbiddenKey(value, [], 0);
  if (forbidden) return { ok: false, problems: [forbidden] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '(case)', message: 'must be a JSON object' }] };
  }
  const result = caseFileSchema.safeParse(value);
  if (result.success) return { ok: true, caseFile: result.data };
  const problems = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue),
  }));
  return { ok: false, problems: dedupe(problems) };
}

function dedupe(problems: readonly CaseProblem[]): CaseProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The largest case file accepted, in characters: generous for any real course. */
export const maxCaseTextLength = 2_000_000;

/** The JSON value of a case file's text, or why there is none. */
function parseJson(
  text: string,
): { readonly ok: true; readonly value: unknown } | Extract<ParseCaseResult, { ok: false }> {
  if (text.length > maxCaseTextLength) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: `is larger than ${maxCaseTextLength} characters` }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = getErrorMessage(error);
    return { ok: false, problems: [{ path: '(file)', message: `is not valid JSON (${detail})` }] };
  }
}

/** Parses the text of a case file: JSON first, then the format. */
export function parseCaseText(text: string): ParseCaseResult {
  const json = parseJson(text);
  return json.ok ? parseCase(json.value) : json;
}

export type ReadCaseResult =
  | {
      readonly ok: true;
      readonly caseFile: CaseFile;
      /** Fields the format does not have: left out of the case, and worth telling the user. */
      readonly warnings: readonly CaseProblem[];
    }
  | { readonly ok: false; readonly problems: readonly CaseProblem[] };

/** The most unknown fields listed one by one; the rest are counted. */
const maxWarnings = 20;

/**
 * Reads a case file from its bytes, as the CLI and the app's import both do: UTF-8 (see
 * decodeCaseBytes), then JSON, then the format, with the fields it does not know as warnings.
 */
export function readCaseFile(bytes: Uint8Array): ReadCaseResult {
  const decoded = decodeCaseBytes(bytes);
  if (!decoded.ok) return decoded;
  const json = parseJson(decoded.text);
  if (!json.ok) return json;
  const parsed = parseCase(json.value);
  if (!parsed.ok) return parsed;
  const unknown = unknownFields(json.value);
  const warnings =
    unknown.length <= maxWarnings
      ? unknown
      : [
          ...unknown.slice(0, maxWarnings),
          {
            path: '(case)',
            message: `has ${unknown.length - maxWarnings} more fields that are not part of ${caseFormat}, also ignored`,
          },
        ];
  return { ok: true, caseFile: parsed.caseFile, warnings };
}
