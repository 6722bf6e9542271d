import { drugClassOf, modalityOfClass } from '../knowledge/drugs.ts';
import type { Modality } from '../knowledge/option.ts';

/** A regimen that mixes classes takes the first of these that one of its agents belongs to. */
const precedence: readonly Modality[] = ['immunotherapy', 'targeted', 'endocrine', 'chemotherapy'];

export function regimenModality(agents: readonly string[]): Modality | undefined {
  const present = new Set<Modality>(
    agents.map((a) => drugClassOf(a)).flatMap((c) => (c ? [modalityOfClass[c]] : [])),
  );
  return precedence.find((m) => present.has(m));
}
