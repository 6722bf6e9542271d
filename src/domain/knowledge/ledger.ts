import type { DocumentSentence } from './documents/segment-document.ts';
import { sentenceId } from './documents/segment-document.ts';
import type { KnowledgeBase } from './index.ts';
import { ledgerReasons, notEncoded, type NotEncoded } from './ledger-not-encoded.ts';
import { collectReferences, type ReferenceUse } from './references.ts';

/**
 * The coverage ledger: every sentence of the five documents with what uses it (options and
 * their conditions, conflicts, notes, drug names) or why it is deliberately not encoded.
 */

export interface LedgerLine {
  readonly sentence: DocumentSentence;
  readonly uses: readonly ReferenceUse[];
  readonly notEncoded?: NotEncoded;
}

export interface Ledger {
  readonly lines: readonly LedgerLine[];
  readonly counts: {
    readonly sentences: number;
    /** Sentences about treatment choice, sequence, condition, site or outcome. */
    readonly aboutTreatment: number;
    readonly used: number;
    readonly explainedNotUsed: number;
    readonly notAboutTreatment: number;
    readonly unaccounted: number;
  };
  /** Sentences neither used nor explained: the test requires none. */
  readonly unaccounted: readonly DocumentSentence[];
  /** Sentences both used and listed as not encoded: contradictory, the test requires none. */
  readonly contradictory: readonly DocumentSentence[];
}

const idOf = (ref: { doc: string; section: string; n: number }) =>
  sentenceId(ref.doc, ref.section, ref.n);

export function buildLedger(knowledge: KnowledgeBase): Ledger {
  const uses = new Map<string, ReferenceUse[]>();
  const addUse = (id: string, use: ReferenceUse) => {
    const list = uses.get(id) ?? [];
    if (!list.some((u) => JSON.stringify(u) === JSON.stringify(use))) list.push(use);
    uses.set(id, list);
  };
  for (const { ref, use } of collectReferences(knowledge)) addUse(idOf(ref), use);
  // A list's lead-in is quoted with every entry cited from it, so it is used by the same.
  for (const doc of knowledge.evidence.documents) {
    for (const s of doc.sentences) {
      const leadIn = s.leadInId;
      if (leadIn) for (const use of uses.get(s.id) ?? []) addUse(leadIn, use);
    }
  }
  const explained = new Map(notEncoded.map((e) => [idOf(e.ref), e]));
  const lines = knowledge.evidence.documents.flatMap((doc) =>
    doc.sentences.map((sentence): LedgerLine => {
      const entry = explained.get(sentence.id);
      return {
        sentence,
        uses: uses.get(sentence.id) ?? [],
        ...(entry ? { notEncoded: entry } : {}),
      };
    }),
  );
  const used = lines.filter((l) => l.uses.length > 0);
  const explainedOnly = lines.filter((l) => l.uses.length === 0 && l.notEncoded);
  const notAbout = explainedOnly.filter((l) => !ledgerReasons[l.notEncoded!.reason].aboutTreatment);
  const unaccounted = lines.filter((l) => l.uses.length === 0 && !l.notEncoded);
  return {
    lines,
    counts: {
      sentences: lines.length,
      aboutTreatment: used.length + explainedOnly.length - notAbout.length,
      used: used.length,
      explainedNotUsed: explainedOnly.length - notAbout.length,
      notAboutTreatment: notAbout.length,
      unaccounted: unaccounted.length,
    },
    unaccounted: unaccounted.map((l) => l.sentence),
    contradictory: lines.filter((l) => l.uses.length > 0 && l.notEncoded).map((l) => l.sentence),
  };
}

function describeUse(use: ReferenceUse): string {
  switch (use.kind) {
    case 'option':
      return `option ${use.id} (${use.role})`;
    case 'conflict':
      return `conflict ${use.id}`;
    case 'named-only':
      return `named without criteria: ${use.id}`;
    case 'drug':
      return `drug name ${use.id}`;
    case 'note':
      return `note ${use.id}`;
  }
}

/** The ledger as text: the document's words are printed, read from the documents at run time. */
export function renderLedger(ledger: Ledger): string {
  const out: string[] = [];
  let doc = '';
  for (const line of ledger.lines) {
    if (line.sentence.doc !== doc) {
      doc = line.sentence.doc;
      out.push('', `== ${doc}`);
    }
    const status =
      line.uses.length > 0
        ? `used by ${line.uses.map(describeUse).join('; ')}`
        : line.notEncoded
          ? `not encoded (${ledgerReasons[line.notEncoded.reason].label}): ${line.notEncoded.why}`
          : 'UNACCOUNTED: neither used nor explained';
    out.push(`${line.sentence.id}  ${status}`, `    "${line.sentence.text}"`);
  }
  const c = ledger.counts;
  out.push(
    '',
    `${c.sentences} sentences: ${c.aboutTreatment} about treatment (${c.used} used, ${c.explainedNotUsed} explained and not used), ${c.notAboutTreatment} not about treatment, ${c.unaccounted} unaccounted.`,
  );
  return `${out.join('\n').trim()}\n`;
}
