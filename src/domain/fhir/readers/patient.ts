import { presentations } from '../../case/vocabulary.ts';
import { fhirDay } from '../fhir-dates.ts';
import { extensionUrls } from '../fhir-codes.ts';
import type { PatientFacts } from '../fhir-import-types.ts';
import { findExtension, type PatientResource } from '../fhir-resources.ts';
import { formatHumanName } from '../human-name.ts';

/** The patient's name, birth date and, on data this dashboard exported, its own extensions. */
export function readPatient(r: PatientResource, source: string): PatientFacts {
  const text = formatHumanName(r.name?.[0]);
  const birth = fhirDay(r.birthDate, 'birth date');
  const rawAge = findExtension(r.extension, extensionUrls.age)?.valueInteger;
  const age = rawAge !== undefined && Number.isInteger(rawAge) ? rawAge : undefined;
  const presentation = presentations.find(
    (p) => p === findExtension(r.extension, extensionUrls.presentation)?.valueCode,
  );
  const title = findExtension(r.extension, extensionUrls.caseTitle)?.valueString;
  return {
    id: r.id,
    source,
    ...(text ? { name: text } : {}),
    ...(birth.ok ? { birthDate: birth.date } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(presentation ? { presentation } : {}),
    ...(title !== undefined ? { title } : {}),
  };
}

export function describePatient(r: PatientResource): string {
  const text = formatHumanName(r.name?.[0]);
  return `patient ${text || r.id}${r.birthDate ? `, born ${r.birthDate}` : ''}`;
}
