import type { z } from 'zod';
import { caseFileSchema, type CaseFile } from './case-schema.ts';

/** One thing wrong with a case, with where it is (`events[3].regimen`). */
export interface CaseProblem {
  readonly path: string;
  readonly message: string;
}

export type ParseCaseResult =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly problems: readonly CaseProblem[] };

/** Renders a zod path the way a reader of the JSON would write it: `events[3].sites[0].site`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(case)' : out;
}

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

/** Parses the text of a case file: JSON first, then the format. */
export function parseCaseText(text: string): ParseCaseResult {
  if (text.length > maxCaseTextLength) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: `is larger than ${maxCaseTextLength} characters` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(file)', message: `is not valid JSON (${detail})` }] };
  }
  return parseCase(value);
}

/** `path: message`, the one-line form the CLI prints and the app lists. */
export function formatProblem(problem: CaseProblem): string {
  return `${problem.path}: ${problem.message}`;
}
