import { knowledgeVersion, sourceDocuments } from '../domain/index.ts';

/** Placeholder page until the dashboard lands: it shows what the knowledge base is built from. */
export function App() {
  return (
    <main>
      <h1>Metastatic breast cancer decision support</h1>
      <p role="note">
        This tool supports, and does not replace, clinical judgement. Knowledge base version{' '}
        {knowledgeVersion}.
      </p>
      <h2>Source documents</h2>
      <ul>
        {sourceDocuments.map((doc) => (
          <li key={doc.id}>
            {doc.id}: {doc.title} ({doc.dateAsStated})
          </li>
        ))}
      </ul>
    </main>
  );
}
