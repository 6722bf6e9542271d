import type { DrugName } from '../../knowledge/drugs.ts';
import { extensionUrls, localSystems, systems } from '../fhir-codes.ts';
import { exportRxNorm } from './medication-code.ts';

/** Small builders shared by the export modules: FHIR JSON as plain objects. */

export type Json = Record<string, unknown>;

export const patientId = 'patient';
export const subject = { reference: `Patient/${patientId}` };

export function coding(system: string, code: string, display?: string): Json {
  return display ? { system, code, display } : { system, code };
}

export const ext = (url: string, value: Json): Json => ({ url, ...value });

export const indexExtension = (index: number) =>
  ext(extensionUrls.eventIndex, { valueInteger: index });

export const noteExtension = (note: string | undefined): Json[] =>
  note ? [ext(extensionUrls.note, { valueString: note })] : [];

/** `Type/id` of a built resource, as references and the omission report name it. */
export const refOf = (resource: Json) =>
  `${String(resource['resourceType'])}/${String(resource['id'])}`;

export function drugConcept(name: DrugName): Json {
  // Some drugs have no verified RxNorm code (capivasertib, margetuximab): the local code and the
  // name carry them, never an invented one.
  const rx = exportRxNorm(name);
  return {
    coding: [...(rx ? [coding(systems.rxnorm, rx)] : []), coding(localSystems.drug, name, name)],
    text: name,
  };
}
