import { refId } from '../knowledge/documents/evidence.ts';
import type { SentenceRef } from '../knowledge/documents/sentence-ref.ts';
import type { RegimenOption } from '../knowledge/option.ts';
import {
  tierOfWording,
  tierOrder,
  type Support,
  type Tier,
  type TierLimit,
} from '../knowledge/tiers.ts';
import type { CourseFacts } from './course-facts.ts';
import { matchCondition } from './match-condition.ts';

/**
 * An option's tier for this patient, derived from its sentences (knowledge/tiers.ts): the
 * strongest wording among the sentences that speak of this situation, then lowered by each
 * stated limit that applies. Never set by hand.
 */

export interface DerivedTier {
  readonly tier: Tier;
  readonly basis?: Support;
  readonly limits: readonly TierLimit[];
}

const rank = (tier: Tier) => tierOrder.indexOf(tier);
const lower = (a: Tier, b: Tier): Tier => (rank(a) >= rank(b) ? a : b);

/** The supports whose situation holds for the patient (a `when` that is not known true is left out). */
export function applicableSupport(option: RegimenOption, facts: CourseFacts): Support[] {
  return option.support.filter((s) => !s.when || matchCondition(s.when, facts) === 'true');
}

export function deriveTier(option: RegimenOption, facts: CourseFacts): DerivedTier {
  const ranking = applicableSupport(option, facts).filter((s) => s.aspect !== 'detail');
  let basis: Support | undefined;
  for (const support of ranking) {
    if (!basis || rank(tierOfWording[support.wording]) < rank(tierOfWording[basis.wording])) {
      basis = support;
    }
  }
  let tier: Tier = basis ? tierOfWording[basis.wording] : 'consider';
  const limits: TierLimit[] = [];
  for (const limit of option.tierLimits ?? []) {
    if (limit.when && matchCondition(limit.when, facts) !== 'true') continue;
    if (rank(limit.to) <= rank(tier)) continue;
    tier = lower(tier, limit.to);
    limits.push(limit);
  }
  return { tier, ...(basis ? { basis } : {}), limits };
}

/** The sentences to print for an option: those that apply, in the order written, once each. */
export function citedSentences(option: RegimenOption, facts: CourseFacts): SentenceRef[] {
  const seen = new Set<string>();
  const out: SentenceRef[] = [];
  for (const { ref } of applicableSupport(option, facts)) {
    const key = refId(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref);
  }
  return out;
}
