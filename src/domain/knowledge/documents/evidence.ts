import { getSourceDocument, documentIds, type DocumentId } from '../sources.ts';
import { fingerprint } from './normalise-text.ts';
import {
  segmentDocument,
  sentenceId,
  type DocumentSentence,
  type SegmentedDocument,
} from './segment-document.ts';
import type { QuotedSource, SentenceRef } from './sentence-ref.ts';

/**
 * The documents, segmented, and the resolution of sentence references into quotes. Built once
 * from the five texts (read by the CLI at run time, embedded by Vite at build time).
 */
export interface Evidence {
  readonly documents: readonly SegmentedDocument[];
  /** The quoted source for a reference (or a visible marker when it does not resolve). */
  quote(ref: SentenceRef): QuotedSource;
  /** The sentence a reference points at, if it exists. */
  sentence(ref: SentenceRef): DocumentSentence | undefined;
  /** What is wrong with a reference: unknown section or sentence, changed words, bad clause. */
  check(ref: SentenceRef): string | undefined;
}

export type SourceTexts = Readonly<Record<DocumentId, string>>;

export function refId(ref: SentenceRef): string {
  const base = sentenceId(ref.doc, ref.section, ref.n);
  return ref.clause ? `${base}#${ref.clause[0]}-${ref.clause[1]}` : base;
}

function quotedWords(ref: SentenceRef, sentence: DocumentSentence): string {
  return ref.clause ? sentence.text.slice(ref.clause[0], ref.clause[1]).trim() : sentence.text;
}

export function createEvidence(texts: SourceTexts): Evidence {
  const documents = documentIds.map((id) =>
    segmentDocument(id, texts[id], getSourceDocument(id).outline),
  );
  const byId = new Map<string, DocumentSentence>();
  for (const doc of documents) for (const s of doc.sentences) byId.set(s.id, s);

  const sentence = (ref: SentenceRef) => byId.get(sentenceId(ref.doc, ref.section, ref.n));

  const check = (ref: SentenceRef): string | undefined => {
    const found = sentence(ref);
    const where = `${refId(ref)} (${ref.doc}, "${ref.section}", sentence ${ref.n})`;
    if (!found) return `${where}: no such sentence under that heading`;
    if (found.section !== ref.section) return `${where}: stands under "${found.section}"`;
    if (ref.clause) {
      const [start, end] = ref.clause;
      if (start < 0 || end > found.text.length || end - start < 20) {
        return `${where}: the clause must lie inside the sentence and be at least 20 characters`;
      }
    }
    const words = quotedWords(ref, found);
    if (fingerprint(words) !== ref.fingerprint) {
      return `${where}: the words changed (fingerprint ${fingerprint(words)}, expected ${ref.fingerprint})`;
    }
    return undefined;
  };

  // References are constants of the knowledge base, so each resolves once and is shared.
  const quotes = new Map<SentenceRef, QuotedSource>();
  return {
    documents,
    sentence,
    check,
    quote(ref) {
      const cached = quotes.get(ref);
      if (cached) return cached;
      const found = sentence(ref);
      const problem = check(ref);
      const words = found && !problem ? quotedWords(ref, found) : undefined;
      // A list entry ("the brain (brain metastases)") means something only with the sentence
      // that introduces the list: that sentence is the quote and the entry goes beside it.
      const leadIn = words !== undefined && found?.kind === 'item' ? found.leadIn : undefined;
      const quoted: QuotedSource = {
        doc: ref.doc,
        section: ref.section,
        quote: leadIn ?? words ?? `[quote unavailable: ${problem ?? 'unknown sentence'}]`,
        sentence: refId(ref),
        ...(leadIn && words ? { listItem: words } : {}),
      };
      quotes.set(ref, quoted);
      return quoted;
    },
  };
}
