import type { SiteName } from '../case/vocabulary.ts';
import type { Condition } from './condition.ts';
import type { DrugName, Modality as DrugModality } from './drugs.ts';
import type { SentenceRef } from './documents/sentence-ref.ts';
import type { Support, TierLimit } from './tiers.ts';
import type { CourseStateName } from '../machine/therapy-line-machine.ts';

export { tierOrder, type Tier } from './tiers.ts';

export type Modality = DrugModality | 'radiation' | 'surgery' | 'supportive' | 'trial';
export const modalities: readonly Modality[] = [
  'immunotherapy',
  'targeted',
  'endocrine',
  'chemotherapy',
  'radiation',
  'surgery',
  'supportive',
  'trial',
];

/** The machine's states, by which the knowledge base says when an option is offered. */
export type CourseState = CourseStateName;

/** One drug position in a regimen: the agents in it are interchangeable alternatives. */
export interface Slot {
  /** The class shown for the slot, e.g. "aromatase inhibitor". */
  readonly label: string;
  readonly agents: readonly DrugName[];
  /**
   * A document supports keeping this agent after the disease progressed on it (trastuzumab
   * continued with a new partner). Without this, agents progressed on are removed.
   */
  readonly continuesAfterProgression?: boolean;
}

/** Text in the tool's own words with the sentences it rests on. */
export interface SourcedText {
  readonly text: string;
  readonly sources: readonly SentenceRef[];
}

/**
 * A regimen or other option a document supports. `condition` says when it applies; its tier
 * is derived from how its supporting sentences word it (tiers.ts), never set by hand.
 */
export interface RegimenOption {
  readonly id: string;
  readonly label: string;
  /** Options in one group are variants of one idea (first AI, switch AI); see the engine. */
  readonly group: string;
  /** Given for non-drug options; for drug options it is derived from the slots' classes. */
  readonly modality?: Modality;
  readonly components: readonly Slot[];
  readonly condition: Condition;
  /** The sentences that support it and how each words it: the tier follows from these. */
  readonly support: readonly Support[];
  readonly tierLimits?: readonly TierLimit[];
  /** The states in which the option is offered at all. */
  readonly offeredIn: readonly CourseState[];
  /** Why it applies, in the tool's own words. */
  readonly rationale: string;
  /** Ids of conflicts (conflicts.ts) that concern this option. */
  readonly conflicts?: readonly string[];
  readonly site?: SiteName;
  readonly technique?: string;
  /**
   * Whether a clinician would expect to see it and so wants to know why it is missing. Local
   * options are only expected when their site is documented.
   */
  readonly expectedWhenFailing:
    boolean | { readonly whenSite: SiteName } | { readonly when: Condition };
  /** Shown with the candidate (when `when` holds, or always). */
  readonly caveats?: ReadonlyArray<SourcedText & { readonly when?: Condition }>;
  /** When it is urgent (spinal cord compression), why, and the sentences that name it. */
  readonly urgentWhen?: { readonly condition: Condition } & SourcedText;
  /** Rules of the tool's own that shape the option, shown as such (not the documents'). */
  readonly toolRules?: readonly string[];
  /**
   * Patient facts the documents connect with the option without making them a condition
   * (PD-L1 and atezolizumab): a recorded value is shown beside the candidate.
   */
  readonly relatedFacts?: ReadonlyArray<{ readonly field: 'pdl1' } & SourcedText>;
  /** Agents never put together in one regimen of this option (same family, by 003's groups). */
  readonly notTogether?: ReadonlyArray<readonly DrugName[]>;
}

export interface Conflict {
  readonly id: string;
  readonly docs: readonly SentenceRef['doc'][];
  readonly about: string;
  /** Each side of the disagreement, with the sentences it stands on. */
  readonly positions: ReadonlyArray<{
    readonly sources: readonly SentenceRef[];
    readonly says: string;
  }>;
  /** How the knowledge base acts on it. */
  readonly resolution: string;
  /** Only relevant for patients matching this condition (e.g. triple-negative disease). */
  readonly when?: Condition;
}
