import { getDrug, type DrugName } from '../knowledge/drugs.ts';
import type { RegimenOption } from '../knowledge/option.ts';
import type { ExcludedOption } from './recommendation.ts';

/** A ruled-out entry the candidates search also found, and the name that matched. */
export interface RuledOutMatch {
  readonly id: string;
  readonly label: string;
  /** The drug (generic name) that matched, when the match was on an agent and not the label. */
  readonly agent?: DrugName;
}

/** Generic name, brands and other spellings of a drug, lower case. */
const namesOf = (agent: DrugName): string[] => {
  const drug = getDrug(agent);
  return [drug.name, ...drug.brands, ...drug.otherSpellings].map((n) => n.toLowerCase());
};

/**
 * What the "Why not" list holds for a search of the candidates: an entry whose label matches,
 * or a ruled-out regimen with an agent that matches by any of its names ("palbociclib" finds
 * "Aromatase inhibitor + CDK4/6 inhibitor"; "Ibrance" does too). So a search for a drug that is
 * not a candidate says where it went instead of only "no match". Fewer than three letters match
 * nothing: they would match almost everything.
 */
export function ruledOutMatches(
  excluded: readonly ExcludedOption[],
  query: string,
  options: readonly RegimenOption[],
): RuledOutMatch[] {
  const typed = query.trim().toLowerCase();
  if (typed.length < 3) return [];
  const byId = new Map(options.map((o) => [o.id, o]));
  const matches: RuledOutMatch[] = [];
  for (const entry of excluded) {
    if (entry.label.toLowerCase().includes(typed)) {
      matches.push({ id: entry.id, label: entry.label });
      continue;
    }
    const agents =
      entry.kind === 'option'
        ? (byId.get(entry.id)?.components.flatMap((slot) => slot.agents) ?? [])
        : [];
    const agent = agents.find((a) => namesOf(a).some((name) => name.includes(typed)));
    if (agent) matches.push({ id: entry.id, label: entry.label, agent });
  }
  return matches;
}
