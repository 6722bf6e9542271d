import { drugClassOf, modalityOfClass, type DrugName } from '../knowledge/drugs.ts';
import type { Modality } from '../knowledge/option.ts';

/** A regimen that mixes classes takes the first of these that one of its agents belongs to. */
const precedence: readonly Modality[] = ['immunotherapy', 'targeted', 'endocrine', 'chemotherapy'];

/** Every modality a regimen's agents belong to, in the order of `precedence`. */
export function regimenModalities(agents: readonly DrugName[]): Modality[] {
  const present = new Set<Modality>(agents.map((a) => modalityOfClass[drugClassOf(a)]));
  return precedence.filter((m) => present.has(m));
}

/** The modality of a regimen's agents; undefined for an empty list. */
export function regimenModality(agents: readonly DrugName[]): Modality | undefined {
  return regimenModalities(agents)[0];
}

/**
 * The modalities a candidate belongs to: its own modality first (the one it is ranked and
 * labelled by), then any other modality one of its agents belongs to. A hormone drug with a
 * targeted drug is both targeted and endocrine, so a filter on either finds it.
 */
export function candidateModalities(candidate: {
  readonly modality: Modality;
  readonly components: ReadonlyArray<{ readonly agents: readonly DrugName[] }>;
}): Modality[] {
  const others = regimenModalities(candidate.components.flatMap((c) => c.agents));
  return [candidate.modality, ...others.filter((m) => m !== candidate.modality)];
}
