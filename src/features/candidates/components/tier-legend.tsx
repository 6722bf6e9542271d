import { useId } from 'react';
import { tierDefinitions, tierOrder } from '../../../domain/index.ts';
import { tierLabels } from '../../../lib/format.ts';

/**
 * What the tiers mean, in the knowledge base's own words, always on screen beside the table:
 * each tier is a defined term (`<dfn>`), so nobody has to guess what "Consider" promises.
 */
export function TierLegend() {
  const headingId = useId();
  return (
    <section className="tier-legend" aria-labelledby={headingId}>
      <h3 id={headingId} className="tier-legend__title">
        What the tiers mean
      </h3>
      <dl>
        {tierOrder.map((tier) => (
          <div key={tier}>
            <dt>
              <dfn className={`tier-tag tier-tag--${tier}`}>{tierLabels[tier]}</dfn>
            </dt>
            <dd>{tierDefinitions[tier]}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted">
        A tier is lowered only by a stated limit (a newer document disagreeing, or another treatment
        named the primary approach); each row’s details show the sentence and any limit.
      </p>
    </section>
  );
}
