import { pdl1Codes } from '../../fhir-codes.ts';
import { describeMissingResult, resultCall, statusFromQualitative } from '../read-codes.ts';
import type { ObservationReader } from './observation-reader.ts';

/** The percentage code; the others are clone-specific presence tests. */
const percentCode = '83053-9';

/** PD-L1: a positive/negative call is used; a bare percentage is shown and stays unknown. */
export const pdl1Reader: ObservationReader = {
  name: 'PD-L1',
  matches: ({ loinc }) => loinc.some((c) => pdl1Codes.includes(c)),
  read({ ctx, p, r, found, loinc, dated }) {
    const value = resultCall(r);
    const percent = r.valueQuantity?.value;
    if (percent !== undefined && loinc.includes(percentCode)) {
      ctx.facts.records.push({
        topic: 'pd-l1',
        label: 'PD-L1 tumour cells (TPS)',
        value: `${percent}${r.valueQuantity?.unit ?? ' %'}`,
        ...dated,
        source: p.source,
      });
    }
    if (value === undefined) {
      if (percent !== undefined) {
        ctx.addBiomarker(p, found, {
          field: 'pdl1',
          value: 'unknown',
          note: `a percentage (${percent}${r.valueQuantity?.unit ?? ''}) with no positive/negative call; the documents give no cut-off the tool could apply, so PD-L1 stays unknown`,
          ...dated,
          source: p.source,
        });
        return;
      }
      ctx.report(p, found, 'not-mapped', describeMissingResult(r, 'PD-L1'));
      return;
    }
    ctx.addBiomarker(p, found, {
      field: 'pdl1',
      ...statusFromQualitative(value, 'PD-L1'),
      ...dated,
      source: p.source,
    });
  },
};
