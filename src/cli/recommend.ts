import {
  formatProblem,
  getErrorMessage,
  readCaseFile,
  recommendCase,
  type KnowledgeBase,
} from '../domain/index.ts';
import { readInput, runIfMain, type ProcessIo } from './process-io.ts';
import { loadKnowledgeBase } from './source-texts.ts';

/**
 * `recommend <case.json | -> [--after N]`: the headless engine (../shared/case-format.md).
 * Exit 0 with JSON on stdout (and a warning line on stderr for each field the format does not
 * have); 2 for a case that is not valid (one line per problem on stderr, nothing on stdout);
 * 1 for anything else (bad arguments, unreadable file).
 */

export interface CliIo extends ProcessIo {
  /** The knowledge base with the documents' texts; read from ../shared/sources when absent. */
  readonly knowledge?: () => KnowledgeBase;
}

const usage = 'usage: recommend <case.json | -> [--after N]';

export function runRecommend(args: readonly string[], io: CliIo): number {
  let input: string | undefined;
  let after: number | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--after') {
      const value = args[i + 1];
      if (value === undefined || !/^\d+$/.test(value)) {
        io.stderr(`--after needs a whole number of events\n${usage}\n`);
        return 1;
      }
      after = Number(value);
      i += 1;
    } else if (arg !== undefined && input === undefined) {
      input = arg;
    } else {
      io.stderr(`unexpected argument "${arg}"\n${usage}\n`);
      return 1;
    }
  }
  if (input === undefined) {
    io.stderr(`${usage}\n`);
    return 1;
  }

  const bytes = readInput(input, io);
  if (bytes === undefined) return 1;

  const parsed = readCaseFile(bytes);
  if (!parsed.ok) {
    io.stderr(parsed.problems.map((p) => `${formatProblem(p)}\n`).join(''));
    return 2;
  }
  let knowledge: KnowledgeBase;
  try {
    knowledge = (io.knowledge ?? loadKnowledgeBase)();
  } catch (error) {
    io.stderr(`${getErrorMessage(error)}\n`);
    return 1;
  }
  const result = recommendCase(parsed.caseFile, knowledge, after === undefined ? {} : { after });
  if (!result.ok) {
    io.stderr(result.problems.map((p) => `${formatProblem(p)}\n`).join(''));
    return 2;
  }
  // Only with a result: on exit 2, stderr holds the problems alone, one line each.
  if (parsed.warnings.length > 0) {
    io.stderr(parsed.warnings.map((w) => `warning: ${formatProblem(w)}\n`).join(''));
  }
  io.stdout(`${JSON.stringify(result.recommendation, null, 2)}\n`);
  return 0;
}

runIfMain(import.meta.url, runRecommend);
