import { Fragment } from 'react';
import { OpenDocumentButton } from '../document-viewer/open-document-button.tsx';
import { getSourceDocument, type DocumentId, type QuotedSource } from '../../domain/index.ts';

/**
 * Every clinical statement on screen cites its source through this component: the document id,
 * its title and date, the section heading as the document writes it, and the document's own
 * words (resolved from ../shared/sources when the app was built, never typed into the code).
 */

function documentName(id: DocumentId): string {
  const doc = getSourceDocument(id);
  return `${doc.id}: ${doc.title} (${doc.dateAsStated})`;
}

function where(source: QuotedSource): string {
  return `${documentName(source.doc)}, section "${source.section}"`;
}

/** The sources grouped by document, in the order they first appear, each heading once. */
function sectionsByDocument(sources: readonly QuotedSource[]): Map<DocumentId, string[]> {
  const byDoc = new Map<DocumentId, string[]>();
  for (const { doc, section } of sources) {
    const sections = byDoc.get(doc) ?? [];
    if (!sections.includes(section)) sections.push(section);
    byDoc.set(doc, sections);
  }
  return byDoc;
}

/** The quoted words; a short list entry is shown after the sentence that introduces it. */
function QuoteText({ source }: { source: QuotedSource }) {
  return (
    <>
      {source.quote}
      {source.listItem ? (
        <>
          {' '}
          <span className="citation__item">… {source.listItem}</span>
        </>
      ) : null}
    </>
  );
}

/** The document's words in full, with where they stand. */
export function QuotedCitation({ source }: { source: QuotedSource }) {
  const doc = getSourceDocument(source.doc);
  return (
    <figure className="quote" data-sentence={source.sentence}>
      <blockquote className="quote__text">
        <QuoteText source={source} />
      </blockquote>
      <figcaption className="quote__where">
        <span className="citation__id">{doc.id}</span> {doc.title}{' '}
        <span className="citation__date">({doc.dateAsStated})</span>, “{source.section}”{' '}
        <OpenDocumentButton source={source} />
      </figcaption>
    </figure>
  );
}

/** A compact citation whose quote opens on demand: for tables and lists. */
export function Citation({ source }: { source: QuotedSource }) {
  return (
    <details className="citation" data-sentence={source.sentence}>
      <summary title={where(source)}>
        <span className="citation__id">{source.doc}</span> {source.section}
      </summary>
      <blockquote className="quote__text">
        <QuoteText source={source} />
      </blockquote>
      <OpenDocumentButton source={source} />
    </details>
  );
}

export function CitationList({
  sources,
  detailed = false,
}: {
  sources: readonly QuotedSource[];
  detailed?: boolean;
}) {
  return (
    <ul className={detailed ? 'citation-list citation-list--detailed' : 'citation-list'}>
      {sources.map((source) => (
        <li key={source.sentence}>
          {detailed ? <QuotedCitation source={source} /> : <Citation source={source} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * Only the ids of the documents cited, each once, with title, date and headings on hover: for
 * a table column whose row opens onto the quotes (no tab stop of its own).
 */
export function SourceIds({ sources }: { sources: readonly QuotedSource[] }) {
  return (
    <span className="source-ids">
      {[...sectionsByDocument(sources)].map(([doc, sections]) => (
        <abbr
          key={doc}
          title={`${documentName(doc)}, ${sections.length === 1 ? 'section' : 'sections'} ${sections.map((s) => `"${s}"`).join(', ')}`}
        >
          {doc}
        </abbr>
      ))}
    </span>
  );
}

/**
 * The print variant, for paper where nothing opens on demand: the quote inline (unless
 * `quoted` is false) and where it stands, document id and heading, as plain text; `also` names
 * other documents cited, by id.
 */
export function PrintCitation({
  source,
  quoted = true,
  also = [],
}: {
  source: QuotedSource | undefined;
  quoted?: boolean;
  also?: readonly DocumentId[];
}) {
  const others = also.length > 0 ? `also ${also.join(', ')}` : '';
  return (
    <span className="citation citation--print" data-sentence={source?.sentence}>
      {source && quoted ? (
        <>
          <q className="handout-quote">
            <QuoteText source={source} />
          </q>{' '}
        </>
      ) : null}
      {source ? `(${source.doc} ${source.section}${others ? `; ${others}` : ''})` : others}
    </span>
  );
}

/**
 * Several sources behind one disclosure (one tab stop): the documents and headings in the
 * summary, the quotes when opened. For table rows and notes, where a list of disclosures would
 * make the keyboard walk through every sentence.
 */
export function SourcesDisclosure({ sources }: { sources: readonly QuotedSource[] }) {
  if (sources.length === 0) return <span className="muted">—</span>;
  const docs = [...new Set(sources.map((s) => s.doc))];
  return (
    <details className="citation sources-disclosure">
      <summary title={sources.map(where).join('\n')}>
        {docs.map((doc) => (
          <Fragment key={doc}>
            <span className="citation__id">{doc}</span>{' '}
          </Fragment>
        ))}
        {sources.length === 1 ? sources[0]?.section : `${sources.length} sentences`}
      </summary>
      <ul className="citation-list citation-list--detailed">
        {sources.map((source) => (
          <li key={source.sentence}>
            <QuotedCitation source={source} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A statement in the tool's words followed by the quotes it rests on. */
export function SourcedStatement({
  text,
  sources,
  className,
  detailed = false,
}: {
  text: string;
  sources: readonly QuotedSource[];
  className?: string;
  /** Show the quotes at once instead of on demand. */
  detailed?: boolean;
}) {
  return (
    <div className={className ? `sourced ${className}` : 'sourced'}>
      <p>{text}</p>
      {sources.length > 0 ? <CitationList sources={sources} detailed={detailed} /> : null}
    </div>
  );
}
