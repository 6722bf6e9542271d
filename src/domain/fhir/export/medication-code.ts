import type { DrugName } from '../../knowledge/drugs.ts';
import { rxNormByDrug } from '../fhir-codes.ts';

/**
 * The RxNorm code the exporter writes for a drug: its ingredient concept, named explicitly
 * rather than taken as the first of a list, since any ordering of the codes (an object's numeric
 * keys sort first) can put a brand concept (Faslodex, Herceptin) ahead of the ingredient. The
 * two formulations without an ingredient concept of their own (Doxil, Abraxane) use their brand
 * concept, as the plain ingredient would name another drug. Undefined when no code is verified.
 */
export function exportRxNorm(drug: DrugName): string | undefined {
  const concepts = rxNormByDrug[drug];
  if (!concepts) return undefined;
  return 'ingredient' in concepts ? concepts.ingredient : concepts.brand;
}
