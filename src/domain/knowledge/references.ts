import type { SentenceRef } from './documents/sentence-ref.ts';
import type { KnowledgeContent } from './index.ts';
import { noteEvidence } from './note-sentences.ts';
import { d000, d001, d002, d003, d004 } from './sentences.ts';

/**
 * Every place the knowledge base points into the documents, with what points there. Used by the
 * evidence test (every reference resolves to the words under its heading) and by the coverage
 * ledger (which sentences are used, and by what).
 */

export type ReferenceUse =
  | { readonly kind: 'option'; readonly id: string; readonly role: string }
  | { readonly kind: 'conflict'; readonly id: string }
  | { readonly kind: 'named-only'; readonly id: string }
  | { readonly kind: 'drug'; readonly id: string }
  | { readonly kind: 'note'; readonly id: string };

export interface Reference {
  readonly ref: SentenceRef;
  readonly use: ReferenceUse;
}

/** The sentences named in sentences.ts, by the name the knowledge base gives them. */
export const namedSentences: ReadonlyArray<{ readonly name: string; readonly ref: SentenceRef }> =
  Object.entries({ d000, d001, d002, d003, d004 }).flatMap(([doc, table]) =>
    Object.entries(table).map(([name, ref]) => ({ name: `${doc}.${name}`, ref })),
  );

export function collectReferences(content: KnowledgeContent): Reference[] {
  const out: Reference[] = [];
  for (const option of content.options) {
    const use = (role: string): ReferenceUse => ({ kind: 'option', id: option.id, role });
    for (const s of option.support) {
      out.push({ ref: s.ref, use: use(s.aspect === 'detail' ? 'detail' : s.wording) });
    }
    for (const l of option.tierLimits ?? []) {
      for (const ref of l.sources) out.push({ ref, use: use('tier limit') });
    }
    for (const c of option.caveats ?? []) {
      for (const ref of c.sources) out.push({ ref, use: use('caveat') });
    }
    for (const ref of option.urgentWhen?.sources ?? []) out.push({ ref, use: use('urgent') });
    for (const r of option.relatedFacts ?? []) {
      for (const ref of r.sources) out.push({ ref, use: use('related fact') });
    }
  }
  for (const conflict of content.conflicts) {
    for (const p of conflict.positions) {
      for (const ref of p.sources) out.push({ ref, use: { kind: 'conflict', id: conflict.id } });
    }
  }
  for (const named of content.namedOnly) {
    for (const ref of named.sources)
      out.push({ ref, use: { kind: 'named-only', id: named.agent } });
  }
  for (const drug of content.drugs) {
    for (const ref of drug.sources) out.push({ ref, use: { kind: 'drug', id: drug.name } });
  }
  for (const [id, refs] of Object.entries(noteEvidence)) {
    for (const ref of refs) out.push({ ref, use: { kind: 'note', id } });
  }
  return out;
}
