import type { CaseFile } from './case/case-schema.ts';
import type { CaseProblem } from './case/parse-case.ts';
import { recommend } from './engine/recommend.ts';
import type { Recommendation } from './engine/recommendation.ts';
import type { KnowledgeBase } from './knowledge/index.ts';
import { replayCase, type ReplayResult } from './machine/replay-case.ts';

export type RecommendCaseResult =
  | {
      readonly ok: true;
      readonly recommendation: Recommendation;
      /** The replay it came from, for callers that also show the course (no second replay). */
      readonly replay: ReplayResult;
    }
  | { readonly ok: false; readonly problems: readonly CaseProblem[] };

/** The events a replay refused, as problems located in the case file's log. */
function problemsOf(replay: ReplayResult): CaseProblem[] {
  return replay.rejections.map((r) => ({
    path: `events[${r.index}]`,
    message: `${r.event.type} on ${r.event.date} is not possible: ${r.reason}`,
  }));
}

/**
 * Events the course cannot take (a response with no line running), as located problems: a file
 * can follow the format and still describe an impossible course.
 */
export function courseProblems(caseFile: CaseFile, after?: number): CaseProblem[] {
  return problemsOf(replayCase(caseFile, after));
}

/**
 * A valid case file (all events, or the first `after`) to its recommendation. An event the
 * machine refuses makes the case bad input, reported with its place in the log.
 */
export function recommendCase(
  caseFile: CaseFile,
  knowledge: KnowledgeBase,
  options: { after?: number } = {},
): RecommendCaseResult {
  const { after } = options;
  if (after !== undefined && (after < 0 || after > caseFile.events.length)) {
    return {
      ok: false,
      problems: [
        {
          path: '--after',
          message: `must be between 0 and ${caseFile.events.length}, the number of events in the case`,
        },
      ],
    };
  }
  // One replay gives both the refused events and the snapshot to recommend from.
  const replay = replayCase(caseFile, after);
  const problems = problemsOf(replay);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, recommendation: recommend(replay.snapshot, knowledge), replay };
}
