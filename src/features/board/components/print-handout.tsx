import { CitationList } from '../../../components/ui/citation.tsx';
import { TimelineTable } from '../../../components/timeline/timeline-table.tsx';
import {
  buildTimeline,
  describeCourseState,
  knowledgeVersion,
  recommendCase,
  replayCase,
  sourceDocuments,
  subtypeLabel,
  todayIsoDate,
} from '../../../domain/index.ts';
import { formatDate } from '../../../lib/format.ts';
import type { StoredCase } from '../../../session/library/case-store.ts';

/** The handout: hidden on screen, one case per printed page (print stylesheet in app.css). */
export function PrintHandout({ entries }: { entries: readonly StoredCase[] }) {
  const today = todayIsoDate();
  return (
    <div className="print-handout" aria-hidden="true">
      {entries.map((stored) => {
        const result = recommendCase(stored.caseFile);
        if (!result.ok) return null;
        const r = result.recommendation;
        const { snapshot, applied } = replayCase(stored.caseFile);
        const timeline = buildTimeline(applied, snapshot.context, today);
        const p = stored.caseFile.patient;
        return (
          <section key={stored.id} className="handout-page">
            <h1>{stored.title}</h1>
            <p>
              {subtypeLabel(p)}; ER {p.er}, PR {p.pr}, HER2 {p.her2}, BRCA {p.brca}, PD-L1 {p.pdl1};{' '}
              {p.menopause}menopausal; {p.presentation}. {describeCourseState(snapshot, formatDate)}
              .
            </p>
            <TimelineTable timeline={timeline} />
            <h2>Candidates for line {r.line}</h2>
            <ol>
              {r.candidates.map((c) => (
                <li key={c.id}>
                  <strong>{c.label}</strong> ({c.tier})
                  {c.components.length > 0
                    ? `: ${c.components.map((s) => s.agents.join('/')).join(' + ')}`
                    : ''}
                  <CitationList sources={c.sources} />
                </li>
              ))}
            </ol>
            {snapshot.context.decisions.length > 0 ? (
              <>
                <h2>Decisions</h2>
                <ul>
                  {snapshot.context.decisions.map((d, i) => (
                    <li key={i}>
                      {formatDate(d.date)}: {d.choice} {d.candidate}: {d.rationale}
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
