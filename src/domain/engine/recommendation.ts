import type { SiteName } from '../case/vocabulary.ts';
import type { QuotedSource } from '../knowledge/documents/sentence-ref.ts';
import type { DrugName } from '../knowledge/drugs.ts';
import type { Modality, Tier } from '../knowledge/option.ts';
import type { Wording } from '../knowledge/tiers.ts';
import type { CourseStateName } from '../machine/therapy-line-machine.ts';

/**
 * The engine's output: `mbc-recommendation/1` (../shared/case-format.md), with extensions that
 * only add fields. Every source carries `quote`: the document's own words, resolved from
 * ../shared/sources by sentence reference (docs/recommendation-format.md).
 */

export const recommendationFormat = 'mbc-recommendation/1';

export type { QuotedSource } from '../knowledge/documents/sentence-ref.ts';

/** A statement in the tool's own words with the quoted sentences it rests on. */
export interface SourcedStatement {
  readonly text: string;
  readonly sources: readonly QuotedSource[];
}

export interface CandidateComponent {
  readonly class: string;
  readonly agents: readonly DrugName[];
}

export interface CandidateConflict {
  readonly docs: readonly string[];
  readonly about: string;
  /** Extension: the conflict's id, both sides with their sources, and how the tool acts. */
  readonly id: string;
  readonly positions: ReadonlyArray<{
    readonly sources: readonly QuotedSource[];
    readonly says: string;
  }>;
  readonly resolution: string;
}

export interface RemovedAgent {
  readonly agent: DrugName;
  readonly reason: string;
}

/** Extension: how the tier was derived from the documents' wording (knowledge/tiers.ts). */
export interface TierBasis {
  /** The strongest wording among the sentences that apply to this patient. */
  readonly wording: Wording;
  /** The sentence with that wording (absent only when no sentence ranks the option). */
  readonly source?: QuotedSource;
  /** The stated limits that lowered the tier, each with why and where. */
  readonly limits: ReadonlyArray<{
    readonly to: Tier;
    readonly why: string;
    readonly sources: readonly QuotedSource[];
    readonly conflict?: string;
  }>;
}

/** Extension: a recorded patient fact the documents connect with the option without using it. */
export interface RelatedFact {
  readonly field: string;
  readonly value: string;
  readonly text: string;
  readonly sources: readonly QuotedSource[];
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
  readonly sources: readonly QuotedSource[];
  readonly conflicts: readonly CandidateConflict[];
  /** Extension: the option's condition in words. */
  readonly condition: string;
  /** Extension: agents of the option's slots left out for this patient, and why. */
  readonly removedAgents: readonly RemovedAgent[];
  /** Extension: the caveats' texts joined (kept for readers of earlier output). */
  readonly caveat?: string;
  /** Extension: limits of the documents worth reading before acting on it, with sources. */
  readonly caveats: readonly SourcedStatement[];
  /** Extension: how the tier follows from the documents' wording. */
  readonly tierBasis: TierBasis;
  /** Extension: present when a recorded finding makes the option urgent (shown first). */
  readonly urgent?: SourcedStatement;
  /**
   * Extension: findings not recorded in the case that the option rests on ("if the liver
   * metastases cause no symptoms"). The candidate holds only if they are as assumed.
   */
  readonly assumptions?: readonly string[];
  /** Extension: pending results that would rule the option out ("HER2 pending: ..."). */
  readonly pending?: readonly string[];
  /** Extension: rules of the tool's own (not the documents') that shape the option. */
  readonly toolRules?: readonly string[];
  /** Extension: groups of agents never put together in one regimen of this option. */
  readonly notTogether?: ReadonlyArray<readonly DrugName[]>;
  /** Extension: recorded facts the documents connect with the option but do not use. */
  readonly relatedFacts?: readonly RelatedFact[];
}

export interface ExcludedOption {
  readonly id: string;
  readonly label: string;
  readonly reason: string;
  /** Extension: `option` for a regimen option, `agent` for a single drug not offered again. */
  readonly kind: 'option' | 'agent';
  readonly sources?: readonly QuotedSource[];
  /** Extension: where the documents disagree about the option ruled out, both sides shown. */
  readonly conflicts?: readonly CandidateConflict[];
}

/** Extension: a biomarker whose result is unknown, and what a result could open. */
export interface OpenQuestion {
  readonly field: 'er' | 'pr' | 'her2' | 'brca' | 'pdl1' | 'menopause';
  readonly question: string;
  readonly couldOpen: ReadonlyArray<{ readonly id: string; readonly label: string }>;
}

/**
 * Extension: a drug a document only names for the patient's subtype, with no regimen, condition
 * or line. Not a candidate and not ranked.
 */
export interface NamedWithoutCriteria {
  readonly drug: DrugName;
  readonly class: string;
  readonly sources: readonly QuotedSource[];
}

export interface Recommendation {
  readonly format: typeof recommendationFormat;
  readonly knowledgeVersion: string;
  readonly state: CourseStateName;
  readonly line: number;
  readonly candidates: readonly Candidate[];
  readonly excluded: readonly ExcludedOption[];
  readonly notes: readonly string[];
  /** Extension: the notes again, in the same order, each with its sources. */
  readonly noteSources: readonly SourcedStatement[];
  readonly openQuestions: readonly OpenQuestion[];
  readonly namedWithoutCriteria: readonly NamedWithoutCriteria[];
}
