import type { DocumentId } from '../sources.ts';

/**
 * A reference to the documents' own words: document, the heading the sentence stands under (as
 * written), the sentence's number within that heading, and a fingerprint of the words. The
 * repository stores only these references; the words are read from ../shared/sources when the
 * command runs or the app is built (evidence.ts), and a changed text fails the fingerprint.
 */
export interface SentenceRef {
  readonly doc: DocumentId;
  readonly section: string;
  readonly n: number;
  /** fingerprint() of the quoted words: the whole sentence, or the clause when one is given. */
  readonly fingerprint: string;
  /** A clause: [start, end) character offsets into the sentence (whitespace collapsed). */
  readonly clause?: readonly [number, number];
}

/** A quoted source as printed: where it stands and the document's own words. */
export interface QuotedSource {
  readonly doc: DocumentId;
  readonly section: string;
  /** The document's words, verbatim apart from collapsed whitespace. */
  readonly quote: string;
  /** Extension: the sentence id (`003/hormone-therapy/7`), for the document viewer and ledger. */
  readonly sentence: string;
  /**
   * Extension: for a list entry ("olaparib (Lynparza)"), the entry itself; `quote` is then the
   * sentence that introduces the list. Both are verbatim.
   */
  readonly listItem?: string;
}

/**
 * `inSection('003', 'Hormone therapy')(7, 'dd2aa7')`: references read like the document's
 * outline. `npm run kb:sentences -- 003` lists the numbers and fingerprints.
 */
export function inSection(doc: DocumentId, section: string) {
  return (n: number, fingerprint: string, clause?: readonly [number, number]): SentenceRef =>
    clause ? { doc, section, n, fingerprint, clause } : { doc, section, n, fingerprint };
}
