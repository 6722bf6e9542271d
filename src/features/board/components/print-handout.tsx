import { PatientSummary } from '../../../components/patient-summary/patient-summary.tsx';
import { PrintCitation } from '../../../components/ui/citation.tsx';
import {
  agentsInWords,
  decisionInWords,
  knowledgeVersion,
  recommendCase,
  sourceDocuments,
  summarisePatient,
  todayIsoDate,
  type Candidate,
  type DocumentId,
} from '../../../domain/index.ts';
import { caseDisagreements } from '../../../domain/board/index.ts';
import { formatDate, tierLabels } from '../../../lib/format.ts';
import { knowledge, optionLabel } from '../../../lib/knowledge.ts';
import type { BoardCase } from '../board-cases.ts';

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

/**
 * The handout: hidden on screen, one case per printed page (print stylesheet in board.css):
 * the patient in words (age, subtype, sites, each line with its length), the candidates the
 * board discussed (those the presentation shows), the decisions and their follow-up. The
 * closing lines are kept with the decisions, so no page holds only them.
 */
export function PrintHandout({
  entries,
  meetingDate,
  topCount = 4,
}: {
  entries: readonly BoardCase[];
  meetingDate: string;
  topCount?: number;
}) {
  const today = todayIsoDate();
  return (
    // No aria-hidden: display:none already hides it from assistive technology on screen, and
    // in print it is the document.
    <div className="print-handout">
      {entries.map((entry, index) => {
        const result = recommendCase(entry.caseFile, knowledge);
        if (!result.ok) return null;
        const r = result.recommendation;
        const { snapshot } = result.replay;
        const summary = summarisePatient(snapshot, r.openQuestions, { asOf: today, formatDate });
        const discussed = r.candidates.slice(0, topCount);
        const more = r.candidates.length - discussed.length;
        const disagreements = caseDisagreements(discussed);
        const decisions = snapshot.context.decisions;
        return (
          <section key={entry.key} className="handout-page">
            <p className="handout-meeting">
              Tumor board, {formatDate(meetingDate)} · case {index + 1} of {entries.length}
            </p>
            <h1>{entry.name}</h1>
            <PatientSummary summary={summary} formatDate={formatDate} variant="print" />
            <table className="data-table handout-candidates">
              <caption>Candidates discussed for line {r.line}</caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Agents</th>
                  <th scope="col">Basis in the documents (quoted) and other sources</th>
                </tr>
              </thead>
              <tbody>
                {discussed.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.label}</th>
                    <td>{tierLabels[c.tier]}</td>
                    <td>{agentsInWords(c.components)}</td>
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
            {more > 0 ? (
              <p className="handout-more">
                {more} further {more === 1 ? 'candidate' : 'candidates'} in the app.
              </p>
            ) : null}
            {disagreements.length > 0 ? (
              <p className="handout-disagreements">
                Where the documents disagree:{' '}
                {disagreements
                  .map((d) => `${d.about} (concerns ${d.candidates.join(', ')})`)
                  .join('; ')}
                .
              </p>
            ) : null}
            <div className="handout-end">
              <h2>Decision</h2>
              {decisions.length === 0 ? (
                <p>None recorded yet.</p>
              ) : (
                <ul className="handout-decisions">
                  {decisions.map((d, i) => (
                    <li key={i}>
                      {formatDate(d.date)}: {decisionInWords(d, optionLabel)}.
                      {d.rationale ? ` ${d.rationale}` : ''}
                      {d.followUp
                        ? ` Follow-up: ${formatDate(d.followUp)}.`
                        : ' No follow-up date.'}
                    </li>
                  ))}
                </ul>
              )}
              <p className="handout-footer">
                Printed {formatDate(today)} · knowledge base {knowledgeVersion} · sources:{' '}
                {sourceDocuments.map((d) => `${d.id} ${d.title} (${d.dateAsStated})`).join('; ')}.
                Decision support only: it does not replace clinical judgement.
              </p>
            </div>
          </section>
        );
      })}
    </div>
  );
}
