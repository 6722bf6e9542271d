import {
  her2IhcCodes,
  her2IshCopyCode,
  her2IshPanelCode,
  her2IshRatioCode,
  hormoneReceptorCombinedCode,
  receptorPercentCodes,
  receptorTestCodes,
  receptorTestSnomed,
} from '../../fhir-codes.ts';
import type { RecordFact } from '../../fhir-import-types.ts';
import type { ObservationResource } from '../../fhir-resources.ts';
import {
  describeMissingResult,
  resultCall,
  statusFromQualitative,
  valueText,
} from '../read-codes.ts';
import type { ObservationInput, ObservationReader } from './observation-reader.ts';

type Receptor = 'er' | 'pr' | 'her2';

/** HER2 by FISH (codes.json: 85318-4, 31150-6, 96893-3); Synthea writes a ratio there as text. */
const her2FishCodes: readonly string[] = ['85318-4', '31150-6', '96893-3'];

function receptorOf({ loinc, snomed }: ObservationInput): Receptor | undefined {
  return (
    (['er', 'pr', 'her2'] as const).find((f) =>
      loinc.some(
        (c) => receptorTestCodes[f].includes(c) || (f === 'her2' && her2IhcCodes.includes(c)),
      ),
    ) ?? snomed.map((c) => receptorTestSnomed[c]).find((f) => f !== undefined)
  );
}

/** An IHC score as records write it: 0 to 3, as a number or as text such as "2+". */
function ihcScore(r: ObservationResource): string | undefined {
  const n = r.valueQuantity?.value ?? r.valueInteger;
  if (n !== undefined && [0, 1, 2, 3].includes(n)) return n === 0 ? '0' : `${n}+`;
  const text = r.valueString?.trim();
  if (text && /^[0-3]\+?$/.test(text)) return text === '0' ? '0' : `${text.replace('+', '')}+`;
  return undefined;
}

/** ER/PR/HER2 status: the call sets the baseline; scores and percentages are shown beside it. */
export const receptorReader: ObservationReader = {
  name: 'receptor',
  matches: (input) => receptorOf(input) !== undefined,
  read(input) {
    const { ctx, p, r, found, loinc, dated } = input;
    const receptor = receptorOf(input);
    if (!receptor) return;
    const label = receptor.toUpperCase();
    const details: RecordFact[] = [];
    const score =
      receptor === 'her2' && loinc.some((c) => her2IhcCodes.includes(c)) ? ihcScore(r) : undefined;
    if (score) {
      details.push({
        topic: 'receptor-detail',
        label: 'HER2 IHC score',
        value: score,
        ...dated,
        source: p.source,
      });
    }
    const percent = receptor !== 'her2' ? r.valueQuantity : undefined;
    if (percent?.value !== undefined && (percent.unit === '%' || percent.code === '%')) {
      details.push({
        topic: 'receptor-detail',
        label: `${label} positive cells`,
        value: `${percent.value} %`,
        ...dated,
        source: p.source,
      });
    }
    const value = resultCall(r);
    // A result in words that is not a call ("greater than 2.2", Synthea's FISH ratio): shown
    // as recorded, never turned into a status.
    const text = r.valueString?.trim();
    if (value === undefined && !score && text) {
      const fish = receptor === 'her2' && loinc.some((c) => her2FishCodes.includes(c));
      details.push({
        topic: 'receptor-detail',
        label: fish ? 'HER2 FISH result (as recorded)' : `${label} result (as recorded)`,
        value: text,
        ...dated,
        source: p.source,
      });
    }
    ctx.facts.records.push(...details);
    if (value === undefined) {
      const why =
        details.length > 0
          ? `${details.map((d) => `${d.label} ${d.value}`).join('; ')} is shown on the review screen; with no positive/negative call ${label} stays as other results give it (the tool does not turn a score or a ratio into a status)`
          : describeMissingResult(r, label);
      ctx.report(p, found, details.length > 0 ? 'mapped' : 'not-mapped', why);
      return;
    }
    ctx.addBiomarker(p, found, {
      field: receptor,
      ...statusFromQualitative(value, label),
      ...dated,
      source: p.source,
    });
  },
};

/** Quantitative receptor results and HER2 ISH numbers: shown, never a call. */
export const receptorDetailReader: ObservationReader = {
  name: 'receptor detail',
  matches: ({ loinc }) =>
    loinc.some(
      (c) =>
        c in receptorPercentCodes ||
        c === her2IshRatioCode ||
        c === her2IshCopyCode ||
        c === her2IshPanelCode ||
        c === hormoneReceptorCombinedCode,
    ),
  read({ ctx, p, r, found, loinc, dated }) {
    const value = valueText(r) ?? resultCall(r);
    const percentOf = loinc.map((c) => receptorPercentCodes[c]).find((f) => f !== undefined);
    const label = percentOf
      ? `${percentOf.toUpperCase()} positive cells`
      : loinc.includes(her2IshRatioCode)
        ? 'HER2/CEP17 ratio (ISH)'
        : loinc.includes(her2IshCopyCode)
          ? 'HER2 copies per nucleus (ISH)'
          : loinc.includes(hormoneReceptorCombinedCode)
            ? 'ER and PR together'
            : 'HER2 ISH panel';
    if (value === undefined) {
      ctx.report(
        p,
        found,
        'not-used',
        `${label} with no value; the panel's members are read on their own`,
      );
      return;
    }
    ctx.addRecord(p, found, {
      topic: 'receptor-detail',
      label,
      value,
      ...(dated.date ? { date: dated.date } : {}),
      ...(label === 'ER and PR together'
        ? { note: 'a combined result does not say which receptor: set ER and PR by hand' }
        : {}),
    });
  },
};
