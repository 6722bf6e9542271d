import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../test/knowledge.ts';
import { parseCaseText } from '../case/parse-case.ts';
import { recommendCase } from '../recommend-case.ts';
import { tierOfWording, tierOrder, wordingCues } from './tiers.ts';

const wordsOf = (ref: Parameters<typeof knowledge.evidence.quote>[0]) => {
  const quoted = knowledge.evidence.quote(ref);
  return `${quoted.quote} ${quoted.listItem ?? ''}`;
};

describe('tiers follow the documents’ wording', () => {
  it('records for every supporting sentence a wording its words bear out', () => {
    const problems: string[] = [];
    for (const option of knowledge.options) {
      for (const support of option.support) {
        if (support.wording === 'named') continue;
        const cue = wordingCues[support.wording];
        const words = wordsOf(support.ref);
        if (!cue.test(words)) {
          problems.push(`${option.id}: "${words}" recorded as ${support.wording}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never reads naming the line ("first-line", "as a first ... therapy") as ranking first', () => {
    for (const option of knowledge.options) {
      for (const support of option.support) {
        if (support.wording !== 'first-choice') continue;
        const words = wordsOf(support.ref);
        const onlyLine =
          /first-line|as a first [a-z-]+ therapy/i.test(words) &&
          !/primary|usually the first/i.test(words);
        expect(onlyLine, `${option.id}: ${words}`).toBe(false);
      }
    }
  });

  const cases = [
    ...readdirSync(join(import.meta.dirname, '../../../public/scenarios'))
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .map((f) => join(import.meta.dirname, '../../../public/scenarios', f)),
    ...readdirSync(join(import.meta.dirname, '../../../test/fixtures/oncologist-cases')).map((f) =>
      join(import.meta.dirname, '../../../test/fixtures/oncologist-cases', f),
    ),
  ];

  it('gives every candidate the tier of its strongest applicable sentence, lowered only by a stated limit', () => {
    expect(cases.length).toBeGreaterThan(40);
    for (const file of cases) {
      const parsed = parseCaseText(readFileSync(file, 'utf8'));
      if (!parsed.ok) throw new Error(file);
      const result = recommendCase(parsed.caseFile, knowledge);
      if (!result.ok) throw new Error(file);
      for (const c of result.recommendation.candidates) {
        const { wording, source, limits } = c.tierBasis;
        const fromWording = tierOfWording[wording];
        const lowest = [fromWording, ...limits.map((l) => l.to)].sort(
          (a, b) => tierOrder.indexOf(b) - tierOrder.indexOf(a),
        )[0];
        expect(c.tier, `${file}: ${c.id}`).toBe(lowest);
        if (source) expect(c.sources.map((s) => s.sentence)).toContain(source.sentence);
        for (const limit of limits) expect(limit.why.length).toBeGreaterThan(10);
      }
    }
  });
});
