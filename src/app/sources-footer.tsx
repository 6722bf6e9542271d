import { knowledgeVersion, sourceDocuments } from '../domain/index.ts';

/** The five source documents with their dates, on every screen. */
export function SourcesFooter() {
  return (
    <footer className="sources-footer">
      <h2>Sources (knowledge base {knowledgeVersion})</h2>
      <ul>
        {[...sourceDocuments]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((doc) => (
            <li key={doc.id}>
              <span className="citation__id">{doc.id}</span> {doc.title} — {doc.dateAsStated}
            </li>
          ))}
      </ul>
      <p className="muted small">
        Patient-information documents, not prescribing information: no doses or schedules are shown.
        Case data stays in this browser.
      </p>
    </footer>
  );
}
