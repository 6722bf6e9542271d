import { menopauseCode, menopauseValues, systems } from '../../fhir-codes.ts';
import { codingsOf } from '../../fhir-resources.ts';
import { codeIn, describeMissingResult } from '../read-codes.ts';
import type { ObservationReader } from './observation-reader.ts';

/** Menopausal status (ICHOM's SNOMED observable); "asked but unknown" reads as unknown. */
export const menopauseReader: ObservationReader = {
  name: 'menopause',
  matches: ({ snomed }) => snomed.includes(menopauseCode.code),
  read({ ctx, p, r, found, dated }) {
    const value = codeIn(r.valueCodeableConcept, systems.snomed)
      .map((c) => menopauseValues[c])
      .find((v) => v !== undefined);
    const asked = codingsOf(r.valueCodeableConcept).some((c) => c.code === 'ASKU');
    if (!value && !asked) {
      ctx.report(p, found, 'not-mapped', describeMissingResult(r, 'menopausal status'));
      return;
    }
    ctx.facts.menopause.push({
      value: value ?? 'unknown',
      ...(dated.date ? { date: dated.date } : {}),
      source: p.source,
    });
    ctx.report(p, found, 'mapped', `menopausal status: ${value ?? 'unknown'}`);
  },
};
