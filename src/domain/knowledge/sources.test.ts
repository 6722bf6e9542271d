import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflicts } from './conflicts.ts';
import { drugs } from './drugs.ts';
import { knowledge } from './index.ts';
import { sourceDocuments, type DocumentId, type SourceRef } from './sources.ts';

const sourcesDir = join(import.meta.dirname, '../../../../shared/sources');

function documentText(id: DocumentId): string {
  const file = readdirSync(sourcesDir).find((name) => name.startsWith(`${id}_`));
  if (!file) throw new Error(`no source file for ${id}`);
  return readFileSync(join(sourcesDir, file), 'utf8');
}

/** A heading stands on its own line, or opens a paragraph as a label ("Hormone therapy:"). */
function hasHeading(text: string, heading: string): boolean {
  return text
    .split('\n')
    .map((line) => line.trim())
    .some((line) => line === heading || line.startsWith(`${heading}:`));
}

const everyCitation: Array<{ where: string; ref: SourceRef }> = [
  ...knowledge.options.flatMap((o) => o.sources.map((ref) => ({ where: `option ${o.id}`, ref }))),
  ...drugs.flatMap((d) => d.sources.map((ref) => ({ where: `drug ${d.name}`, ref }))),
  ...conflicts.flatMap((c) =>
    c.positions.flatMap((p) => p.sources.map((ref) => ({ where: `conflict ${c.id}`, ref }))),
  ),
];

describe('source citations', () => {
  it('lists the five documents, newest first by recency rank', () => {
    expect(sourceDocuments.map((d) => d.id).sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(new Set(sourceDocuments.map((d) => d.recency)).size).toBe(5);
    expect(sourceDocuments.find((d) => d.recency === 1)?.id).toBe('003');
  });

  it('records only headings that appear in the document as written', () => {
    for (const doc of sourceDocuments) {
      const text = documentText(doc.id);
      for (const section of doc.sections) {
        expect(hasHeading(text, section), `${doc.id}: "${section}"`).toBe(true);
      }
    }
  });

  it('cites every option, drug and conflict by a heading recorded for that document', () => {
    expect(everyCitation.length).toBeGreaterThan(100);
    for (const { where, ref } of everyCitation) {
      const doc = sourceDocuments.find((d) => d.id === ref.doc);
      expect(doc?.sections, `${where} cites ${ref.doc} "${ref.section}"`).toContain(ref.section);
    }
  });

  it('names every drug in at least one document', () => {
    const allText = sourceDocuments.map((d) => documentText(d.id).toLowerCase()).join('\n');
    for (const drug of drugs) {
      const spellings = [drug.name, ...drug.brands, ...drug.otherSpellings];
      expect(
        spellings.some((s) => allText.includes(s.toLowerCase())),
        `${drug.name} appears in a document`,
      ).toBe(true);
    }
  });
});
