import type { Condition } from '../condition.ts';
import type { SentenceRef } from '../documents/sentence-ref.ts';
import { drugs, type DrugClass, type DrugName } from '../drugs.ts';
import { courseStates } from '../../machine/therapy-line-machine.ts';
import type { Slot, SourcedText } from '../option.ts';
import type { Support, TierLimit, Wording } from '../tiers.ts';

/*
 * Small constructors so option files read like the documents' criteria. A support records a
 * sentence and how it words the option (tiers.ts); the tier is derived from these.
 */

const support =
  (wording: Wording) =>
  (ref: SentenceRef, when?: Condition): Support =>
    when ? { ref, wording, when } : { ref, wording };

/** The sentence names it the usual, primary, first or first-line choice. */
export const primary = support('first-choice');
/** The sentence offers it for the situation. */
export const offers = support('offered');
/** The sentence qualifies it: rarely, in some cases, sometimes, typically after. */
export const qualified = support('situational');
/** The sentence names it without saying when. */
export const namesIt = support('named');
/** The sentence supports a part of the option (a drug in it, its form); cited, not tiering. */
export const detail = (ref: SentenceRef, wording: Wording = 'named'): Support => ({
  ref,
  wording,
  aspect: 'detail',
});

export const sourced = (text: string, ...sources: SentenceRef[]): SourcedText => ({
  text,
  sources,
});

/**
 * The case format defines local therapy, trials and supportive care as situational: however
 * strongly a document words them, they are listed at "consider".
 */
export const situationalByFormat: TierLimit = {
  to: 'consider',
  why: 'Local therapy, trials and supportive care are situational options (the case format ranks them "consider"), however a document words them.',
  sources: [],
};

export const agentsOfClass = (drugClass: DrugClass): DrugName[] =>
  drugs.filter((d) => d.drugClass === drugClass).map((d) => d.name);

export const slot = (
  label: string,
  agents: readonly DrugName[],
  continuesAfterProgression = false,
): Slot =>
  continuesAfterProgression ? { label, agents, continuesAfterProgression } : { label, agents };

export const aromataseInhibitorSlot = slot(
  'aromatase inhibitor',
  agentsOfClass('aromatase inhibitor'),
);
export const ovarianSuppressionSlot = (continuesAfterProgression = false) =>
  slot('LHRH / GnRH agonist', agentsOfClass('LHRH / GnRH agonist'), continuesAfterProgression);
export const chemotherapySlot = slot('chemotherapy', agentsOfClass('chemotherapy'));
/** Hormone therapies the documents pair with another drug. */
export const endocrinePartnerSlot = slot('hormone therapy', [
  ...agentsOfClass('aromatase inhibitor'),
  'tamoxifen',
  'toremifene',
  'fulvestrant',
]);
export const trastuzumabSlot = (continuesAfterProgression = false) =>
  slot('anti-HER2', ['trastuzumab'], continuesAfterProgression);

/** Every systemic option is chosen when a new line starts. */
export const whenChoosingLine = ['choosing-line'] as const;
/** Local therapy does not start or end a line, so it can be offered at any point. */
export const atAnyPoint = courseStates;
