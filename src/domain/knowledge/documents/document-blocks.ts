import type { DocumentOutline } from './document-outline.ts';
import type { DocumentSentence, SegmentedDocument } from './segment-document.ts';

/**
 * A document laid out for reading in the app: its lines grouped into headings, paragraphs,
 * lists and tables, each sentence carrying its id (the one quotes cite) and whether it is the
 * quoted sentence to mark. Built from the same segmentation the quotes resolve against
 * (segment-document.ts), so the marked words are exactly the quoted ones. Pure.
 */

export interface BlockSentence {
  readonly id: string;
  readonly text: string;
  /** The quoted sentence, or the sentence that introduces a quoted list entry. */
  readonly marked: boolean;
}

export type DocumentBlock =
  | { readonly kind: 'heading'; readonly line: number; readonly text: string }
  /** A table caption: the rows follow as a `table` block. */
  | { readonly kind: 'caption'; readonly line: number; readonly text: string }
  | {
      readonly kind: 'paragraph';
      readonly line: number;
      /** A paragraph label ("Hormone therapy") written before the sentences, if any. */
      readonly label?: string;
      readonly sentences: readonly BlockSentence[];
    }
  | { readonly kind: 'list'; readonly line: number; readonly items: readonly BlockSentence[] }
  | { readonly kind: 'table'; readonly line: number; readonly rows: readonly BlockSentence[] };

export interface DocumentLayout {
  readonly blocks: readonly DocumentBlock[];
  /** The ids of the marked sentences, in document order (empty when nothing is quoted). */
  readonly marked: readonly string[];
  /** The quoted sentence's own id, to scroll to (undefined when it is not in the document). */
  readonly target?: string;
}

/** A quote's sentence reference may name a clause (`003/x/4#10-60`): the sentence is `003/x/4`. */
export function sentenceOfReference(reference: string): string {
  return reference.replace(/#.*$/, '');
}

function markedIds(document: SegmentedDocument, target: string | undefined): Set<string> {
  const found = target ? document.sentences.find((s) => s.id === target) : undefined;
  if (!found) return new Set();
  return new Set(found.leadInId ? [found.leadInId, found.id] : [found.id]);
}

/**
 * Lays out `text` (the document as read from ../shared/sources), segmented as `document` with
 * `outline`, marking the sentence `quoted` (a sentence id or a clause reference).
 */
export function layOutDocument(
  text: string,
  document: SegmentedDocument,
  outline: DocumentOutline,
  quoted?: string,
): DocumentLayout {
  const target = quoted === undefined ? undefined : sentenceOfReference(quoted);
  const marked = markedIds(document, target);
  const byLine = new Map<number, DocumentSentence[]>();
  for (const s of document.sentences) byLine.set(s.line, [...(byLine.get(s.line) ?? []), s]);
  const headings = new Map(outline.map((e) => [e.text, e.kind]));
  const labels = outline.filter((e) => e.kind === 'label').map((e) => e.text);
  const toBlock = (s: DocumentSentence): BlockSentence => ({
    id: s.id,
    text: s.text,
    marked: marked.has(s.id),
  });

  const blocks: DocumentBlock[] = [];
  let open:
    { kind: 'list'; items: BlockSentence[] } | { kind: 'table'; rows: BlockSentence[] } | undefined;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed.length === 0) {
      open = undefined;
      return;
    }
    const sentences = byLine.get(line) ?? [];
    const first = sentences[0];
    if (!first) {
      const kind = headings.get(trimmed);
      open = undefined;
      blocks.push(
        kind === 'table'
          ? { kind: 'caption', line, text: trimmed }
          : kind === 'heading'
            ? { kind: 'heading', line, text: trimmed }
            : { kind: 'paragraph', line, sentences: [] },
      );
      return;
    }
    if (first.kind === 'row' || first.kind === 'item') {
      const kind = first.kind === 'row' ? 'table' : 'list';
      if (open?.kind !== kind) {
        open = kind === 'table' ? { kind, rows: [] } : { kind, items: [] };
        blocks.push({ line, ...open });
      }
      const target = open.kind === 'table' ? open.rows : open.items;
      target.push(...sentences.map(toBlock));
      return;
    }
    open = undefined;
    const label = labels.find((l) => trimmed.startsWith(`${l}:`));
    blocks.push({
      kind: 'paragraph',
      line,
      ...(label ? { label } : {}),
      sentences: sentences.map(toBlock),
    });
  });
  // Drop paragraphs a line produced no sentence for (nothing to read in them).
  const kept = blocks.filter((b) => b.kind !== 'paragraph' || b.sentences.length > 0);
  return {
    blocks: kept,
    marked: document.sentences.filter((s) => marked.has(s.id)).map((s) => s.id),
    ...(target && marked.has(target) ? { target } : {}),
  };
}
