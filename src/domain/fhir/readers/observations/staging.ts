import { mCategoryCodes, stageGroupCodes, stageValues, systems } from '../../fhir-codes.ts';
import { codingsOf } from '../../fhir-resources.ts';
import { cancerStagingSystem } from '../../project-codes.ts';
import { valueText } from '../read-codes.ts';
import type { ObservationReader } from './observation-reader.ts';

const stageSystems: readonly string[] = [systems.snomed, cancerStagingSystem];

/** A stage group or M category: shown, and kept for the de novo / recurrent suggestion. */
export const stagingReader: ObservationReader = {
  name: 'staging',
  matches: ({ loinc, snomed }) =>
    loinc.some(
      (c) =>
        (stageGroupCodes.loinc as readonly string[]).includes(c) ||
        (mCategoryCodes.loinc as readonly string[]).includes(c),
    ) ||
    snomed.some(
      (c) =>
        (stageGroupCodes.snomed as readonly string[]).includes(c) ||
        (mCategoryCodes.snomed as readonly string[]).includes(c),
    ),
  read({ ctx, p, r, found, loinc, snomed, dated }) {
    const isM =
      loinc.some((c) => (mCategoryCodes.loinc as readonly string[]).includes(c)) ||
      snomed.some((c) => (mCategoryCodes.snomed as readonly string[]).includes(c));
    const reading = codingsOf(r.valueCodeableConcept)
      .filter((c) => stageSystems.includes(c.system))
      .map((c) => stageValues[c.code])
      .find((v) => v !== undefined);
    const text = valueText(r);
    if (text === undefined) {
      ctx.report(p, found, 'not-mapped', 'a stage with no value');
      return;
    }
    ctx.facts.stages.push({
      text,
      ...(reading ? { reading } : {}),
      ...(dated.date ? { date: dated.date } : {}),
      source: p.source,
    });
    ctx.addRecord(p, found, {
      topic: 'stage',
      label: isM ? 'M category' : 'Stage group',
      value: text,
      ...(dated.date ? { date: dated.date } : {}),
    });
  },
};
