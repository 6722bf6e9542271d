import { CitationList } from '../../../components/ui/citation.tsx';
import type { Candidate } from '../../../domain/index.ts';

/** Why a candidate applies, its components, sources and any disagreement between documents. */
export function CandidateDetail({ candidate }: { candidate: Candidate }) {
  return (
    <div className="candidate-detail">
      <section>
        <h3 className="detail-heading">Why it applies</h3>
        <p>{candidate.rationale}</p>
        <p className="condition">
          <span className="muted">Condition in the knowledge base:</span> {candidate.condition}
        </p>
        {candidate.caveat ? <p className="caveat">{candidate.caveat}</p> : null}
      </section>
      {candidate.components.length > 0 ? (
        <section>
          <h3 className="detail-heading">Components</h3>
          <ul className="components">
            {candidate.components.map((component, i) => (
              <li key={`${component.class}-${i}`}>
                <span className="muted">{component.class}:</span> {component.agents.join(', ')}
              </li>
            ))}
          </ul>
          {candidate.removedAgents.length > 0 ? (
            <ul className="removed-agents">
              {candidate.removedAgents.map((r) => (
                <li key={r.agent}>
                  {r.agent} left out: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section>
        <h3 className="detail-heading">Sources</h3>
        <CitationList sources={candidate.sources} detailed />
      </section>
      {candidate.conflicts.length > 0 ? (
        <section className="conflicts">
          <h3 className="detail-heading">Where the documents disagree</h3>
          {candidate.conflicts.map((conflict) => (
            <div key={conflict.id} className="conflict">
              <p className="conflict-about">{conflict.about}</p>
              <ul>
                {conflict.positions.map((position, i) => (
                  <li key={i}>
                    {position.says}
                    <CitationList sources={position.sources} />
                  </li>
                ))}
              </ul>
              <p>
                <span className="muted">This tool:</span> {conflict.resolution}
              </p>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
