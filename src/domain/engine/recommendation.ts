import type { SiteName } from '../case/vocabulary.ts';
import type { Modality, Tier } from '../knowledge/option.ts';
import type { SourceRef } from '../knowledge/sources.ts';
import type { CourseStateName } from '../machine/therapy-line-machine.ts';

/** The engine's output: `mbc-recommendation/1` (../shared/case-format.md), with extensions. */

export const recommendationFormat = 'mbc-recommendation/1';

export interface CandidateComponent {
  readonly class: string;
  readonly agents: readonly string[];
}

export interface CandidateConflict {
  readonly docs: readonly string[];
  readonly about: string;
  /** Extension: the conflict's id, both sides with their sources, and how the tool acts. */
  readonly id: string;
  readonly positions: ReadonlyArray<{
    readonly sources: readonly SourceRef[];
    readonly says: string;
  }>;
  readonly resolution: string;
}

export interface RemovedAgent {
  readonly agent: string;
  readonly reason: string;
}

export interface Candidate {
  readonly id: string;
  readonly label: string;
  readonly components: readonly CandidateComponent[];
  readonly modality: Modality;
  readonly site?: SiteName;
  readonly technique?: string;
  readonly tier: Tier;
  readonly rationale: string;
  readonly sources: readonly SourceRef[];
  readonly conflicts: readonly CandidateConflict[];
  /** Extension: the option's condition in words. */
  readonly condition: string;
  /** Extension: agents of the option's slots left out for this patient, and why. */
  readonly removedAgents: readonly RemovedAgent[];
  /** Extension: a limit of the documents worth reading before acting on it. */
  readonly caveat?: string;
}

export interface ExcludedOption {
  readonly id: string;
  readonly label: string;
  readonly reason: string;
  /** Extension: `option` for a regimen option, `agent` for a single drug not offered again. */
  readonly kind: 'option' | 'agent';
  readonly sources?: readonly SourceRef[];
}

/** Extension: a biomarker whose result is unknown, and what a result could open. */
export interface OpenQuestion {
  readonly field: 'er' | 'pr' | 'her2' | 'brca' | 'pdl1' | 'menopause';
  readonly question: string;
  readonly couldOpen: ReadonlyArray<{ readonly id: string; readonly label: string }>;
}

export interface Recommendation {
  readonly format: typeof recommendationFormat;
  readonly knowledgeVersion: string;
  readonly state: CourseStateName;
  readonly line: number;
  readonly candidates: readonly Candidate[];
  readonly excluded: readonly ExcludedOption[];
  readonly notes: readonly string[];
  readonly openQuestions: readonly OpenQuestion[];
}
