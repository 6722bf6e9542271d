import { getSourceDocument, type SourceRef } from '../../domain/index.ts';

/**
 * Every clinical statement on screen cites its source through this component: the document id,
 * its title and date, and the section heading as the document writes it.
 */
export function Citation({ source, detailed = false }: { source: SourceRef; detailed?: boolean }) {
  const doc = getSourceDocument(source.doc);
  const full = `${doc.id}: ${doc.title} (${doc.dateAsStated}), section "${source.section}"`;
  if (detailed) {
    return (
      <cite className="citation citation--detailed">
        <span className="citation__id">{doc.id}</span> {doc.title}{' '}
        <span className="citation__date">({doc.dateAsStated})</span>, section “{source.section}”
      </cite>
    );
  }
  return (
    <cite className="citation" title={full}>
      <span className="citation__id">{doc.id}</span> {source.section}
    </cite>
  );
}

export function CitationList({
  sources,
  detailed = false,
}: {
  sources: readonly SourceRef[];
  detailed?: boolean;
}) {
  return (
    <ul className={detailed ? 'citation-list citation-list--detailed' : 'citation-list'}>
      {sources.map((source) => (
        <li key={`${source.doc}:${source.section}`}>
          <Citation source={source} detailed={detailed} />
        </li>
      ))}
    </ul>
  );
}
