import type { CaseEvent, Patient, Site } from '../case/case-schema.ts';
import type { IsoDate } from '../case/iso-date.ts';
import type { BiomarkerField } from '../case/vocabulary.ts';
import type { DrugName } from '../knowledge/drugs.ts';
import type { DiseaseStatus, StopReason } from './fhir-codes.ts';

/** What the importer made of one resource, for the review screen. */
export interface FhirEntryReport {
  /** `Observation/er-1`, or `entry[3]` when the entry has no usable id. */
  readonly source: string;
  readonly resourceType: string;
  /** What the resource says, with its codes. */
  readonly found: string;
  outcome: 'mapped' | 'not-used' | 'not-mapped';
  /** What it became, or why it could not be used. */
  result: string;
}

export type PatientFindingField = BiomarkerField | 'menopause' | 'ecog' | 'age' | 'presentation';

/** One baseline fact with where it came from and the results it superseded. */
export interface PatientFinding {
  readonly field: PatientFindingField;
  readonly value: string | number | undefined;
  readonly sources: readonly string[];
  readonly earlier: ReadonlyArray<{ date?: IsoDate; value: string; source: string }>;
  readonly note?: string;
  /** The importer could not decide this from coded data: the user should look. */
  readonly needsCheck: boolean;
}

export interface DraftEvent {
  readonly event: CaseEvent;
  readonly sources: readonly string[];
  readonly notes: readonly string[];
  /** False when the course could not take the event; `problem` says why. */
  readonly include: boolean;
  readonly problem?: string;
}

export interface FhirImportDraft {
  readonly patientId: string;
  readonly patientName?: string;
  readonly title?: string;
  readonly patient: Patient;
  readonly findings: readonly PatientFinding[];
  readonly events: readonly DraftEvent[];
  readonly entries: readonly FhirEntryReport[];
  readonly notes: readonly string[];
}

export interface FhirProblem {
  readonly path: string;
  readonly message: string;
}

export type FhirImportResult =
  | { readonly ok: true; readonly draft: FhirImportDraft }
  | { readonly ok: false; readonly problems: readonly FhirProblem[] };

/* Facts read from single resources, before they are assembled into a case. */

interface FactBase {
  readonly source: string;
  /** Set on resources this dashboard exported: the event's place in the log. */
  readonly index?: number;
}

export type BiomarkerValue = 'positive' | 'negative' | 'mutated' | 'not-mutated' | 'unknown';

export interface BiomarkerFact extends FactBase {
  readonly field: BiomarkerField;
  readonly value: BiomarkerValue;
  /** For BRCA results that cover one gene only. */
  readonly gene?: 'BRCA1' | 'BRCA2';
  readonly date?: IsoDate;
  readonly note?: string;
}

export interface MenopauseFact extends FactBase {
  readonly value: 'pre' | 'post' | 'unknown';
  readonly date?: IsoDate;
}

export interface EcogFact extends FactBase {
  readonly value: number;
  readonly date?: IsoDate;
}

export interface SiteFact extends FactBase {
  readonly site: Site;
  readonly date: IsoDate;
}

export interface MedicationFact extends FactBase {
  readonly drugs: readonly DrugName[];
  readonly start: IsoDate;
  readonly end?: IsoDate;
  readonly stopReason?: StopReason;
  readonly stopNote?: string;
}

export interface StatusFact extends FactBase {
  readonly status: DiseaseStatus;
  readonly date: IsoDate;
  /** Sources of the Conditions the status is about. */
  readonly focus: readonly string[];
}

export interface EventFact extends FactBase {
  readonly event: CaseEvent;
}

export interface PrimaryFact extends FactBase {
  readonly date: IsoDate;
}

export interface PatientFacts {
  readonly id: string;
  readonly source: string;
  readonly name?: string;
  readonly birthDate?: string;
  readonly age?: number;
  readonly presentation?: 'de-novo' | 'recurrent';
  readonly title?: string;
}

export interface FhirFacts {
  readonly patient: PatientFacts;
  readonly biomarkers: BiomarkerFact[];
  readonly menopause: MenopauseFact[];
  readonly ecog: EcogFact[];
  readonly sites: SiteFact[];
  readonly medications: MedicationFact[];
  readonly statuses: StatusFact[];
  readonly events: EventFact[];
  readonly primaries: PrimaryFact[];
  readonly entries: FhirEntryReport[];
}
