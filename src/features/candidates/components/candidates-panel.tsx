import { memo, useDeferredValue } from 'react';
import { useCaseSession } from '../../../session/case-session.tsx';
import { CandidatesTable } from './candidates-table.tsx';
import { ExcludedTable } from './excluded-table.tsx';
import { NamedWithoutCriteriaList } from './named-without-criteria.tsx';
import { TierLegend } from './tier-legend.tsx';
import { NotesPanel } from './notes-panel.tsx';

// Memoised: while the deferred recommendation is still the previous one, they are not redrawn.
const LaterNamedWithoutCriteria = memo(NamedWithoutCriteriaList);
const LaterNotes = memo(NotesPanel);
const LaterExcluded = memo(ExcludedTable);
const Legend = memo(TierLegend);

export function CandidatesPanel() {
  const { recommendation } = useCaseSession();
  // The table (and the timeline beside it) paint first after an event; the notes and the long
  // "Why not" list below follow in a deferred render a moment later, so the answer a clinician
  // looks for first is not held up by the ones further down.
  const later = useDeferredValue(recommendation);
  const pending = later !== recommendation;
  return (
    <section className="panel candidates-panel" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">
        Candidates for line {recommendation.line}{' '}
        <span className="muted small">({recommendation.candidates.length})</span>
      </h2>
      <CandidatesTable candidates={recommendation.candidates} excluded={recommendation.excluded} />
      <Legend />
      <div className="candidates-later" aria-busy={pending}>
        <LaterNamedWithoutCriteria named={later.namedWithoutCriteria} />
        <LaterNotes recommendation={later} />
        <h2 id="excluded-heading">Why not…? Ruled out for this patient</h2>
        <LaterExcluded excluded={later.excluded} />
      </div>
    </section>
  );
}
