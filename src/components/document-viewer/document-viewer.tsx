import { useEffect, useId, useMemo, useRef } from 'react';
import { getSourceDocument, type DocumentId } from '../../domain/index.ts';
// Imported by path, not through the domain index: only this lazily loaded viewer needs it, and
// through the index it would be bundled into the first screen.
import {
  layOutDocument,
  type BlockSentence,
  type DocumentBlock,
} from '../../domain/knowledge/documents/document-blocks.ts';
import { knowledge, sourceTexts } from '../../lib/knowledge.ts';
import './document-viewer.css';

export interface DocumentViewerProps {
  readonly doc: DocumentId;
  /** The quoted sentence's reference (`003/hormone-therapy/7`, or a clause of it). */
  readonly sentence: string;
  /** Called when the reader closes the viewer (button, Escape, or the dialog closing). */
  readonly onClose: () => void;
}

const elementId = (sentenceId: string) => `document-sentence-${sentenceId}`;

/** Scrolls to the quoted words and focuses them, so a screen reader reads them first. */
function showSentence(sentenceId: string, behavior: ScrollBehavior): void {
  const mark = document.getElementById(elementId(sentenceId));
  mark?.scrollIntoView({ block: 'center', behavior });
  mark?.focus({ preventScroll: true });
}

/**
 * One of the five documents inside the app, in a modal dialog: the text as read from
 * ../shared/sources when the app was built (offline, nothing fetched), laid out in its own
 * headings, paragraphs, lists and tables, with the quoted sentence in <mark> and scrolled to.
 * Loaded on demand (React.lazy), so the first screen does not carry it.
 */
export default function DocumentViewer({ doc, sentence, onClose }: DocumentViewerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const source = getSourceDocument(doc);
  const layout = useMemo(() => {
    const segmented = knowledge.evidence.documents.find((d) => d.doc === doc);
    return segmented
      ? layOutDocument(sourceTexts[doc], segmented, source.outline, sentence)
      : undefined;
  }, [doc, sentence, source.outline]);
  const target = layout?.target;
  // Leave the top layer first: focus can only return to the page once the dialog is not modal.
  const close = () => {
    dialog.current?.close();
    onClose();
  };

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    if (target) showSentence(target, 'instant');
  }, [target]);

  return (
    <dialog
      ref={dialog}
      className="document-viewer"
      aria-labelledby={titleId}
      // Escape is handled here rather than left to the browser's cancel, so every browser (and
      // the test DOM) closes the same way and the parent can return focus.
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="document-viewer__header">
        <div>
          <h2 id={titleId} className="document-viewer__title">
            <span className="citation__id">{source.id}</span> {source.title}
          </h2>
          <p className="document-viewer__meta">
            {source.publisher}, {source.dateAsStated}. The document’s own text, as read from the
            sources when the app was built.
          </p>
        </div>
        <div className="document-viewer__actions">
          {target ? (
            <button
              type="button"
              className="secondary"
              onClick={() => target && showSentence(target, 'smooth')}
            >
              Back to the quoted sentence
            </button>
          ) : null}
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </header>
      {target ? null : (
        <p className="document-viewer__missing" role="status">
          The quoted sentence ({sentence}) is not in this copy of the document: it may have changed
          since the knowledge base cited it.
        </p>
      )}
      {/* Focusable so the keyboard can scroll it (arrow keys, Page Down) without a mouse. */}
      <div
        className="document-viewer__body"
        role="region"
        aria-label={`Text of document ${source.id}`}
        tabIndex={0}
      >
        {layout?.blocks.map((block) => (
          <Block key={block.line} block={block} />
        ))}
      </div>
    </dialog>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h3 className="document-viewer__heading">{block.text}</h3>;
    case 'caption':
      return <p className="document-viewer__caption">{block.text}</p>;
    case 'paragraph':
      return (
        <p>
          {block.label ? <strong>{block.label}: </strong> : null}
          <Sentences sentences={block.sentences} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item.id}>
              <Sentence sentence={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <ul className="document-viewer__rows">
          {block.rows.map((row) => (
            <li key={row.id}>
              <Sentence sentence={row} />
            </li>
          ))}
        </ul>
      );
  }
}

function Sentences({ sentences }: { sentences: readonly BlockSentence[] }) {
  return sentences.map((s, i) => (
    <span key={s.id}>
      {i > 0 ? ' ' : null}
      <Sentence sentence={s} />
    </span>
  ));
}

function Sentence({ sentence }: { sentence: BlockSentence }) {
  // Focusable only when marked: the viewer moves focus to the quoted words.
  return sentence.marked ? (
    <mark id={elementId(sentence.id)} tabIndex={-1} data-sentence={sentence.id}>
      {sentence.text}
    </mark>
  ) : (
    <span id={elementId(sentence.id)} data-sentence={sentence.id}>
      {sentence.text}
    </span>
  );
}
