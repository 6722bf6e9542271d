import { ecogAnswers, ecogCode, karnofskyCode, systems } from '../../fhir-codes.ts';
import { codeIn } from '../read-codes.ts';
import type { ObservationReader } from './observation-reader.ts';

/** ECOG 0-4 goes into the case (5 is reported): the score, or its LOINC answer. */
export const ecogReader: ObservationReader = {
  name: 'ECOG',
  matches: ({ loinc }) => loinc.includes(ecogCode),
  read({ ctx, p, r, found, dated }) {
    const answer = [
      ...codeIn(r.valueCodeableConcept, systems.loinc),
      ...(r.interpretation ?? []).flatMap((i) => codeIn(i, systems.loinc)),
    ]
      .map((c) => ecogAnswers[c])
      .find((v) => v !== undefined);
    const value = r.valueInteger ?? answer;
    if (value === undefined || !Number.isInteger(value) || value < 0 || value > 4) {
      ctx.report(
        p,
        found,
        'not-mapped',
        value === undefined
          ? 'no ECOG score given'
          : `ECOG ${value} is outside the 0-4 the case format records`,
      );
      return;
    }
    ctx.facts.ecog.push({ value, ...(dated.date ? { date: dated.date } : {}), source: p.source });
    ctx.report(p, found, 'mapped', `ECOG ${value}`);
  },
};

/** Karnofsky: the case records ECOG only, so it is shown, never converted. */
export const karnofskyReader: ObservationReader = {
  name: 'Karnofsky',
  matches: ({ loinc }) => loinc.includes(karnofskyCode),
  read({ ctx, p, r, found, dated }) {
    const value = r.valueInteger ?? r.valueQuantity?.value;
    if (value === undefined || value < 0 || value > 100) {
      ctx.report(p, found, 'not-mapped', 'no Karnofsky score from 0 to 100 given');
      return;
    }
    ctx.addRecord(p, found, {
      topic: 'performance',
      label: 'Karnofsky performance status',
      value: String(value),
      ...(dated.date ? { date: dated.date } : {}),
      note: 'the case records ECOG; the tool does not convert Karnofsky to ECOG',
    });
  },
};
