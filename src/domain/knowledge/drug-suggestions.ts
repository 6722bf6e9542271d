import { drugAliases, type DrugName } from './drugs.ts';

/** A known name close to what was typed: the spelling it matched and the drugs it stands for. */
export interface DrugSuggestion {
  readonly spelling: string;
  readonly names: readonly DrugName[];
}

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] ?? [];
      const above = d[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

/**
 * The known names (generic, brand, other spellings the documents use) nearest to a misspelt
 * word, best first: a slip of one or two letters in a short name, up to a third of a long one.
 * Only names the drug table holds are ever suggested, so a suggestion can never add a drug the
 * documents do not contain.
 */
export function suggestDrugNames(text: string, limit = 3): DrugSuggestion[] {
  const typed = key(text);
  if (typed.length < 3) return [];
  const allowed = Math.max(2, Math.floor(typed.length / 3));
  const scored = drugAliases()
    .map(({ alias, names }) => {
      const known = key(alias);
      const distance = known.startsWith(typed) ? 0.5 : editDistance(typed, known);
      return { spelling: alias, names, distance };
    })
    .filter((s) => s.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.spelling.localeCompare(b.spelling));
  const seen = new Set<string>();
  const out: DrugSuggestion[] = [];
  for (const { spelling, names } of scored) {
    const id = names.join('+');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ spelling, names });
    if (out.length === limit) break;
  }
  return out;
}
