import { Citation, QuotedCitation } from '../../../components/ui/citation.tsx';
import type { ReviewedDecision, ScenarioReview as Review } from '../../../domain/teaching/index.ts';

/**
 * The end of a scenario: back to its learning goal, then each decision point with the trainee's
 * choice beside what the documents support there, in the documents' own words: the choice is
 * quoted in its own column, the strongest options in full when there are few of them, and the
 * others open their quote on demand, so a step with many options stays readable.
 */
export function ScenarioReview({
  review,
  next,
}: {
  review: Review;
  /** The scenario offered next, if any. */
  next: { title: string; go: () => void } | undefined;
}) {
  return (
    <section className="scenario-summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">Scenario summary</h3>
      <p className="scenario-summary__goal">
        <strong>Back to the learning goal:</strong> {review.goal}
      </p>
      <p>
        {review.matched} of {review.total} decision{review.total === 1 ? '' : 's'} matched what the
        documents support
        {review.answered < review.total ? ` (${review.total - review.answered} not answered)` : ''}.
      </p>
      {review.decisions.map((decision) => (
        <DecisionReview key={decision.revealed} decision={decision} />
      ))}
      {next ? (
        <p className="scenario-summary__next">
          <button type="button" className="primary" onClick={next.go}>
            Next scenario: {next.title}
          </button>
        </p>
      ) : null}
    </section>
  );
}

/** At most this many options quoted in full in one step's list. */
const maxInFull = 3;

function DecisionReview({ decision }: { decision: ReviewedDecision }) {
  const headingId = `review-step-${decision.revealed}`;
  const { pick, supported } = decision;
  // The strongest options are quoted in full when they are few; a longer list opens on demand.
  const strongestTier = supported[0]?.tier;
  const strongest = supported.filter((o) => o.tier === strongestTier);
  const inFull = new Set(strongest.length <= maxInFull ? strongest.map((o) => o.id) : []);
  return (
    <section className="decision-review" aria-labelledby={headingId}>
      <h4 id={headingId}>
        Line {decision.line} (step {decision.revealed})
      </h4>
      <div className="decision-review__columns">
        <div className="decision-review__pick">
          <h5>Your choice</h5>
          {pick ? (
            <>
              <p
                className={`grade grade--plain ${pick.grade.supported ? 'grade--yes' : 'grade--no'}`}
              >
                <strong>
                  {pick.label}: {pick.grade.supported ? 'supported' : 'not supported'}
                </strong>{' '}
                {pick.grade.supported ? `(tier: ${pick.grade.tier})` : `(${pick.grade.reason})`}
              </p>
              {pick.quotes.map((source) => (
                <QuotedCitation key={source.sentence} source={source} />
              ))}
              {pick.quotes.length === 0 && !pick.grade.supported ? (
                <p className="muted small">The documents say nothing about it for this patient.</p>
              ) : null}
            </>
          ) : (
            <p className="grade grade--no">Not answered</p>
          )}
        </div>
        <div className="decision-review__supported">
          <h5>What the documents support</h5>
          {supported.length === 0 ? (
            <p className="muted">No regimen at this point.</p>
          ) : (
            <ol className="supported-list">
              {supported.map((option) => (
                <li key={option.id} className={option.id === pick?.id ? 'is-pick' : undefined}>
                  <strong>{option.label}</strong>{' '}
                  <span className={`tier-tag tier-tag--${option.tier}`}>{option.tier}</span>
                  {option.id === pick?.id ? (
                    <span className="muted small"> your choice</span>
                  ) : null}
                  {option.quote ? (
                    inFull.has(option.id) && option.id !== pick?.id ? (
                      <QuotedCitation source={option.quote} />
                    ) : (
                      <Citation source={option.quote} />
                    )
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
