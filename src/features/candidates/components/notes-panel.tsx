import { SourcesDisclosure } from '../../../components/ui/citation.tsx';
import type { Recommendation } from '../../../domain/index.ts';

/** Notes about missing facts and assumptions, and the tests that could open options. */
export function NotesPanel({ recommendation }: { recommendation: Recommendation }) {
  const open = recommendation.openQuestions.filter((q) => q.couldOpen.length > 0);
  return (
    <div className="notes-panel">
      {open.length > 0 ? (
        <div className="open-questions">
          <h3>Open questions</h3>
          <ul>
            {open.map((q) => (
              <li key={q.field}>
                <strong>{q.question}.</strong> A result could open:{' '}
                {q.couldOpen.map((o) => o.label).join(', ')}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {recommendation.noteSources.length > 0 ? (
        <>
          <h3>Notes</h3>
          <ul className="notes">
            {recommendation.noteSources.map((note) => (
              <li key={note.text}>
                {note.text}
                {note.sources.length > 0 ? (
                  <>
                    {' '}
                    <SourcesDisclosure sources={note.sources} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
