import { isDrugName, type DrugName } from '../knowledge/drugs.ts';
import products from './data/rxnorm-products.json';
import { rxNormCodesOf, rxNormOutsideDocuments } from './fhir-codes.ts';
import { drugNames } from '../knowledge/drugs.ts';

/**
 * RxNorm code → the documents' drugs a product contains, at every level a record uses
 * (ingredient, salt, brand, clinical and branded drug, dose-form groups, packs, multi-ingredient
 * products). Two sources: the verified codes of fhir-codes.ts (codes.json) and the data file
 * data/rxnorm-products.json, built from a public RxNorm list with each code's source. Mapping is
 * by code only; the display in the data file is there for people and tests.
 */
export interface RxNormProduct {
  readonly code: string;
  readonly display?: string;
  readonly drugs: readonly DrugName[];
  /** Set when the product is not placed in a line (a topical form, a contraceptive combination). */
  readonly notALine?: string;
  readonly otherIngredients?: readonly string[];
}

interface ProductRow {
  readonly code: string;
  readonly display: string;
  readonly kind: string;
  readonly drugs: readonly string[];
  readonly otherIngredients?: readonly string[];
  readonly notALine?: string;
  readonly source: string;
}

const rows = products.products as readonly ProductRow[];

function toDrugs(names: readonly string[]): DrugName[] {
  return names.filter((n): n is DrugName => isDrugName(n));
}

export const productByRxNorm: ReadonlyMap<string, RxNormProduct> = (() => {
  const map = new Map<string, RxNormProduct>();
  for (const row of rows) {
    map.set(row.code, {
      code: row.code,
      display: row.display,
      drugs: toDrugs(row.drugs),
      ...(row.notALine ? { notALine: row.notALine } : {}),
      ...(row.otherIngredients ? { otherIngredients: row.otherIngredients } : {}),
    });
  }
  // The verified codes of fhir-codes.ts win: they are what the exporter writes.
  for (const name of drugNames) {
    for (const code of rxNormCodesOf(name)) {
      const known = map.get(code);
      map.set(code, { code, ...(known?.display ? { display: known.display } : {}), drugs: [name] });
    }
  }
  return map;
})();

/** Medicines RxNorm knows that the five documents do not name, by code, with the ingredient. */
export const outsideDocumentsByRxNorm: ReadonlyMap<string, string> = new Map([
  ...products.outsideDocuments.map((o) => [o.code, o.ingredient] as const),
  ...Object.entries(rxNormOutsideDocuments),
]);

/** The rows of the data file, for its tests. */
export const rxNormProductRows: readonly ProductRow[] = rows;
export const rxNormSources: Readonly<Record<string, string>> = products.sources;
