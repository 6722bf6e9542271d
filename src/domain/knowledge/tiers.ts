import type { Condition } from './condition.ts';
import type { SentenceRef } from './documents/sentence-ref.ts';

/**
 * What a tier means, in terms of the documents' own wording. Every source of an option records
 * how its sentence words the option (`Wording`); the engine derives the tier from the strongest
 * wording that applies to the patient's situation, lowered only by a stated limit (a newer
 * document disagreeing, or a document naming something else the primary approach). A test
 * checks each recorded wording against the words of its sentence.
 */

export type Tier = 'preferred' | 'alternative' | 'consider';
export const tierOrder: readonly Tier[] = ['preferred', 'alternative', 'consider'];

export type Wording = 'first-choice' | 'offered' | 'situational' | 'named';

export const tierOfWording: Readonly<Record<Wording, Tier>> = {
  'first-choice': 'preferred',
  offered: 'alternative',
  situational: 'consider',
  named: 'consider',
};

export const tierDefinitions: Readonly<Record<Tier, string>> = {
  preferred:
    'A document names it the usual, primary or first choice for this situation (wording such as "primary", "usually the first", "will be given", "will switch you", "strongly encouraged"). Naming the line an option is for ("as first-line treatment") is not ranking it first.',
  alternative:
    'A document offers it for this situation without ranking it first (wording such as "may be", "can", "is offered", "is given", "in combination with … for").',
  consider:
    'A document supports it only in particular circumstances or weakly (wording such as "rarely", "in some cases", "sometimes", "typically after", "may wish"), or it is local therapy, a trial or supportive care (situational by the case format).',
};

export const wordingDefinitions: Readonly<Record<Wording, string>> = {
  'first-choice': 'the sentence calls it the usual, primary or first choice for the situation',
  offered: 'the sentence offers it for the situation',
  situational: 'the sentence qualifies it (rarely, in some cases, sometimes, typically after)',
  named: 'the sentence names it without saying when to use it',
};

/**
 * Words that must appear in a sentence recorded with each wording. A check, not a parser: it
 * stops a sentence that only offers something from being recorded as naming it the first choice.
 */
export const wordingCues: Readonly<Record<Exclude<Wording, 'named'>, RegExp>> = {
  'first-choice':
    /\b(primary|usually the first|first course|first treatment|given first|standard|prefer|most viable|usually as|will be given|will switch|will usually recommend|usually continued|most people|strongly encouraged)\b/i,
  offered:
    /\b(may|can|could|offered|option|is given|are given|is used|used to|used for|treated with|treatment for|in combination with|for individuals|as a single agent|benefit|include|also given|in conjunction|given with|possible|commonly used|often recommended)\b/i,
  situational:
    /\b(rarely|rare|in some cases|in certain instances|sometimes|typically after|may wish|may want to consider|consider|you feel|if you|if there|when there|may also|specific situations|talk|ask)\b/i,
};

/** One sentence that supports an option, with how it words it. */
export interface Support {
  readonly ref: SentenceRef;
  readonly wording: Wording;
  /** The situation the sentence speaks of, when narrower than the option's own condition. */
  readonly when?: Condition;
  /**
   * `detail`: the sentence supports a part of the option (one of its drugs, its form) rather
   * than choosing the option in this situation, so it is cited but does not set the tier.
   */
  readonly aspect?: 'detail';
}

/**
 * A stated reason the tier may not reach what the wording would give: a newer document that
 * disagrees (by conflict id), or a document naming another treatment the primary approach.
 */
export interface TierLimit {
  readonly to: Tier;
  readonly when?: Condition;
  readonly why: string;
  readonly sources: readonly SentenceRef[];
  readonly conflict?: string;
}
