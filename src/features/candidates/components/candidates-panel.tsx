import { useCaseSession } from '../../../session/case-session.tsx';
import { CandidatesTable } from './candidates-table.tsx';
import { ExcludedTable } from './excluded-table.tsx';
import { NamedWithoutCriteriaList } from './named-without-criteria.tsx';
import { TierLegend } from './tier-legend.tsx';
import { NotesPanel } from './notes-panel.tsx';

export function CandidatesPanel() {
  const { recommendation } = useCaseSession();
  return (
    <section className="panel candidates-panel" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">
        Candidates for line {recommendation.line}{' '}
        <span className="muted small">({recommendation.candidates.length})</span>
      </h2>
      <CandidatesTable candidates={recommendation.candidates} excluded={recommendation.excluded} />
      <TierLegend />
      <NamedWithoutCriteriaList named={recommendation.namedWithoutCriteria} />
      <NotesPanel recommendation={recommendation} />
      <h2 id="excluded-heading">Why not…? Ruled out for this patient</h2>
      <ExcludedTable excluded={recommendation.excluded} />
    </section>
  );
}
