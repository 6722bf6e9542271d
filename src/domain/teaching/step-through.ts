import type { CaseFile } from '../case/case-schema.ts';
import { recommend } from '../engine/recommend.ts';
import type { Recommendation } from '../engine/recommendation.ts';
import type { KnowledgeBase } from '../knowledge/index.ts';
import type { RegimenOption } from '../knowledge/option.ts';
import { replayCase, type TherapySnapshot } from '../machine/replay-case.ts';

/**
 * Teaching scenarios revealed one event at a time. A decision point is a step at which a new
 * line must be chosen; there the trainee picks from every regimen option before seeing what the
 * documents support for this patient.
 */

export interface Step {
  /** Number of events revealed (0 = none). */
  readonly revealed: number;
  /** The course after the revealed events (the step's patient summary reads it). */
  readonly snapshot: TherapySnapshot;
  readonly recommendation: Recommendation;
  readonly isDecisionPoint: boolean;
}

export function scenarioSteps(caseFile: CaseFile, knowledge: KnowledgeBase): Step[] {
  return Array.from({ length: caseFile.events.length + 1 }, (_, revealed) => {
    const { snapshot } = replayCase(caseFile, revealed);
    const recommendation = recommend(snapshot, knowledge);
    return {
      revealed,
      snapshot,
      recommendation,
      isDecisionPoint: recommendation.state === 'choosing-line',
    };
  });
}

/** The options a trainee chooses from: every regimen a new line could be. */
export function pickableOptions(knowledge: KnowledgeBase): RegimenOption[] {
  return knowledge.options.filter(
    (o) => o.offeredIn.includes('choosing-line') && o.components.length > 0,
  );
}

export type PickGrade =
  | { readonly supported: true; readonly tier: string; readonly rationale: string }
  | { readonly supported: false; readonly reason: string };

export function gradePick(recommendation: Recommendation, optionId: string): PickGrade {
  const candidate = recommendation.candidates.find((c) => c.id === optionId);
  if (candidate) return { supported: true, tier: candidate.tier, rationale: candidate.rationale };
  const excluded = recommendation.excluded.find((e) => e.id === optionId);
  return {
    supported: false,
    reason: excluded?.reason ?? 'the documents do not offer it for this patient at this point',
  };
}

/** What the trainee chose at a step, if anything. */
export type Answers = Readonly<Record<number, string>>;

export function summariseAnswers(steps: readonly Step[], answers: Answers) {
  const points = steps.filter((s) => s.isDecisionPoint);
  const graded = points.map((step) => {
    const pick = answers[step.revealed];
    return {
      step,
      pick,
      grade: pick === undefined ? undefined : gradePick(step.recommendation, pick),
    };
  });
  return {
    graded,
    answered: graded.filter((g) => g.grade !== undefined).length,
    supported: graded.filter((g) => g.grade?.supported === true).length,
    total: points.length,
  };
}
