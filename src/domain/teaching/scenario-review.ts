import type { Modality, Tier } from '../knowledge/option.ts';
import type { QuotedSource } from '../knowledge/documents/sentence-ref.ts';
import { summariseAnswers, type Answers, type PickGrade, type Step } from './step-through.ts';

/**
 * The end of a scenario: each decision point with what the trainee chose against what the
 * documents support there, and the documents' words for both. Quotes are the recommendation's
 * own (resolved from sentence references by the engine); nothing is quoted here by hand.
 */

export interface ReviewedOption {
  readonly id: string;
  readonly label: string;
  readonly tier: Tier;
  readonly modality: Modality;
  /** The sentence whose wording gives the option its tier, or its first source. */
  readonly quote: QuotedSource | undefined;
}

export interface ReviewedPick {
  readonly id: string;
  readonly label: string;
  readonly grade: PickGrade;
  /**
   * The documents' words on the choice: the sentence behind its tier when supported, the
   * sentences behind its exclusion when ruled out (none when the documents are silent).
   */
  readonly quotes: readonly QuotedSource[];
}

export interface ReviewedDecision {
  /** The step (events revealed) at which the choice was made. */
  readonly revealed: number;
  readonly line: number;
  readonly pick: ReviewedPick | undefined;
  /** The regimens the documents support here (those a trainee could pick), strongest first. */
  readonly supported: readonly ReviewedOption[];
}

export interface ScenarioReview {
  readonly goal: string;
  readonly decisions: readonly ReviewedDecision[];
  readonly total: number;
  readonly answered: number;
  readonly matched: number;
  /** Every decision point answered: the scenario counts as completed. */
  readonly complete: boolean;
}

/** At most this many sentences quoted for a choice ruled out. */
const quotesPerPick = 2;

export function reviewScenario(
  steps: readonly Step[],
  answers: Answers,
  { goal, optionLabel }: { goal: string; optionLabel: (id: string) => string },
): ScenarioReview {
  const summary = summariseAnswers(steps, answers);
  const decisions = summary.graded.map(({ step, pick, grade }): ReviewedDecision => {
    const { candidates, excluded } = step.recommendation;
    const supported = candidates
      .filter((c) => c.components.length > 0)
      .map((c) => ({
        id: c.id,
        label: c.label,
        tier: c.tier,
        modality: c.modality,
        quote: c.tierBasis.source ?? c.sources[0],
      }));
    let reviewedPick: ReviewedPick | undefined;
    if (pick !== undefined && grade !== undefined) {
      const asCandidate = supported.find((c) => c.id === pick);
      const asExcluded = excluded.find((e) => e.id === pick);
      const quotes = asCandidate
        ? asCandidate.quote
          ? [asCandidate.quote]
          : []
        : (asExcluded?.sources ?? []).slice(0, quotesPerPick);
      reviewedPick = { id: pick, label: optionLabel(pick), grade, quotes };
    }
    return {
      revealed: step.revealed,
      line: step.recommendation.line,
      pick: reviewedPick,
      supported,
    };
  });
  return {
    goal,
    decisions,
    total: summary.total,
    answered: summary.answered,
    matched: summary.supported,
    complete: summary.total > 0 && summary.answered === summary.total,
  };
}
