import { drugClassOf, modalityOfClass, type DrugName } from '../knowledge/drugs.ts';
import type { Modality } from '../knowledge/option.ts';

/** A regimen that mixes classes takes the first of these that one of its agents belongs to. */
const precedence: readonly Modality[] = ['immunotherapy', 'targeted', 'endocrine', 'chemotherapy'];

/** The modality of a regimen's agents; undefined for an empty list. */
export function regimenModality(agents: readonly DrugName[]): Modality | undefined {
  const present = new Set<Modality>(agents.map((a) => modalityOfClass[drugClassOf(a)]));
  return precedence.find((m) => present.has(m));
}
