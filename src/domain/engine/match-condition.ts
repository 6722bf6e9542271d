import type { Atom, Condition, CountRange } from '../knowledge/condition.ts';
import {
  agentMatches,
  isSymptomatic,
  receivedMatching,
  symptomaticVisceralSites,
  type CourseFacts,
} from './course-facts.ts';

/**
 * Three-valued evaluation (Kleene logic). A fact the case does not know (a receptor status
 * `unknown`, a lesion count not recorded) makes an atom `unknown`, and `unknown` never unlocks
 * an option: only `true` does.
 */
export type Truth = 'true' | 'false' | 'unknown';

const fromBoolean = (value: boolean): Truth => (value ? 'true' : 'false');

export function inRange(value: number, range: CountRange): boolean {
  return (
    (range.atLeast === undefined || value >= range.atLeast) &&
    (range.atMost === undefined || value <= range.atMost)
  );
}

function statusIs(actual: string, wanted: string): Truth {
  if (actual === 'unknown') return 'unknown';
  return fromBoolean(actual === wanted);
}

export function matchAtom(atom: Atom, facts: CourseFacts): Truth {
  const { patient, sites } = facts.context;
  switch (atom.fact) {
    case 'hormoneReceptor':
      return statusIs(facts.hormoneReceptor, atom.is);
    case 'her2':
      return statusIs(patient.her2, atom.is);
    case 'brca':
      return statusIs(patient.brca, atom.is);
    case 'pdl1':
      return statusIs(patient.pdl1, atom.is);
    case 'menopause':
      return statusIs(patient.menopause, atom.is);
    case 'presentation':
      return fromBoolean(patient.presentation === atom.is);
    case 'symptomaticVisceral':
      return fromBoolean(symptomaticVisceralSites(facts).length > 0);
    case 'siteCount':
      return fromBoolean(inRange(sites.length, atom.range));
    case 'symptomaticSiteCount':
      return fromBoolean(inRange(sites.filter(isSymptomatic).length, atom.range));
    case 'site': {
      const site = sites.find((s) => s.site === atom.site);
      if (!site) return 'false';
      if (atom.complication && !atom.complication.some((c) => site.complications?.includes(c))) {
        return 'false';
      }
      if (
        atom.symptomaticOr &&
        site.symptomatic !== true &&
        !atom.symptomaticOr.some((c) => site.complications?.includes(c))
      ) {
        return 'false';
      }
      if (atom.count) {
        if (site.count === undefined) return 'unknown';
        return fromBoolean(inRange(site.count, atom.count));
      }
      return 'true';
    }
    case 'received':
      return fromBoolean(receivedMatching(facts, atom.agents).length > 0);
    case 'progressedOn':
      return fromBoolean(
        facts.context.progressedOn.some((e) => agentMatches(e.agent, atom.agents)),
      );
    case 'intolerantOf':
      return fromBoolean(
        facts.context.intolerantOf.some((e) => agentMatches(e.agent, atom.agents)),
      );
    case 'priorLines':
      return fromBoolean(inRange(facts.lines.length, atom.range));
  }
}

export function matchCondition(condition: Condition, facts: CourseFacts): Truth {
  if ('all' in condition) {
    let result: Truth = 'true';
    for (const part of condition.all) {
      const value = matchCondition(part, facts);
      if (value === 'false') return 'false';
      if (value === 'unknown') result = 'unknown';
    }
    return result;
  }
  if ('any' in condition) {
    let result: Truth = 'false';
    for (const part of condition.any) {
      const value = matchCondition(part, facts);
      if (value === 'true') return 'true';
      if (value === 'unknown') result = 'unknown';
    }
    return result;
  }
  if ('named' in condition) return matchCondition(condition.condition, facts);
  if ('not' in condition) {
    const value = matchCondition(condition.not, facts);
    return value === 'unknown' ? 'unknown' : fromBoolean(value === 'false');
  }
  return matchAtom(condition, facts);
}
