import { extensionUrls, systems } from '../fhir-codes.ts';
import { describeConcept, type ObservationResource } from '../fhir-resources.ts';
import { codeIn, describeValue, intExtension, observationDay, wrongSystem } from './read-codes.ts';
import type { Parsed, ReaderContext } from './reader-context.ts';
import { diseaseStatusReader } from './observations/disease-status.ts';
import {
  brcaFindingReader,
  brcaTestReader,
  genomicVariantReader,
  pik3caTestReader,
} from './observations/genomic.ts';
import { menopauseReader } from './observations/menopause.ts';
import type { ObservationInput, ObservationReader } from './observations/observation-reader.ts';
import { ecogReader, karnofskyReader } from './observations/performance.ts';
import { pdl1Reader } from './observations/pdl1.ts';
import { receptorDetailReader, receptorReader } from './observations/receptor.ts';
import { stagingReader } from './observations/staging.ts';
import { tumourProfileReader } from './observations/tumour-profile.ts';

/**
 * The observation readers in the order they are tried; each decides by the observation's code
 * (the BRCA finding last, since it is recognised by its value).
 */
export const observationReaders: readonly ObservationReader[] = [
  receptorReader,
  receptorDetailReader,
  pdl1Reader,
  genomicVariantReader,
  brcaTestReader,
  pik3caTestReader,
  menopauseReader,
  ecogReader,
  karnofskyReader,
  diseaseStatusReader,
  stagingReader,
  tumourProfileReader,
  brcaFindingReader,
];

export function readObservation(ctx: ReaderContext, p: Parsed, r: ObservationResource): void {
  const found = `${describeConcept(r.code)} = ${describeValue(r)}${r.effectiveDateTime ? ` on ${r.effectiveDateTime}` : ''}`;
  if (r.status === 'entered-in-error' || r.status === 'cancelled') {
    ctx.report(p, found, 'not-used', `status ${r.status}`);
    return;
  }
  const index = intExtension(r.extension, extensionUrls.eventIndex);
  const input: ObservationInput = {
    ctx,
    p,
    r,
    found,
    loinc: codeIn(r.code, systems.loinc),
    snomed: codeIn(r.code, systems.snomed),
    dated: { ...observationDay(r), ...(index === undefined ? {} : { index }) },
  };
  const reader = observationReaders.find((candidate) => candidate.matches(input));
  if (reader) {
    reader.read(input);
    return;
  }
  const wrong = wrongSystem(r.code) ?? wrongSystem(r.valueCodeableConcept);
  if (wrong) ctx.report(p, found, 'not-mapped', wrong);
  else ctx.report(p, found, 'not-used', 'an observation the dashboard does not use');
}
