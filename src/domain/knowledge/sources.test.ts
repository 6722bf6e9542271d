import { describe, expect, it } from 'vitest';
import { knowledge, sourceTexts } from '../../../test/knowledge.ts';
import { drugs } from './drugs.ts';
import { sourceDocuments } from './sources.ts';

describe('source documents', () => {
  it('lists the five documents, newest first by recency rank', () => {
    expect(sourceDocuments.map((d) => d.id).sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(new Set(sourceDocuments.map((d) => d.recency)).size).toBe(5);
    expect(sourceDocuments.find((d) => d.recency === 1)?.id).toBe('003');
  });

  it('names every drug in at least one document', () => {
    const allText = Object.values(sourceTexts).join('\n').toLowerCase();
    for (const drug of drugs) {
      const spellings = [drug.name, ...drug.brands, ...drug.otherSpellings];
      expect(
        spellings.some((s) => allText.includes(s.toLowerCase())),
        `${drug.name} appears in a document`,
      ).toBe(true);
    }
  });

  it('cites for every drug a sentence that names it', () => {
    for (const drug of drugs) {
      const spellings = [drug.name, ...drug.brands, ...drug.otherSpellings].map((s) =>
        s.toLowerCase(),
      );
      for (const ref of drug.sources) {
        const quoted = knowledge.evidence.quote(ref);
        const words = (quoted.listItem ?? quoted.quote).toLowerCase();
        const named =
          spellings.some((s) => words.includes(s)) ||
          // 003 names drugs by family ("anthracycline drugs such as ...", "platinum drugs ...").
          (drug.family !== undefined && words.includes(drug.family));
        expect(named, `${drug.name}: ${ref.doc} "${words}"`).toBe(true);
      }
    }
  });
});
