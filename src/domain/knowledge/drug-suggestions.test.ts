import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drugAliases, drugNames } from './drugs.ts';
import { editDistance, suggestDrugNames } from './drug-suggestions.ts';

describe('suggestDrugNames', () => {
  it('suggests the drug a one- or two-letter slip was meant to be', () => {
    expect(suggestDrugNames('letrozol')[0]?.names).toEqual(['letrozole']);
    expect(suggestDrugNames('palbociclb')[0]?.names).toEqual(['palbociclib']);
    expect(suggestDrugNames('trastuzimab')[0]?.names).toEqual(['trastuzumab']);
    expect(suggestDrugNames('Femarra')[0]?.names).toEqual(['letrozole']);
  });

  it('suggests nothing for a word far from every known name, or too short to judge', () => {
    expect(suggestDrugNames('paracetamol')).toEqual([]);
    expect(suggestDrugNames('ab')).toEqual([]);
  });

  it('only ever suggests drugs the table holds, each once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const suggestions = suggestDrugNames(text);
        const known = new Set<string>(drugNames);
        expect(suggestions.every((s) => s.names.every((n) => known.has(n)))).toBe(true);
        const ids = suggestions.map((s) => s.names.join('+'));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('finds every known spelling from itself with one letter dropped', () => {
    for (const { alias, names } of drugAliases().filter((a) => a.alias.length >= 6)) {
      const slip = alias.slice(0, 2) + alias.slice(3);
      expect(suggestDrugNames(slip, 10).map((s) => s.names.join('+'))).toContain(names.join('+'));
    }
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('letrozole', 'letrozole')).toBe(0);
    expect(editDistance('letrozol', 'letrozole')).toBe(1);
    expect(editDistance('letrzoole', 'letrozole')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});
