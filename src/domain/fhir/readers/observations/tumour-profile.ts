import { msiCode, tmbCode } from '../../fhir-codes.ts';
import { resultCall, valueText } from '../read-codes.ts';
import type { ObservationReader } from './observation-reader.ts';

/** MSI and TMB: shown on the review screen; the case format has no place for them. */
export const tumourProfileReader: ObservationReader = {
  name: 'MSI / TMB',
  matches: ({ loinc }) => loinc.includes(msiCode) || loinc.includes(tmbCode),
  read({ ctx, p, r, found, loinc, dated }) {
    const value = valueText(r) ?? resultCall(r);
    if (value === undefined) {
      ctx.report(p, found, 'not-mapped', 'no result value');
      return;
    }
    ctx.addRecord(p, found, {
      topic: 'tumour-profile',
      label: loinc.includes(msiCode)
        ? 'Microsatellite instability (MSI)'
        : 'Tumour mutation burden (TMB)',
      value,
      ...(dated.date ? { date: dated.date } : {}),
    });
  },
};
