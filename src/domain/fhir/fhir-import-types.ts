import type { CaseEvent, Patient, Site } from '../case/case-schema.ts';
import type { IsoDate } from '../case/iso-date.ts';
import type { BiomarkerField, SiteName } from '../case/vocabulary.ts';
import type { DrugName } from '../knowledge/drugs.ts';
import type { DiseaseStatus, StageReading, StopReason, TreatmentIntent } from './fhir-codes.ts';

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
  /** Left out until the user confirms it (a radiotherapy course or surgery read from the record). */
  readonly toConfirm?: boolean;
}

/** A fact real records carry that the case format has no place for: shown, not used. */
export interface RecordFinding {
  readonly topic: RecordTopic;
  /** What it is, in words ("HER2 IHC score", "Stage group"). */
  readonly label: string;
  /** The value as the record gives it. */
  readonly value: string;
  readonly date?: IsoDate;
  readonly sources: readonly string[];
  readonly note?: string;
}

export type RecordTopic =
  | 'stage'
  | 'histology'
  | 'performance'
  | 'receptor-detail'
  | 'pd-l1'
  | 'variant'
  | 'tumour-profile'
  | 'local-therapy';

/** Treatment before the metastatic disease (or with curative intent): shown, not a line. */
export interface PriorTreatment {
  readonly kind: 'medicine' | 'radiotherapy' | 'surgery';
  readonly what: string;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  /** Why it is taken as early-stage treatment. */
  readonly why: string;
  readonly sources: readonly string[];
}

/** A medicine the record names without any date: listed for the user to date by hand. */
export interface UndatedMedicine {
  readonly drugs: readonly DrugName[];
  readonly what: string;
  readonly sources: readonly string[];
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
  /** Facts the case format has no place for (stage, histology, variants…): shown only. */
  readonly record: readonly RecordFinding[];
  readonly priorTreatments: readonly PriorTreatment[];
  readonly undatedMedicines: readonly UndatedMedicine[];
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
  /** Undefined when the record gives no onset: placed at the start of the course, flagged. */
  readonly date: IsoDate | undefined;
}

export interface MedicationFact extends FactBase {
  readonly drugs: readonly DrugName[];
  readonly start: IsoDate;
  readonly end?: IsoDate;
  readonly stopReason?: StopReason;
  readonly stopNote?: string;
  readonly intent?: TreatmentIntent;
  /** The record's words for it, for the prior-treatment list. */
  readonly what: string;
}

/** A radiotherapy course or cancer surgery. */
export interface ProcedureFact extends FactBase {
  readonly kind: 'radiotherapy' | 'surgery';
  readonly what: string;
  readonly date: IsoDate;
  readonly end?: IsoDate;
  readonly site?: SiteName;
  readonly intent?: TreatmentIntent;
}

/** A stage group or M category, with what it says about metastatic disease. */
export interface StageFact extends FactBase {
  readonly reading?: StageReading;
  readonly text: string;
  readonly date?: IsoDate;
}

/** A shown-only fact from one resource. */
export interface RecordFact extends FactBase {
  readonly topic: RecordTopic;
  readonly label: string;
  readonly value: string;
  readonly date?: IsoDate;
  readonly note?: string;
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
  readonly procedures: ProcedureFact[];
  readonly stages: StageFact[];
  readonly records: RecordFact[];
  readonly undated: Array<UndatedMedicine & { readonly source: string }>;
}
