import type { Atom, Condition, CountRange } from '../knowledge/condition.ts';
import { isVisceral } from '../case/vocabulary.ts';
import { runningLine } from '../machine/context-updates.ts';
import { agentMatches, isSymptomatic, receivedMatching, type CourseFacts } from './course-facts.ts';

/**
 * Three-valued evaluation (Kleene logic). A fact the case does not know (a receptor status
 * `unknown`, symptoms or a lesion count not recorded) makes an atom `unknown`, and `unknown`
 * never unlocks an option by itself: only `true` does. What the engine does with an unknown
 * that a clinician can simply record (symptoms, counts) is in assumptions.ts.
 */
export type Truth = 'true' | 'false' | 'unknown';

const fromBoolean = (value: boolean): Truth => (value ? 'true' : 'false');

export function inRange(value: number, range: CountRange): boolean {
  return (
    (range.atLeast === undefined || value >= range.atLeast) &&
    (range.atMost === undefined || value <= range.atMost)
  );
}

/**
 * Whether a count is in range when only part of it is known: `known` is certain and up to
 * `unknownParts` more items each add at least one.
 */
function countTruth(known: number, unknownParts: number, range: CountRange): Truth {
  if (unknownParts === 0) return fromBoolean(inRange(known, range));
  const least = known + unknownParts;
  if (range.atMost !== undefined && least > range.atMost) return 'false';
  if (range.atMost === undefined && (range.atLeast === undefined || least >= range.atLeast)) {
    return 'true';
  }
  return 'unknown';
}

function statusIs(actual: string, wanted: string): Truth {
  if (actual === 'unknown') return 'unknown';
  return fromBoolean(actual === wanted);
}

/** Symptoms are recorded for a site when marked either way or when a complication is given. */
export function symptomsRecorded(site: {
  readonly symptomatic?: boolean | undefined;
  readonly complications?: readonly string[] | undefined;
}): boolean {
  return site.symptomatic !== undefined || (site.complications?.length ?? 0) > 0;
}

export function matchAtom(atom: Atom, facts: CourseFacts): Truth {
  const { patient, sites } = facts.context;
  switch (atom.fact) {
    case 'hormoneReceptor':
      return statusIs(facts.hormoneReceptor, atom.is);
    case 'her2':
      return statusIs(patient.her2, atom.is);
    case 'er':
    case 'pr':
      return statusIs(patient[atom.fact], atom.is);
    case 'brca':
      return statusIs(patient.brca, atom.is);
    case 'pdl1':
      return statusIs(patient.pdl1, atom.is);
    case 'menopause':
      return statusIs(patient.menopause, atom.is);
    case 'presentation':
      return fromBoolean(patient.presentation === atom.is);
    case 'symptomaticVisceral': {
      const visceral = sites.filter((s) => isVisceral(s.site));
      if (visceral.some(isSymptomatic)) return 'true';
      return visceral.some((s) => !symptomsRecorded(s)) ? 'unknown' : 'false';
    }
    case 'siteCount':
      return fromBoolean(inRange(sites.length, atom.range));
    case 'symptomaticSiteCount': {
      const known = sites.filter(isSymptomatic).length;
      const open = sites.filter((s) => !symptomsRecorded(s)).length;
      if (inRange(known, atom.range) && (open === 0 || atom.range.atMost === undefined)) {
        return 'true';
      }
      for (let extra = 0; extra <= open; extra += 1) {
        if (inRange(known + extra, atom.range)) return 'unknown';
      }
      return 'false';
    }
    case 'totalLesions': {
      const known = sites.reduce((sum, s) => sum + (s.count ?? 0), 0);
      return countTruth(known, sites.filter((s) => s.count === undefined).length, atom.range);
    }
    case 'site': {
      const site = sites.find((s) => s.site === atom.site);
      if (!site) return 'false';
      if (atom.complication && !atom.complication.some((c) => site.complications?.includes(c))) {
        return 'false';
      }
      let truth: Truth = 'true';
      if (
        atom.symptomaticOr &&
        site.symptomatic !== true &&
        !atom.symptomaticOr.some((c) => site.complications?.includes(c))
      ) {
        if (symptomsRecorded(site)) return 'false';
        truth = 'unknown';
      }
      if (atom.count) {
        if (site.count === undefined) return 'unknown';
        if (!inRange(site.count, atom.count)) return 'false';
      }
      return truth;
    }
    case 'received':
      return fromBoolean(receivedMatching(facts, atom.agents).length > 0);
    case 'progressedOn':
      return fromBoolean(
        facts.context.progressedOn.some((e) => agentMatches(e.agent, atom.agents)),
      );
    case 'progressedOnLastLine': {
      const last = facts.lines.at(-1);
      return fromBoolean(
        last?.endReason === 'progression' && last.regimen.some((a) => agentMatches(a, atom.agents)),
      );
    }
    case 'currentRegimen': {
      const running = runningLine(facts.context);
      return fromBoolean(running?.regimen.some((a) => agentMatches(a, atom.agents)) ?? false);
    }
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
  if ('unless' in condition) {
    // Only a known fact rules the option out; a pending one is shown with the candidate.
    return fromBoolean(matchCondition(condition.unless, facts) !== 'true');
  }
  return matchAtom(condition, facts);
}

/** The `unless` parts whose fact is still unknown: what a pending result could change. */
export function pendingExceptions(condition: Condition, facts: CourseFacts): Condition[] {
  if ('all' in condition) return condition.all.flatMap((c) => pendingExceptions(c, facts));
  if ('any' in condition) {
    return condition.any
      .filter((c) => matchCondition(c, facts) === 'true')
      .flatMap((c) => pendingExceptions(c, facts));
  }
  if ('named' in condition) return pendingExceptions(condition.condition, facts);
  if ('unless' in condition) {
    return matchCondition(condition.unless, facts) === 'unknown' ? [condition.unless] : [];
  }
  return [];
}
