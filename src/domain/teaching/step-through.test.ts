import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseText } from '../case/parse-case.ts';

import { gradePick, pickableOptions, scenarioSteps, summariseAnswers } from './step-through.ts';
import { knowledge } from '../../../test/knowledge.ts';

const scenariosDir = join(import.meta.dirname, '../../../public/scenarios');

function scenario(id: string) {
  const parsed = parseCaseText(readFileSync(join(scenariosDir, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id} invalid`);
  return parsed.caseFile;
}

describe('teaching scenarios', () => {
  const index = JSON.parse(readFileSync(join(scenariosDir, 'index.json'), 'utf8')) as {
    scenarios: Array<{ id: string; file: string; title: string; goal: string; difficulty: string }>;
  };

  it('has at least 12 valid scenarios, each with a title, a goal and a difficulty', () => {
    expect(index.scenarios.length).toBeGreaterThanOrEqual(12);
    for (const entry of index.scenarios) {
      const steps = scenarioSteps(scenario(entry.id), knowledge);
      expect(entry.goal.length, entry.id).toBeGreaterThan(20);
      expect(['introductory', 'intermediate', 'advanced']).toContain(entry.difficulty);
      expect(
        steps.some((s) => s.isDecisionPoint),
        `${entry.id} has a decision point`,
      ).toBe(true);
    }
  });

  it('marks the steps where a line must be chosen', () => {
    const steps = scenarioSteps(scenario('hr-positive-after-ai'), knowledge);
    expect(steps.map((s) => s.isDecisionPoint)).toEqual([false, true, false, false, true, false]);
    expect(steps[4]?.recommendation.line).toBe(2);
  });

  it('grades a pick against what the documents support at that step', () => {
    const steps = scenarioSteps(scenario('aromatase-inhibitor-intolerance'), knowledge);
    const afterIntolerance = steps[3];
    if (!afterIntolerance) throw new Error('missing step');
    // 003: tamoxifen "may be offered" when aromatase inhibitors cannot be taken: an alternative.
    expect(gradePick(afterIntolerance.recommendation, 'tamoxifen')).toMatchObject({
      supported: true,
      tier: 'alternative',
    });
    expect(gradePick(afterIntolerance.recommendation, 'chemotherapy-single-agent')).toMatchObject({
      supported: false,
    });
    expect(gradePick(afterIntolerance.recommendation, 'trastuzumab-chemotherapy')).toEqual({
      supported: false,
      reason: 'HER2-negative',
    });
  });

  it('offers every regimen option to pick from, and summarises the answers', () => {
    const options = pickableOptions(knowledge).map((o) => o.id);
    expect(options).toContain('atezolizumab-nab-paclitaxel');
    expect(options).not.toContain('palliative-care');
    const steps = scenarioSteps(scenario('hr-positive-after-ai'), knowledge);
    const summary = summariseAnswers(steps, {
      1: 'aromatase-inhibitor-cdk46',
      4: 'parp-inhibitor',
    });
    expect(summary).toMatchObject({ total: 2, answered: 2, supported: 1 });
  });
});
