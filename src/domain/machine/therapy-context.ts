import type { Patient, Site } from '../case/case-schema.ts';
import type {
  Assessment,
  BiomarkerField,
  DecisionChoice,
  LocalModality,
  SiteName,
} from '../case/vocabulary.ts';
import type { LineCountingRuleId } from './line-counting-rules.ts';

/** What the machine knows about the course, rebuilt by replaying the event log. */

export type LineEndReason = 'progression' | 'intolerance' | 'switch' | 'stop-treatment';

export interface TreatmentBreak {
  readonly start: string;
  readonly end?: string;
}

export interface TherapyLine {
  readonly number: number;
  readonly regimen: readonly string[];
  readonly start: string;
  readonly end?: string;
  readonly responses: ReadonlyArray<{ readonly date: string; readonly assessment: Assessment }>;
  /** The best response recorded while the line ran (complete > partial > stable). */
  readonly bestResponse?: Assessment;
  readonly endReason?: LineEndReason;
  readonly breaks: readonly TreatmentBreak[];
  /** Why the line counter advanced when this line started (line-counting-rules.ts). */
  readonly counterRule: LineCountingRuleId;
}

/** An agent the disease progressed on, or that was stopped for side effects, and in which line. */
export interface AgentHistoryEntry {
  readonly agent: string;
  readonly line: number;
  readonly date: string;
}

export interface SiteRecord extends Site {
  readonly firstDocumented: string;
  readonly lastUpdated: string;
}

export interface LocalTherapyRecord {
  readonly date: string;
  readonly modality: LocalModality;
  readonly site: SiteName;
  readonly technique?: string;
}

export interface DecisionRecord {
  readonly date: string;
  readonly candidate: string;
  readonly choice: DecisionChoice;
  readonly rationale: string;
  readonly followUp?: string;
  readonly knowledgeVersion?: string;
}

export interface BiomarkerChange {
  readonly date: string;
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
  readonly metastaticSince?: string;
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
