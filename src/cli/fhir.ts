import { courseProblems, formatProblem, readCaseFile } from '../domain/index.ts';
import {
  caseToFhirExport,
  draftToCase,
  importFhirBundleText,
  type FhirImportDraft,
} from '../domain/fhir/index.ts';
import { readInput, runIfMain, type ProcessIo } from './process-io.ts';

/**
 * `fhir import <bundle.json | ->` and `fhir export <case.json | ->`: the From-the-EHR import and
 * the mCODE export without the browser, for batch checks of real EHR extracts.
 *
 * import prints `{ format: "mbc-fhir-import/1", case, report }`: the case as the review screen
 * would save it untouched (its defaults), and what became of each resource. export prints the
 * collection Bundle, and on stderr one line per element a profile asks for that the case lacks.
 * Exit status as for `recommend` (../shared/case-format.md): 0 with JSON on stdout; 2 for input
 * that is not valid, one located problem per line on stderr and nothing on stdout; 1 for anything
 * else (bad arguments, unreadable file).
 */

export type FhirCliIo = ProcessIo;

export const fhirImportFormat = 'mbc-fhir-import/1';
const usage = 'usage: fhir import <bundle.json | ->\n       fhir export <case.json | ->';

type Outcome = { code: number; stdout?: string; stderr: string[] };

export function runFhir(args: readonly string[], io: FhirCliIo): number {
  const [command, input, ...rest] = args;
  if ((command !== 'import' && command !== 'export') || input === undefined || rest.length > 0) {
    const what = rest.length > 0 ? `unexpected argument "${rest[0]}"\n` : '';
    io.stderr(`${what}${usage}\n`);
    return 1;
  }
  const bytes = readInput(input, io);
  if (bytes === undefined) return 1;
  const outcome = command === 'import' ? importBundle(bytes) : exportCase(bytes);
  if (outcome.stderr.length > 0) io.stderr(outcome.stderr.map((line) => `${line}\n`).join(''));
  if (outcome.stdout !== undefined) io.stdout(outcome.stdout);
  return outcome.code;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function importBundle(bytes: Uint8Array): Outcome {
  let text: string;
  try {
    // A byte-order mark is dropped, as the browser's file reader does.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { code: 2, stderr: ['(file): is not UTF-8 text'] };
  }
  const imported = importFhirBundleText(text);
  if (!imported.ok) return { code: 2, stderr: imported.problems.map(formatProblem) };
  const { draft } = imported;
  const saved = draftToCase(draft);
  if (!saved.ok) {
    // The review screen would not save this either: the problems are the drafted case's.
    return { code: 2, stderr: saved.problems.map(formatProblem) };
  }
  return {
    code: 0,
    stdout: json({ format: fhirImportFormat, case: saved.caseFile, report: reportOf(draft) }),
    stderr: draft.findings
      .filter((f) => f.needsCheck)
      .map((f) => `check: patient.${f.field}: ${f.note ?? 'read from uncoded data'}`),
  };
}

function reportOf(draft: FhirImportDraft) {
  return draft.entries.map((e) => ({ resource: e.source, outcome: e.outcome, why: e.result }));
}

function exportCase(bytes: Uint8Array): Outcome {
  const parsed = readCaseFile(bytes);
  if (!parsed.ok) return { code: 2, stderr: parsed.problems.map(formatProblem) };
  const refused = courseProblems(parsed.caseFile);
  if (refused.length > 0) return { code: 2, stderr: refused.map(formatProblem) };
  const { bundle, omissions } = caseToFhirExport(parsed.caseFile);
  return {
    code: 0,
    stdout: json(bundle),
    stderr: [
      ...parsed.warnings.map((w) => `warning: ${formatProblem(w)}`),
      ...omissions.map((o) => `omitted: ${o.resource} ${o.element}: ${o.why}`),
    ],
  };
}

runIfMain(import.meta.url, runFhir);
