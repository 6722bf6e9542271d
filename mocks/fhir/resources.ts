/**
 * Minimal FHIR R4 types and builders for the mock server. No FHIR type package is installed, so
 * these cover only the fields the synthetic mCODE patients use; every builder returns valid R4
 * JSON (resourceType, id, required elements, relative references).
 */

export const systems = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  hgnc: 'http://www.genenames.org',
  ucum: 'http://unitsofmeasure.org',
} as const;

const mcode = 'http://hl7.org/fhir/us/mcode/StructureDefinition/';

/** mCODE 4.0 profile URLs, so an importer can also select resources by `meta.profile`. */
export const mcodeProfiles = {
  cancerPatient: `${mcode}mcode-cancer-patient`,
  tumorMarkerTest: `${mcode}mcode-tumor-marker-test`,
  genomicVariant: `${mcode}mcode-genomic-variant`,
  ecogPerformanceStatus: `${mcode}mcode-ecog-performance-status`,
  secondaryCancerCondition: `${mcode}mcode-secondary-cancer-condition`,
  cancerDiseaseStatus: `${mcode}mcode-cancer-disease-status`,
  medicationRequest: `${mcode}mcode-cancer-related-medication-request`,
  medicationAdministration: `${mcode}mcode-cancer-related-medication-administration`,
} as const;

export const procedureIntentUrl = `${mcode}mcode-procedure-intent`;

export interface Coding {
  system: string;
  code: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Reference {
  reference: string;
  display?: string;
}
export interface Period {
  start?: string;
  end?: string;
}
export interface Quantity {
  value: number;
  unit: string;
  system?: string;
  code?: string;
}
export interface Extension {
  url: string;
  valueCodeableConcept?: CodeableConcept;
  valueUri?: string;
  extension?: Extension[];
}
export interface Meta {
  profile: string[];
}
export interface HumanName {
  family: string;
  given: string[];
}

interface ResourceBase {
  id: string;
  meta?: Meta;
  extension?: Extension[];
}

export interface Patient extends ResourceBase {
  resourceType: 'Patient';
  name: HumanName[];
  gender: 'female' | 'male' | 'other' | 'unknown';
  birthDate: string;
}

export type ObservationValue =
  | { valueCodeableConcept: CodeableConcept }
  | { valueInteger: number }
  | { valueQuantity: Quantity };

export type ObservationComponent = { code: CodeableConcept } & ObservationValue;

export interface Observation extends ResourceBase {
  resourceType: 'Observation';
  status: 'final' | 'amended' | 'preliminary';
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  focus?: Reference[];
  valueCodeableConcept?: CodeableConcept;
  valueInteger?: number;
  valueQuantity?: Quantity;
  dataAbsentReason?: CodeableConcept;
  component?: ObservationComponent[];
}

export interface Condition extends ResourceBase {
  resourceType: 'Condition';
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  code: CodeableConcept;
  subject: Reference;
  onsetDateTime: string;
}

/** Exactly one of the two medication[x] choices, as FHIR requires. */
export type MedicationChoice =
  { medicationCodeableConcept: CodeableConcept } | { medicationReference: Reference };

export interface Dosage {
  text?: string;
  timing: { repeat: { boundsPeriod: Period } };
}

export type MedicationRequest = ResourceBase & {
  resourceType: 'MedicationRequest';
  status: 'active' | 'on-hold' | 'cancelled' | 'completed' | 'stopped' | 'draft' | 'unknown';
  statusReason?: CodeableConcept;
  intent: 'order';
  subject: Reference;
  authoredOn: string;
  dosageInstruction?: Dosage[];
} & MedicationChoice;

export type MedicationAdministration = ResourceBase & {
  resourceType: 'MedicationAdministration';
  status: 'in-progress' | 'not-done' | 'on-hold' | 'completed' | 'stopped' | 'unknown';
  statusReason?: CodeableConcept[];
  subject: Reference;
  effectivePeriod?: Period;
  effectiveDateTime?: string;
} & MedicationChoice;

/** No synthetic patient has one; the server answers MedicationStatement searches like an EHR that keeps none. */
export type MedicationStatement = ResourceBase & {
  resourceType: 'MedicationStatement';
  status: 'active' | 'completed' | 'stopped' | 'on-hold' | 'unknown';
  subject: Reference;
  effectivePeriod?: Period;
  effectiveDateTime?: string;
} & MedicationChoice;

export interface Medication extends ResourceBase {
  resourceType: 'Medication';
  code: CodeableConcept;
}

export interface Procedure extends ResourceBase {
  resourceType: 'Procedure';
  status: 'completed' | 'in-progress' | 'stopped';
  code: CodeableConcept;
  subject: Reference;
  performedDateTime: string;
  reasonReference?: Reference[];
}

export type FhirResource =
  | Patient
  | Observation
  | Condition
  | MedicationRequest
  | MedicationAdministration
  | MedicationStatement
  | Medication
  | Procedure;

export type ResourceType = FhirResource['resourceType'];

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
  search?: { mode: 'match' | 'include' };
}
export interface BundleLink {
  relation: 'self' | 'next';
  url: string;
}
export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection' | 'searchset';
  timestamp?: string;
  total?: number;
  link?: BundleLink[];
  entry: BundleEntry[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: { severity: 'error' | 'fatal'; code: string; diagnostics: string }[];
}

// --- codings -------------------------------------------------------------------------------

export const coding = (system: string, code: string, display?: string): Coding =>
  display === undefined ? { system, code } : { system, code, display };

/** One coding plus its display as text, the usual shape of a coded FHIR element. */
export const concept = (c: Coding): CodeableConcept =>
  c.display === undefined ? { coding: [c] } : { coding: [c], text: c.display };

/** For things no verified code exists for: text only, never an invented code. */
export const textConcept = (text: string): CodeableConcept => ({ text });

export const patientRef = (patientId: string): Reference => ({
  reference: `Patient/${patientId}`,
});

const clinicalStatusSystem = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const verificationStatusSystem = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';

export const clinicalStatus = (
  code: 'active' | 'recurrence' | 'relapse' | 'inactive' | 'remission' | 'resolved',
): CodeableConcept => ({ coding: [{ system: clinicalStatusSystem, code }] });

export const verificationStatus = (
  code: 'unconfirmed' | 'provisional' | 'differential' | 'confirmed' | 'refuted',
): CodeableConcept => ({ coding: [{ system: verificationStatusSystem, code }] });

// --- resources -----------------------------------------------------------------------------

const withProfile = (profile: string | undefined): { meta?: Meta } =>
  profile === undefined ? {} : { meta: { profile: [profile] } };

export function patient(args: {
  id: string;
  family: string;
  given: string[];
  birthDate: string;
}): Patient {
  return {
    resourceType: 'Patient',
    id: args.id,
    ...withProfile(mcodeProfiles.cancerPatient),
    name: [{ family: args.family, given: args.given }],
    gender: 'female',
    birthDate: args.birthDate,
  };
}

export function observation(args: {
  id: string;
  patientId: string;
  code: CodeableConcept;
  date: string;
  value?: ObservationValue;
  dataAbsentReason?: CodeableConcept;
  component?: ObservationComponent[];
  focus?: Reference[];
  profile?: string;
}): Observation {
  return {
    resourceType: 'Observation',
    id: args.id,
    ...withProfile(args.profile),
    status: 'final',
    code: args.code,
    subject: patientRef(args.patientId),
    ...(args.focus === undefined ? {} : { focus: args.focus }),
    effectiveDateTime: args.date,
    ...args.value,
    ...(args.dataAbsentReason === undefined ? {} : { dataAbsentReason: args.dataAbsentReason }),
    ...(args.component === undefined ? {} : { component: args.component }),
  };
}

export function condition(args: {
  id: string;
  patientId: string;
  code: CodeableConcept;
  onset: string;
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  profile?: string;
}): Condition {
  return {
    resourceType: 'Condition',
    id: args.id,
    ...withProfile(args.profile ?? mcodeProfiles.secondaryCancerCondition),
    ...(args.clinicalStatus === undefined ? {} : { clinicalStatus: args.clinicalStatus }),
    ...(args.verificationStatus === undefined
      ? {}
      : { verificationStatus: args.verificationStatus }),
    code: args.code,
    subject: patientRef(args.patientId),
    onsetDateTime: args.onset,
  };
}

/** A medication given either inline (a concept) or as a reference to a Medication resource. */
export type MedicationSource = CodeableConcept | Reference;

const medicationChoice = (medication: MedicationSource): MedicationChoice =>
  'reference' in medication
    ? { medicationReference: medication }
    : { medicationCodeableConcept: medication };

const intentExtension = (intent: Coding): Extension => ({
  url: procedureIntentUrl,
  valueCodeableConcept: concept(intent),
});

export function medicationRequest(args: {
  id: string;
  patientId: string;
  medication: MedicationSource;
  authoredOn: string;
  status: MedicationRequest['status'];
  statusReason?: CodeableConcept;
  /** Planned or actual treatment period, carried in `dosageInstruction[0].timing`. */
  period?: Period;
  intent?: Coding;
}): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: args.id,
    ...withProfile(mcodeProfiles.medicationRequest),
    ...(args.intent === undefined ? {} : { extension: [intentExtension(args.intent)] }),
    status: args.status,
    ...(args.statusReason === undefined ? {} : { statusReason: args.statusReason }),
    intent: 'order',
    ...medicationChoice(args.medication),
    subject: patientRef(args.patientId),
    authoredOn: args.authoredOn,
    ...(args.period === undefined
      ? {}
      : { dosageInstruction: [{ timing: { repeat: { boundsPeriod: args.period } } }] }),
  };
}

export function medicationAdministration(args: {
  id: string;
  patientId: string;
  medication: MedicationSource;
  status: MedicationAdministration['status'];
  effective: Period | string;
  statusReason?: CodeableConcept;
  intent?: Coding;
}): MedicationAdministration {
  return {
    resourceType: 'MedicationAdministration',
    id: args.id,
    ...withProfile(mcodeProfiles.medicationAdministration),
    ...(args.intent === undefined ? {} : { extension: [intentExtension(args.intent)] }),
    status: args.status,
    ...(args.statusReason === undefined ? {} : { statusReason: [args.statusReason] }),
    ...medicationChoice(args.medication),
    subject: patientRef(args.patientId),
    ...(typeof args.effective === 'string'
      ? { effectiveDateTime: args.effective }
      : { effectivePeriod: args.effective }),
  };
}

export function medication(args: { id: string; code: CodeableConcept }): Medication {
  return { resourceType: 'Medication', id: args.id, code: args.code };
}

export function procedure(args: {
  id: string;
  patientId: string;
  code: CodeableConcept;
  date: string;
  reason?: Reference[];
}): Procedure {
  return {
    resourceType: 'Procedure',
    id: args.id,
    status: 'completed',
    code: args.code,
    subject: patientRef(args.patientId),
    performedDateTime: args.date,
    ...(args.reason === undefined ? {} : { reasonReference: args.reason }),
  };
}

// --- bundles -------------------------------------------------------------------------------

/** Absolute URLs in `fullUrl` (not urn:uuid) so relative references resolve against them. */
export const canonicalBase = 'https://fhir.example.org/fhir';

export const fullUrl = (resource: FhirResource, base: string = canonicalBase): string =>
  `${base}/${resource.resourceType}/${resource.id}`;

export const bundleEntry = (resource: FhirResource, base?: string): BundleEntry => ({
  fullUrl: fullUrl(resource, base),
  resource,
});

export const searchEntry = (resource: FhirResource, base: string): BundleEntry => ({
  ...bundleEntry(resource, base),
  search: { mode: 'match' },
});

export const referenceTo = (resource: FhirResource, display?: string): Reference =>
  display === undefined
    ? { reference: `${resource.resourceType}/${resource.id}` }
    : { reference: `${resource.resourceType}/${resource.id}`, display };

export const operationOutcome = (code: string, diagnostics: string): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code, diagnostics }],
});
