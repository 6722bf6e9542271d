import { tierDefinitions, tierOrder } from '../../../domain/index.ts';
import { tierLabels } from '../../../lib/format.ts';

/** What the tiers mean, in terms of the documents' wording: every tier is derived from it. */
export function TierLegend() {
  return (
    <details className="tier-legend">
      <summary>What the tiers mean</summary>
      <dl>
        {tierOrder.map((tier) => (
          <div key={tier}>
            <dt>
              <span className={`tier-tag tier-tag--${tier}`}>{tierLabels[tier]}</span>
            </dt>
            <dd>{tierDefinitions[tier]}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted">
        A tier is lowered only by a stated limit (a newer document disagreeing, or another treatment
        named the primary approach); each row’s details show the sentence and any limit.
      </p>
    </details>
  );
}
