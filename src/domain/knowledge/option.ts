import type { SiteName } from '../case/vocabulary.ts';
import type { Condition } from './condition.ts';
import type { Modality as DrugModality } from './drugs.ts';
import type { SourceRef } from './sources.ts';

export type Tier = 'preferred' | 'alternative' | 'consider';
export const tierOrder: readonly Tier[] = ['preferred', 'alternative', 'consider'];

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

/** The machine states, named here too so the knowledge base can say when an option is offered. */
export type CourseState = 'intake' | 'choosing-line' | 'on-line' | 'on-break' | 'supportive-care';

/** One drug position in a regimen: the agents in it are interchangeable alternatives. */
export interface Slot {
  /** The class shown for the slot, e.g. "aromatase inhibitor". */
  readonly label: string;
  readonly agents: readonly string[];
  /**
   * A document supports keeping this agent after the disease progressed on it (trastuzumab
   * continued with a new partner). Without this, agents progressed on are removed.
   */
  readonly continuesAfterProgression?: boolean;
}

/**
 * A regimen or other option a document supports. `condition` says when it applies; `tier`
 * is its rank when it does, and `preferredWhen` raises it to preferred in the situation a
 * document names as the first choice.
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
  readonly tier: Tier;
  readonly preferredWhen?: Condition;
  /** The states in which the option is offered at all. */
  readonly offeredIn: readonly CourseState[];
  /** Why it applies, in the tool's own words. */
  readonly rationale: string;
  readonly sources: readonly SourceRef[];
  /** Ids of conflicts (conflicts.ts) that concern this option. */
  readonly conflicts?: readonly string[];
  readonly site?: SiteName;
  readonly technique?: string;
  /**
   * Whether a clinician would expect to see it and so wants to know why it is missing. Local
   * options are only expected when their site is documented.
   */
  readonly expectedWhenFailing: boolean | { readonly whenSite: SiteName };
  /** Shown with the option whenever it is a candidate. */
  readonly caveat?: string;
}

export interface Conflict {
  readonly id: string;
  readonly docs: readonly SourceRef['doc'][];
  readonly about: string;
  /** Each side of the disagreement, with where it stands. */
  readonly positions: ReadonlyArray<{
    readonly sources: readonly SourceRef[];
    readonly says: string;
  }>;
  /** How the knowledge base acts on it. */
  readonly resolution: string;
  /** Only relevant for patients matching this condition (e.g. triple-negative disease). */
  readonly when?: Condition;
}
