import {
  CitationList,
  QuotedCitation,
  SourcedStatement,
} from '../../../components/ui/citation.tsx';
import {
  tierDefinitions,
  wordingDefinitions,
  type Candidate,
  type CandidateConflict,
} from '../../../domain/index.ts';
import { tierLabels } from '../../../lib/format.ts';
import { requestRegimenDraft } from '../../../session/regimen-draft-request.ts';

/**
 * Why a candidate applies, what it rests on (assumptions, pending results), how its tier follows
 * from the documents' wording, its components, the quoted sources and any disagreement.
 */
export function CandidateDetail({ candidate }: { candidate: Candidate }) {
  return (
    <div className="candidate-detail">
      {candidate.urgent ? (
        <section className="urgent-box" aria-label="Urgent">
          <h3 className="detail-heading">Urgent</h3>
          <SourcedStatement
            text={candidate.urgent.text}
            sources={candidate.urgent.sources}
            detailed
          />
        </section>
      ) : null}
      <section>
        {/* The rationale itself is the row's Rationale column, just above: not repeated here. */}
        <h3 className="detail-heading">Why it applies</h3>
        <StartRegimenButton candidate={candidate} />
        <p className="condition">
          <span className="muted">Condition in the knowledge base:</span> {candidate.condition}
        </p>
        {candidate.assumptions ? (
          <div className="assumption-box">
            <p>
              <strong>Rests on findings not recorded.</strong> It applies only if:
            </p>
            <ul>
              {candidate.assumptions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {candidate.pending?.map((p) => (
          <p key={p} className="pending">
            {p}
          </p>
        ))}
      </section>
      <TierBasis candidate={candidate} />
      {candidate.caveats.length > 0 || candidate.relatedFacts || candidate.toolRules ? (
        <section>
          <h3 className="detail-heading">Before acting on it</h3>
          {candidate.caveats.map((c) => (
            <SourcedStatement key={c.text} className="caveat" text={c.text} sources={c.sources} />
          ))}
          {candidate.relatedFacts?.map((f) => (
            <SourcedStatement
              key={f.field}
              className="related-fact"
              text={f.text}
              sources={f.sources}
            />
          ))}
          {candidate.toolRules?.map((rule) => (
            <p key={rule} className="tool-rule">
              <span className="tool-rule__label">The tool’s own rule, not the documents’:</span>{' '}
              {rule}
            </p>
          ))}
        </section>
      ) : null}
      {candidate.components.length > 0 ? <Components candidate={candidate} /> : null}
      <section className="detail-sources">
        <h3 className="detail-heading">What the documents say</h3>
        <CitationList sources={candidate.sources} detailed />
      </section>
      {candidate.conflicts.length > 0 ? <Conflicts conflicts={candidate.conflicts} /> : null}
    </div>
  );
}

function TierBasis({ candidate }: { candidate: Candidate }) {
  const { wording, source, limits } = candidate.tierBasis;
  return (
    <section>
      <h3 className="detail-heading">Why “{tierLabels[candidate.tier]}”</h3>
      <p className="small">{tierDefinitions[candidate.tier]}</p>
      {source ? (
        <>
          <p className="small">
            <span className="muted">The strongest sentence for this patient:</span>{' '}
            {wordingDefinitions[wording]}.
          </p>
          <QuotedCitation source={source} />
        </>
      ) : null}
      {limits.map((limit) => (
        <SourcedStatement
          key={limit.why}
          className="tier-limit"
          text={`At most “${tierLabels[limit.to]}”: ${limit.why}`}
          sources={limit.sources}
        />
      ))}
    </section>
  );
}

function Components({ candidate }: { candidate: Candidate }) {
  return (
    <section>
      <h3 className="detail-heading">Components</h3>
      <ul className="components">
        {candidate.components.map((component, i) => (
          <li key={`${component.class}-${i}`}>
            <span className="muted">{component.class}:</span> {component.agents.join(', ')}
          </li>
        ))}
      </ul>
      {candidate.notTogether ? (
        <p className="small muted">
          Never two of one family together:{' '}
          {candidate.notTogether.map((group) => group.join(' / ')).join('; ')}.
        </p>
      ) : null}
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
  );
}

export function Conflicts({ conflicts }: { conflicts: readonly CandidateConflict[] }) {
  return (
    <section className="conflicts">
      <h3 className="detail-heading">Where the documents disagree</h3>
      {conflicts.map((conflict) => (
        <div key={conflict.id} className="conflict">
          <p className="conflict-about">{conflict.about}</p>
          <ul>
            {conflict.positions.map((position) => (
              <li key={position.says}>
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
  );
}

/**
 * Hands the regimen to the event form, one agent per slot (the first the documents list): the
 * clinician checks and changes it there before anything is recorded.
 */
function StartRegimenButton({ candidate }: { candidate: Candidate }) {
  const agents = candidate.components.flatMap((c) => c.agents.slice(0, 1));
  if (agents.length === 0) return null;
  return (
    <button
      type="button"
      className="secondary"
      title="Fills the event form with the first agent of each slot; change them there before recording"
      onClick={() => requestRegimenDraft(agents)}
    >
      Start this regimen
    </button>
  );
}
