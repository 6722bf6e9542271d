import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../test/knowledge.ts';
import { parseCaseText } from '../case/parse-case.ts';
import { modalities } from '../knowledge/option.ts';
import {
  choiceGroupHeading,
  groupChoicesByModality,
  modalityLabel,
  optionModality,
} from './choice-groups.ts';
import { pickableOptions, scenarioSteps } from './step-through.ts';

const scenariosDir = join(import.meta.dirname, '../../../public/scenarios');
const indexed = (
  JSON.parse(readFileSync(join(scenariosDir, 'index.json'), 'utf8')) as {
    scenarios: Array<{ file: string }>;
  }
).scenarios;

describe('choices grouped by modality', () => {
  const options = pickableOptions(knowledge);
  const groups = groupChoicesByModality(options);

  it('puts every option a trainee can pick in exactly one group, in the knowledge base order', () => {
    const grouped = groups.flatMap((g) => g.options.map((o) => o.id));
    expect([...grouped].sort()).toEqual(options.map((o) => o.id).sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    const order = groups.map((g) => modalities.indexOf(g.modality));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const group of groups) {
      const inKbOrder = options.filter((o) => group.options.includes(o)).map((o) => o.id);
      expect(group.options.map((o) => o.id)).toEqual(inKbOrder);
      expect(group.label).toBe(modalityLabel(group.modality));
    }
  });

  it('files the drug regimens under the four systemic modalities', () => {
    expect(groups.map((g) => g.modality)).toEqual([
      'immunotherapy',
      'targeted',
      'endocrine',
      'chemotherapy',
    ]);
    const groupOf = (id: string) => groups.find((g) => g.options.some((o) => o.id === id));
    expect(groupOf('tamoxifen')?.modality).toBe('endocrine');
    expect(groupOf('fulvestrant')?.modality).toBe('endocrine');
    // A hormone drug with a CDK4/6 inhibitor is targeted, as the candidates table labels it.
    expect(groupOf('aromatase-inhibitor-cdk46')?.modality).toBe('targeted');
    expect(groupOf('parp-inhibitor')?.modality).toBe('targeted');
    expect(groupOf('chemotherapy-single-agent')?.modality).toBe('chemotherapy');
    expect(groupOf('atezolizumab-nab-paclitaxel')?.modality).toBe('immunotherapy');
  });

  it('agrees with the modality the engine gives each candidate in every scenario', () => {
    const byId = new Map(options.map((o) => [o.id, o]));
    let checked = 0;
    for (const { file } of indexed) {
      const parsed = parseCaseText(readFileSync(join(scenariosDir, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} invalid`);
      for (const step of scenarioSteps(parsed.caseFile, knowledge).filter((s) => s.isDecisionPoint))
        for (const candidate of step.recommendation.candidates) {
          const option = byId.get(candidate.id);
          if (!option) continue;
          expect(optionModality(option), candidate.id).toBe(candidate.modality);
          checked += 1;
        }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('names what a group combines with in its heading', () => {
    const heading = (modality: string) => {
      const group = groups.find((g) => g.modality === modality);
      if (!group) throw new Error(`no ${modality} group`);
      return choiceGroupHeading(group);
    };
    expect(heading('immunotherapy')).toBe('Immunotherapy (with chemotherapy)');
    expect(heading('targeted')).toBe(
      'Targeted therapy (some with endocrine therapy or chemotherapy)',
    );
    expect(heading('endocrine')).toBe('Endocrine therapy (some with chemotherapy)');
    expect(heading('chemotherapy')).toBe('Chemotherapy');
  });

  it('gives no group for no options', () => {
    expect(groupChoicesByModality([])).toEqual([]);
  });
});
