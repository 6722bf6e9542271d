import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../test/knowledge.ts';
import { parseCaseText } from '../case/parse-case.ts';
import { reviewScenario } from './scenario-review.ts';
import { scenarioSteps } from './step-through.ts';

const scenariosDir = join(import.meta.dirname, '../../../public/scenarios');
function steps(id: string) {
  const parsed = parseCaseText(readFileSync(join(scenariosDir, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id} invalid`);
  return scenarioSteps(parsed.caseFile, knowledge);
}
const labels = new Map(knowledge.options.map((o) => [o.id, o.label]));
const optionLabel = (id: string) => labels.get(id) ?? id;
const goal = 'Intolerance is not progression.';

describe('the review at the end of a scenario', () => {
  const intolerance = steps('aromatase-inhibitor-intolerance');

  it('sets each choice against what the documents support, with their words', () => {
    const review = reviewScenario(
      intolerance,
      { 1: 'chemotherapy-single-agent', 3: 'tamoxifen' },
      { goal, optionLabel },
    );
    expect(review).toMatchObject({ goal, total: 2, answered: 2, matched: 1, complete: true });
    const [first, second] = review.decisions;
    if (!first || !second) throw new Error('two decisions expected');
    expect(first).toMatchObject({ revealed: 1, line: 1 });
    expect(first.pick).toMatchObject({
      id: 'chemotherapy-single-agent',
      label: 'Single-agent chemotherapy',
      grade: { supported: false },
    });
    // Ruled out: the sentences behind the exclusion, as the engine quoted them.
    const excluded = intolerance[1]?.recommendation.excluded.find(
      (e) => e.id === 'chemotherapy-single-agent',
    );
    expect(first.pick?.quotes).toEqual(excluded?.sources?.slice(0, 2));
    expect(first.pick?.quotes.length).toBeGreaterThan(0);

    expect(second).toMatchObject({ revealed: 3, line: 2 });
    expect(second.pick).toMatchObject({
      id: 'tamoxifen',
      grade: { supported: true, tier: 'alternative' },
    });
    const tamoxifen = intolerance[3]?.recommendation.candidates.find((c) => c.id === 'tamoxifen');
    expect(second.pick?.quotes).toEqual([tamoxifen?.tierBasis.source]);
  });

  it('lists only the regimens a trainee could pick, strongest first, each with a quote', () => {
    const review = reviewScenario(intolerance, {}, { goal, optionLabel });
    const first = review.decisions[0];
    if (!first) throw new Error('a decision expected');
    const ids = first.supported.map((o) => o.id);
    expect(ids[0]).toBe('aromatase-inhibitor');
    expect(ids).toContain('tamoxifen');
    expect(ids).not.toContain('palliative-care');
    expect(ids).not.toContain('clinical-trial');
    for (const option of first.supported) {
      expect(option.quote?.quote.length, option.id).toBeGreaterThan(10);
      expect(option.quote?.sentence, option.id).toMatch(/^\d{3}\//);
    }
  });

  it('is not complete while a decision is unanswered', () => {
    const review = reviewScenario(intolerance, { 1: 'tamoxifen' }, { goal, optionLabel });
    expect(review).toMatchObject({ total: 2, answered: 1, matched: 1, complete: false });
    expect(review.decisions[1]?.pick).toBeUndefined();
  });

  it('quotes nothing for a choice the documents neither support nor rule out here', () => {
    const review = reviewScenario(intolerance, { 1: 'no-such-option' }, { goal, optionLabel });
    expect(review.decisions[0]?.pick).toMatchObject({
      label: 'no-such-option',
      grade: { supported: false },
      quotes: [],
    });
  });
});
