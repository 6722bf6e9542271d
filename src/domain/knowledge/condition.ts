import type { Complication, SiteName } from '../case/vocabulary.ts';
import type { DrugClass, DrugFamily, DrugName, Modality } from './drugs.ts';

/**
 * Conditions are data: the engine evaluates them (three-valued: a fact the case does not know
 * stays unknown), the explainer turns them into words, and tests enumerate them. Each atom names
 * one fact about the patient or the course.
 */

/** Which earlier drugs an atom is about: a class, a family such as taxanes, named agents, or a modality. */
export type AgentSelector =
  | { readonly drugClass: DrugClass }
  | { readonly family: DrugFamily }
  | { readonly agents: readonly DrugName[] }
  | { readonly modality: Modality };

export type CountRange = { readonly atLeast?: number; readonly atMost?: number };

export type Atom =
  /** ER or PR positive (positive), both negative (negative). */
  | { readonly fact: 'hormoneReceptor'; readonly is: 'positive' | 'negative' }
  | { readonly fact: 'her2'; readonly is: 'positive' | 'negative' }
  | { readonly fact: 'brca'; readonly is: 'mutated' | 'not-mutated' }
  | { readonly fact: 'pdl1'; readonly is: 'positive' | 'negative' }
  /** One receptor on its own, where a document names it ("ER+" in 001's table). */
  | { readonly fact: 'er' | 'pr'; readonly is: 'positive' | 'negative' }
  | { readonly fact: 'menopause'; readonly is: 'pre' | 'post' }
  | { readonly fact: 'presentation'; readonly is: 'de-novo' | 'recurrent' }
  /**
   * A liver, lung, pleura or brain site marked symptomatic (or with a complication). Unknown
   * when no visceral site is symptomatic but one has its symptoms not recorded.
   */
  | { readonly fact: 'symptomaticVisceral' }
  /** Number of distinct metastatic sites documented. */
  | { readonly fact: 'siteCount'; readonly range: CountRange }
  /** Number of sites marked symptomatic (unknown while unrecorded symptoms could decide it). */
  | { readonly fact: 'symptomaticSiteCount'; readonly range: CountRange }
  /**
   * Number of metastases in the whole body: the lesion counts of every site added up (unknown
   * while a count is not recorded, unless the known counts already decide it). "A single
   * metastasis" is a statement about the patient, not about one organ.
   */
  | { readonly fact: 'totalLesions'; readonly range: CountRange }
  /**
   * A documented site, optionally with a lesion count, symptoms or one of the complications.
   * A missing lesion count is unknown when a range is asked for.
   */
  | {
      readonly fact: 'site';
      readonly site: SiteName;
      readonly count?: CountRange;
      readonly symptomaticOr?: readonly Complication[];
      readonly complication?: readonly Complication[];
    }
  /** Some earlier metastatic line included a matching agent. */
  | { readonly fact: 'received'; readonly agents: AgentSelector }
  /** The disease progressed on a line that included a matching agent. */
  | { readonly fact: 'progressedOn'; readonly agents: AgentSelector }
  /**
   * The most recent line ended with progression and included a matching agent: for steps the
   * documents tie to the drug just progressed on ("switch to a different aromatase inhibitor").
   */
  | { readonly fact: 'progressedOnLastLine'; readonly agents: AgentSelector }
  /** The line running now (or paused) includes a matching agent. */
  | { readonly fact: 'currentRegimen'; readonly agents: AgentSelector }
  /** A matching agent was stopped for side effects. */
  | { readonly fact: 'intolerantOf'; readonly agents: AgentSelector }
  /** Number of earlier metastatic lines. */
  | { readonly fact: 'priorLines'; readonly range: CountRange };

export type Condition =
  | Atom
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  /**
   * True unless the inner condition is known to hold: for facts that rule an option out when
   * known (HER2-positive disease takes chemotherapy with trastuzumab) but that the option does
   * not depend on while they are pending. A pending fact is shown with the candidate.
   */
  | { readonly unless: Condition; readonly because?: string }
  /**
   * A composite with a name, so explanations say "no indication for chemotherapy" instead of
   * spelling out every branch. `unmet` is the phrase used when it does not hold.
   */
  | { readonly named: string; readonly unmet: string; readonly condition: Condition };

export const always: Condition = { all: [] };

/* Small constructors so option files read like the documents' criteria. */
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
export const unless = (condition: Condition, because?: string): Condition =>
  because ? { unless: condition, because } : { unless: condition };

export const named = (name: string, unmet: string, condition: Condition): Condition => ({
  named: name,
  unmet,
  condition,
});

export const hormoneReceptorPositive: Condition = { fact: 'hormoneReceptor', is: 'positive' };
export const hormoneReceptorNegative: Condition = { fact: 'hormoneReceptor', is: 'negative' };
export const her2Positive: Condition = { fact: 'her2', is: 'positive' };
export const her2Negative: Condition = { fact: 'her2', is: 'negative' };
export const postmenopausal: Condition = { fact: 'menopause', is: 'post' };
export const premenopausal: Condition = { fact: 'menopause', is: 'pre' };
export const symptomaticVisceral: Condition = { fact: 'symptomaticVisceral' };
export const tripleNegative: Condition = all(hormoneReceptorNegative, her2Negative);

export const received = (agents: AgentSelector): Condition => ({ fact: 'received', agents });
export const progressedOn = (agents: AgentSelector): Condition => ({
  fact: 'progressedOn',
  agents,
});
export const intolerantOf = (agents: AgentSelector): Condition => ({
  fact: 'intolerantOf',
  agents,
});
export const progressedOnLastLine = (agents: AgentSelector): Condition => ({
  fact: 'progressedOnLastLine',
  agents,
});
export const currentRegimen = (agents: AgentSelector): Condition => ({
  fact: 'currentRegimen',
  agents,
});
export const totalLesions = (range: CountRange): Condition => ({ fact: 'totalLesions', range });
export const priorLines = (range: CountRange): Condition => ({ fact: 'priorLines', range });
export const hasSite = (
  site: SiteName,
  extra: Omit<Extract<Atom, { fact: 'site' }>, 'fact' | 'site'> = {},
): Condition => ({ fact: 'site', site, ...extra });
