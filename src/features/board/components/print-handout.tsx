import { PatientSummary } from '../../../components/patient-summary/patient-summary.tsx';
import { TimelineTable } from '../../../components/timeline/timeline-table.tsx';
import { PrintCitation } from '../../../components/ui/citation.tsx';
import {
  buildTimeline,
  caseDisplayName,
  knowledgeVersion,
  recommendCase,
  replayCase,
  sourceDocuments,
  summarisePatient,
  todayIsoDate,
  type Candidate,
  type DocumentId,
} from '../../../domain/index.ts';
import { formatDate } from '../../../lib/format.ts';
import type { StoredCase } from '../../../session/library/case-store.ts';
import { knowledge } from '../../../lib/knowledge.ts';
import { optionLabel } from '../../../lib/knowledge.ts';

/**
 * The other documents the candidate cites besides its quoted basis (by id: the screen and the
 * command give every quote; the page has room for one per candidate).
 */
function otherDocuments(c: Candidate): DocumentId[] {
  const basis = c.tierBasis.source;
  return [...new Set(c.sources.filter((s) => s.sentence !== basis?.sentence).map((s) => s.doc))];
}

/** Supportive care and trials are the same for every case: their quotes stay on screen. */
const quotedInPrint = (c: Candidate) => c.modality !== 'supportive' && c.modality !== 'trial';

/** The handout: hidden on screen, one case per printed page (print stylesheet in app.css). */
export function PrintHandout({ entries }: { entries: readonly StoredCase[] }) {
  const today = todayIsoDate();
  return (
    // No aria-hidden: display:none already hides it from assistive technology on screen, and
    // in print it is the document.
    <div className="print-handout">
      {entries.map((stored) => {
        const result = recommendCase(stored.caseFile, knowledge);
        if (!result.ok) return null;
        const r = result.recommendation;
        const { snapshot, applied } = replayCase(stored.caseFile);
        const timeline = buildTimeline(applied, snapshot.context, today);
        const summary = summarisePatient(snapshot, r.openQuestions, { asOf: today, formatDate });
        return (
          <section key={stored.id} className="handout-page">
            <h1>{caseDisplayName(stored.caseFile, snapshot)}</h1>
            <PatientSummary summary={summary} formatDate={formatDate} variant="print" />
            <TimelineTable timeline={timeline} />
            <table className="data-table handout-candidates">
              <caption>Candidates for line {r.line}</caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Agents</th>
                  <th scope="col">Basis in the documents (quoted) and other sources</th>
                </tr>
              </thead>
              <tbody>
                {r.candidates.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.label}</th>
                    <td>{c.tier}</td>
                    <td>
                      {c.components
                        .map((s) =>
                          s.agents.length > 4
                            ? `any of ${s.agents.length} ${s.class} agents`
                            : s.agents.join('/'),
                        )
                        .join(' + ') || '—'}
                    </td>
                    <td>
                      <PrintCitation
                        source={c.tierBasis.source}
                        quoted={quotedInPrint(c)}
                        also={otherDocuments(c)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {snapshot.context.decisions.length > 0 ? (
              <>
                <h2>Decisions</h2>
                <ul>
                  {snapshot.context.decisions.map((d, i) => (
                    <li key={i}>
                      {formatDate(d.date)}: {d.choice} {optionLabel(d.candidate)}: {d.rationale}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p className="handout-footer">
              Printed {formatDate(today)} · knowledge base {knowledgeVersion} · sources:{' '}
              {sourceDocuments.map((d) => `${d.id} ${d.title} (${d.dateAsStated})`).join('; ')}.
              Decision support only: it does not replace clinical judgement.
            </p>
          </section>
        );
      })}
    </div>
  );
}
