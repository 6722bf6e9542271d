import type { DocumentOutline, OutlineEntry } from './document-outline.ts';
import { collapseWhitespace, fingerprint } from './normalise-text.ts';

/**
 * Splits a document into sections and sentences, each with a stable id: the document id, the
 * section heading made into a slug, and the sentence's number within that heading
 * (`003/hormone-therapy/4`). Numbering within a section (not the whole document) keeps ids of
 * one section unchanged when another section is edited; the fingerprint catches edits within.
 *
 * A sentence here is the unit a quote can cite: a sentence of running text, one list item, or
 * one table row. Pure: text in, structure out.
 */

export type SentenceKind = 'sentence' | 'item' | 'row';

export interface DocumentSentence {
  readonly id: string;
  readonly doc: string;
  /** The heading the sentence stands under, as the document writes it. */
  readonly section: string;
  /** 1-based number within the section heading. */
  readonly n: number;
  readonly kind: SentenceKind;
  /** The sentence as written, whitespace collapsed. */
  readonly text: string;
  readonly fingerprint: string;
  /** 1-based line of the document file the sentence is on. */
  readonly line: number;
  /** For a list item: the sentence of the same section that introduces the list. */
  readonly leadIn?: string;
  /** The id of that sentence. */
  readonly leadInId?: string;
}

export interface DocumentSection {
  readonly heading: string;
  readonly slug: string;
}

export interface SegmentedDocument {
  readonly doc: string;
  readonly sections: readonly DocumentSection[];
  readonly sentences: readonly DocumentSentence[];
  /** Outline entries that no line of the text matched: a changed document. */
  readonly missingHeadings: readonly string[];
}

// Headings are few and looked up for every quote of every recommendation: slug each once.
const slugs = new Map<string, string>();

export function slugify(heading: string): string {
  let slug = slugs.get(heading);
  if (slug === undefined) {
    slug = heading
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    slugs.set(heading, slug);
  }
  return slug;
}

export function sentenceId(doc: string, section: string, n: number): string {
  return `${doc}/${slugify(section)}/${n}`;
}

/** Words that end with a full stop without ending a sentence. */
const abbreviations = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'al',
  'jr',
  'no',
  'e.g',
  'i.e',
]);

/** Splits running text into sentences: after . ! or ?, optional closing quote or bracket, space, then a capital, digit or opening quote. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const boundary = /([.!?])(["”’)\]]?)\s+(?=[A-Z0-9"“‘(])/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const before = text.slice(start, match.index);
    const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (match[1] === '.' && (abbreviations.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
    out.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  out.push(text.slice(start));
  return out.map(collapseWhitespace).filter((s) => s.length > 0);
}

const bullet = /^\s*(?:[•*-]|\d+\.)\s+/;

export function segmentDocument(
  doc: string,
  text: string,
  outline: DocumentOutline,
): SegmentedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const byText = new Map<string, OutlineEntry>(outline.map((e) => [e.text, e]));
  const seen = new Set<string>();
  const sections: DocumentSection[] = [];
  const sentences: DocumentSentence[] = [];
  const counters = new Map<string, number>();

  // The heading text is in force now; `parent` is the last plain heading, which a table or
  // a label section returns to when it ends.
  let current = '';
  let parent = '';
  let tableState: 'none' | 'caption' | 'rows' = 'none';
  let labelParagraphsLeft = 0;

  const open = (heading: string) => {
    current = heading;
    if (!sections.some((s) => s.heading === heading)) {
      sections.push({ heading, slug: slugify(heading) });
    }
  };
  // The last running-text sentence of the section in force: what a following list continues.
  let leadIn: { section: string; text: string; id: string } | undefined;
  const add = (kind: SentenceKind, raw: string, line: number) => {
    const sentence = collapseWhitespace(raw);
    if (sentence.length === 0) return;
    const n = (counters.get(current) ?? 0) + 1;
    counters.set(current, n);
    const introducedBy =
      kind === 'item' && leadIn?.section === current
        ? { leadIn: leadIn.text, leadInId: leadIn.id }
        : {};
    sentences.push({
      id: sentenceId(doc, current, n),
      doc,
      section: current,
      n,
      kind,
      text: sentence,
      fingerprint: fingerprint(sentence),
      line,
      ...introducedBy,
    });
    if (kind === 'sentence')
      leadIn = { section: current, text: sentence, id: sentenceId(doc, current, n) };
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.trim();
    if (line.length === 0) {
      if (tableState === 'rows') {
        tableState = 'none';
        open(parent);
      }
      return;
    }
    const entry = byText.get(line);
    if (entry && entry.kind !== 'label') {
      seen.add(entry.text);
      if (entry.kind === 'heading') {
        parent = entry.text;
        tableState = 'none';
        labelParagraphsLeft = 0;
      } else {
        tableState = 'caption';
      }
      open(entry.text);
      return;
    }
    if (tableState === 'caption' || tableState === 'rows') {
      tableState = 'rows';
      add('row', line, lineNo);
      return;
    }
    const label = outline.find(
      (e): e is Extract<OutlineEntry, { kind: 'label' }> =>
        e.kind === 'label' && line.startsWith(`${e.text}:`),
    );
    if (label) {
      seen.add(label.text);
      open(label.text);
      labelParagraphsLeft = label.paragraphs;
      for (const s of splitSentences(line.slice(label.text.length + 1))) add('sentence', s, lineNo);
      labelParagraphsLeft -= 1;
      return;
    }
    if (bullet.test(line)) {
      add('item', line.replace(bullet, ''), lineNo);
      return;
    }
    if (labelParagraphsLeft === 0 && current !== parent) open(parent);
    for (const s of splitSentences(line)) add('sentence', s, lineNo);
    if (labelParagraphsLeft > 0) labelParagraphsLeft -= 1;
  });

  return {
    doc,
    sections,
    sentences,
    missingHeadings: outline.map((e) => e.text).filter((t) => !seen.has(t)),
  };
}
