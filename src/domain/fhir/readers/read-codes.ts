import type { IsoDate } from '../../case/iso-date.ts';
import { fhirDay } from '../fhir-dates.ts';
import {
  extensionUrls,
  systemNames,
  systems,
  resultValues,
  treatmentIntentValues,
  variantAbsent,
  variantPresent,
  type Qualitative,
  type TreatmentIntent,
} from '../fhir-codes.ts';
import {
  codingsOf,
  describeConcept,
  findExtension,
  type CodeableConcept,
  type Extension,
  type ObservationResource,
} from '../fhir-resources.ts';
import { interpretationSystem, interpretationValueSetSystem } from '../project-codes.ts';
import { knownCodes } from './known-codes.ts';

/** Small helpers every reader uses; codes are compared by system and code, never by display. */

export function codeIn(concept: CodeableConcept | undefined, system: string): string[] {
  return codingsOf(concept)
    .filter((c) => c.system === system)
    .map((c) => c.code);
}

export function intExtension(
  list: readonly Extension[] | undefined,
  url: string,
): number | undefined {
  const value = findExtension(list, url)?.valueInteger;
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

export function oneOf<T extends string>(
  values: readonly T[],
  value: string | undefined,
): T | undefined {
  return values.find((v) => v === value);
}

/** "Right code, wrong system": said instead of a bare "not used". */
export function wrongSystem(concept: CodeableConcept | undefined): string | undefined {
  for (const c of codingsOf(concept)) {
    const expected = knownCodes.get(c.code);
    if (expected && expected !== c.system) {
      return `code ${c.code} is a ${systemNames[expected] ?? expected} code but is given under ${systemNames[c.system] ?? c.system}; codes are read only in their own system`;
    }
  }
  return undefined;
}

/** HL7 v3 ObservationInterpretation calls (project-codes.ts), in the two systems records use. */
const interpretationValues: Readonly<Record<string, Qualitative>> = {
  POS: 'positive',
  DET: 'positive',
  NEG: 'negative',
  ND: 'negative',
  IND: 'equivocal',
};

export function qualitativeOf(concept: CodeableConcept | undefined): Qualitative | undefined {
  for (const c of codingsOf(concept)) {
    const value = resultValues[c.system]?.[c.code];
    if (value) return value;
    if (c.system === interpretationSystem || c.system === interpretationValueSetSystem) {
      const call = interpretationValues[c.code];
      if (call) return call;
    }
  }
  return undefined;
}

/** The value's call, else the interpretation's: records put the call in either place. */
export function resultCall(r: ObservationResource): Qualitative | undefined {
  return (
    qualitativeOf(r.valueCodeableConcept) ??
    (r.interpretation ?? []).map(qualitativeOf).find((v) => v !== undefined)
  );
}

export function variantCall(concept: CodeableConcept | undefined): boolean | undefined {
  for (const c of codingsOf(concept)) {
    if (c.system === systems.loinc && c.code === variantPresent.code) return true;
    if (c.system === systems.loinc && c.code === variantAbsent.code) return false;
  }
  const value = qualitativeOf(concept);
  if (value === 'positive') return true;
  if (value === 'negative') return false;
  return undefined;
}

export function statusFromQualitative(
  value: Qualitative,
  label: string,
): { value: 'positive' | 'negative' | 'unknown'; note?: string } {
  switch (value) {
    case 'positive':
    case 'negative':
      return { value };
    case 'equivocal':
      return {
        value: 'unknown',
        note: `${label} is equivocal; it stays unknown until a confirming test is entered`,
      };
    case 'not-done':
      return { value: 'unknown', note: `${label} test not done` };
  }
}

export function describeValue(r: ObservationResource): string {
  if (r.valueCodeableConcept) return describeConcept(r.valueCodeableConcept);
  if (r.valueQuantity) return `${r.valueQuantity.value ?? '?'}${r.valueQuantity.unit ?? ''}`;
  if (r.valueInteger !== undefined) return String(r.valueInteger);
  if (r.valueString !== undefined) return `"${r.valueString}"`;
  return '(no value)';
}

/** The value in words for a shown-only fact: display, code, number or text as recorded. */
export function valueText(r: ObservationResource): string | undefined {
  const coded = codingsOf(r.valueCodeableConcept)[0];
  if (coded) return coded.display ?? coded.code;
  if (r.valueCodeableConcept?.text) return r.valueCodeableConcept.text;
  if (r.valueQuantity?.value !== undefined) {
    return `${r.valueQuantity.value}${r.valueQuantity.unit ? ` ${r.valueQuantity.unit}` : ''}`;
  }
  if (r.valueInteger !== undefined) return String(r.valueInteger);
  if (r.valueString !== undefined) return r.valueString;
  return undefined;
}

export function describeMissingResult(r: ObservationResource, what: string): string {
  const wrong = wrongSystem(r.valueCodeableConcept);
  if (wrong) return wrong;
  if (r.valueCodeableConcept || r.valueString !== undefined || r.valueQuantity) {
    return `the ${what} result is not one the tool can read as positive or negative; set it by hand`;
  }
  return `no ${what} result value`;
}

/** The day an observation was made, when it gives one. */
export function observationDay(r: ObservationResource): { date?: IsoDate } {
  const day = fhirDay(r.effectiveDateTime ?? r.effectivePeriod?.start ?? r.issued, 'date');
  return day.ok ? { date: day.date } : {};
}

/** mCODE's treatment intent extension on a medicine or procedure. */
export function intentOf(extension: readonly Extension[] | undefined): TreatmentIntent | undefined {
  for (const e of extension ?? []) {
    if (e.url !== extensionUrls.treatmentIntent) continue;
    for (const code of codeIn(e.valueCodeableConcept, systems.snomed)) {
      const intent = treatmentIntentValues[code];
      if (intent) return intent;
    }
  }
  return undefined;
}
