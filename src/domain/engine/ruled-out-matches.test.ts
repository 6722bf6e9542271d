import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../test/knowledge.ts';
import { parseCaseText } from '../case/parse-case.ts';
import { recommendCase } from '../recommend-case.ts';
import { getDrug } from '../knowledge/drugs.ts';
import { ruledOutMatches } from './ruled-out-matches.ts';

const example = (name: string) => {
  const parsed = parseCaseText(
    readFileSync(join(import.meta.dirname, '../../../../shared/examples', `${name}.json`), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example does not parse');
  const result = recommendCase(parsed.caseFile, knowledge);
  if (!result.ok) throw new Error('example does not replay');
  return result.recommendation;
};

// Triple-negative with a BRCA variant: every hormone regimen is ruled out.
const tripleNegative = example('triple-negative-brca');

describe('ruledOutMatches', () => {
  it('finds a ruled-out regimen by one of its agents, naming the agent', () => {
    const found = ruledOutMatches(tripleNegative.excluded, 'palbociclib', knowledge.options);
    expect(found).toContainEqual(
      expect.objectContaining({
        label: 'Aromatase inhibitor + CDK4/6 inhibitor',
        agent: 'palbociclib',
      }),
    );
    expect(tripleNegative.candidates.map((c) => c.id)).not.toContain(found[0]?.id);
  });

  it('finds it by a brand name the drug table holds, and is not fooled by case', () => {
    const brand = getDrug('palbociclib').brands[0];
    if (!brand) throw new Error('palbociclib has no brand in the table');
    const found = ruledOutMatches(tripleNegative.excluded, brand.toUpperCase(), knowledge.options);
    expect(found.map((m) => m.agent)).toContain('palbociclib');
  });

  it('finds an entry by its label, without naming an agent', () => {
    expect(ruledOutMatches(tripleNegative.excluded, ' tamoxifen ', knowledge.options)).toEqual([
      expect.objectContaining({ label: 'Tamoxifen' }),
    ]);
    const tamoxifen = ruledOutMatches(tripleNegative.excluded, 'tamoxifen', knowledge.options)[0];
    expect(tamoxifen?.agent).toBeUndefined();
  });

  it('matches nothing for fewer than three letters or a name nowhere in the list', () => {
    expect(ruledOutMatches(tripleNegative.excluded, 'ta', knowledge.options)).toEqual([]);
    expect(ruledOutMatches(tripleNegative.excluded, 'zzzz', knowledge.options)).toEqual([]);
  });

  it('only ever returns entries of the list, each matching what was typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 8 }), (typed) => {
        const query = typed.trim().toLowerCase();
        for (const match of ruledOutMatches(tripleNegative.excluded, typed, knowledge.options)) {
          const entry = tripleNegative.excluded.find((e) => e.id === match.id);
          expect(entry?.label).toBe(match.label);
          const names = match.agent
            ? [match.agent, ...getDrug(match.agent).brands, ...getDrug(match.agent).otherSpellings]
            : [match.label];
          expect(names.some((n) => n.toLowerCase().includes(query))).toBe(true);
        }
      }),
    );
  });
});
