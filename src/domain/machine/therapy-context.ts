import type { IsoDate } from '../case/iso-date.ts';
import type { Patient, Site } from '../case/case-schema.ts';
import type {
  Assessment,
  BiomarkerField,
  DecisionChoice,
  LocalModality,
  SiteName,
} from '../case/vocabulary.ts';
import type { DrugName } from '../knowledge/drugs.ts';
import type { LineCountingRuleId } from './line-counting-rules.ts';

/** What the machine knows about the course, rebuilt by replaying the event log. */

export type LineEndReason = 'progression' | 'intolerance' | 'switch' | 'stop-treatment';

export interface TreatmentBreak {
  readonly start: IsoDate;
  readonly end?: IsoDate;
}

export interface TherapyLine {
  readonly number: number;
  readonly regimen: readonly DrugName[];
  readonly start: IsoDate;
  readonly end?: IsoDate;
  readonly responses: ReadonlyArray<{ readonly date: IsoDate; readonly assessment: Assessment }>;
  /** The best response recorded while the line ran (complete > partial > stable). */
  readonly bestResponse?: Assessment;
  readonly endReason?: LineEndReason;
  readonly breaks: readonly TreatmentBreak[];
  /** Why the line counter advanced when this line started (line-counting-rules.ts). */
  readonly counterRule: LineCountingRuleId;
}

/** An agent the disease progressed on, or that was stopped for side effects, and in which line. */
export interface AgentHistoryEntry {
  readonly agent: DrugName;
  readonly line: number;
  readonly date: IsoDate;
}

export interface SiteRecord extends Site {
  readonly firstDocumented: IsoDate;
  readonly lastUpdated: IsoDate;
}

export interface LocalTherapyRecord {
  readonly date: IsoDate;
  readonly modality: LocalModality;
  readonly site: SiteName;
  readonly technique?: string;
}

export interface DecisionRecord {
  readonly date: IsoDate;
  readonly candidate: string;
  readonly choice: DecisionChoice;
  readonly rationale: string;
  readonly followUp?: IsoDate;
  readonly knowledgeVersion?: string;
}

export interface BiomarkerChange {
  readonly date: IsoDate;
  readonly field: BiomarkerField;
  readonly from: string;
  readonly to: string;
}

export interface TherapyContext {
  readonly patient: Patient;
  /** One record per site, in the order first documented. */
  readonly sites: readonly SiteRecord[];
  readonly lines: readonly TherapyLine[];
  readonly progressedOn: readonly AgentHistoryEntry[];
  readonly intolerantOf: readonly AgentHistoryEntry[];
  readonly localTherapies: readonly LocalTherapyRecord[];
  readonly decisions: readonly DecisionRecord[];
  readonly biomarkerChanges: readonly BiomarkerChange[];
  /** Date of the first `metastases` event: day 0 of the timeline. */
  readonly metastaticSince?: IsoDate;
}

export function initialContext(patient: Patient): TherapyContext {
  return {
    patient,
    sites: [],
    lines: [],
    progressedOn: [],
    intolerantOf: [],
    localTherapies: [],
    decisions: [],
    biomarkerChanges: [],
  };
}
