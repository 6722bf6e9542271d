import type { SourceRef } from './sources.ts';

/**
 * Every drug the five documents name, with the class the documents group it under, the brand
 * names they give and the other spellings they use. Input accepts any of these names (case
 * insensitive); output always uses `name`.
 */

export type DrugClass =
  | 'aromatase inhibitor'
  | 'SERM'
  | 'SERD'
  | 'LHRH / GnRH agonist'
  | 'other hormone therapy'
  | 'CDK4/6 inhibitor'
  | 'mTOR / PI3K / AKT inhibitor'
  | 'PARP inhibitor'
  | 'anti-HER2'
  | 'checkpoint inhibitor'
  | 'chemotherapy';

export type Modality = 'endocrine' | 'chemotherapy' | 'targeted' | 'immunotherapy';

/** Narrower families the conditions need ("a taxane", "an anthracycline"). */
export type DrugFamily = 'taxane' | 'anthracycline' | 'platinum';

export interface Drug {
  readonly name: string;
  readonly drugClass: DrugClass;
  /** The finer class shown in a regimen slot, e.g. "mTOR inhibitor" within its group. */
  readonly subclass?: string;
  readonly family?: DrugFamily;
  readonly brands: readonly string[];
  readonly otherSpellings: readonly string[];
  readonly sources: readonly SourceRef[];
}

export const modalityOfClass: Readonly<Record<DrugClass, Modality>> = {
  'aromatase inhibitor': 'endocrine',
  SERM: 'endocrine',
  SERD: 'endocrine',
  'LHRH / GnRH agonist': 'endocrine',
  'other hormone therapy': 'endocrine',
  'CDK4/6 inhibitor': 'targeted',
  'mTOR / PI3K / AKT inhibitor': 'targeted',
  'PARP inhibitor': 'targeted',
  'anti-HER2': 'targeted',
  'checkpoint inhibitor': 'immunotherapy',
  chemotherapy: 'chemotherapy',
};

const t1 = { doc: '001', section: 'Table 1. Common Hormone Therapy Options' } as const;
const t2 = { doc: '001', section: 'Table 2. Targeted Therapy Options' } as const;
const chemo001 = { doc: '001', section: 'Common chemotherapy options' } as const;
const chemo003 = { doc: '003', section: 'Chemotherapy' } as const;
const ht003 = { doc: '003', section: 'Hormone therapy' } as const;
const tt003 = { doc: '003', section: 'Targeted therapy' } as const;
const ht002 = { doc: '002', section: 'Hormone therapy' } as const;
const tt002 = { doc: '002', section: 'Targeted therapy' } as const;

function drug(
  name: string,
  drugClass: DrugClass,
  sources: readonly SourceRef[],
  extra: {
    brands?: readonly string[];
    otherSpellings?: readonly string[];
    subclass?: string;
    family?: DrugFamily;
  } = {},
): Drug {
  return {
    name,
    drugClass,
    sources,
    brands: extra.brands ?? [],
    otherSpellings: extra.otherSpellings ?? [],
    ...(extra.subclass ? { subclass: extra.subclass } : {}),
    ...(extra.family ? { family: extra.family } : {}),
  };
}

export const drugs: readonly Drug[] = [
  drug('letrozole', 'aromatase inhibitor', [t1, ht003, ht002], { brands: ['Femara'] }),
  drug('anastrozole', 'aromatase inhibitor', [t1, ht003, ht002], {
    brands: ['Arimidex'],
    otherSpellings: ['anastrazole'],
  }),
  drug('exemestane', 'aromatase inhibitor', [t1, ht003, ht002], { brands: ['Aromasin'] }),
  drug('tamoxifen', 'SERM', [t1, ht003, ht002]),
  drug('toremifene', 'SERM', [t1, ht002], { brands: ['Fareston'] }),
  drug('fulvestrant', 'SERD', [t1, ht002], { brands: ['Faslodex'] }),
  drug('goserelin', 'LHRH / GnRH agonist', [t1], { brands: ['Zoladex'] }),
  drug('leuprolide', 'LHRH / GnRH agonist', [t1], { brands: ['Lupron'] }),
  drug('megestrol', 'other hormone therapy', [t1], {
    brands: ['Megace'],
    otherSpellings: ['megestrol acetate'],
    subclass: 'progestin',
  }),
  drug('fluoxymesterone', 'other hormone therapy', [t1], { subclass: 'androgen' }),
  drug('ethinyl estradiol', 'other hormone therapy', [t1], { subclass: 'estrogen' }),
  drug('palbociclib', 'CDK4/6 inhibitor', [t2, tt003], { brands: ['Ibrance'] }),
  drug('ribociclib', 'CDK4/6 inhibitor', [t2, tt003], { brands: ['Kisqali'] }),
  drug('abemaciclib', 'CDK4/6 inhibitor', [t2, tt003], { brands: ['Verzenio'] }),
  drug('everolimus', 'mTOR / PI3K / AKT inhibitor', [t2, tt003], {
    brands: ['Afinitor'],
    subclass: 'mTOR inhibitor',
  }),
  drug('alpelisib', 'mTOR / PI3K / AKT inhibitor', [tt003], {
    brands: ['Piqray'],
    subclass: 'PI3K inhibitor',
  }),
  drug('capivasertib', 'mTOR / PI3K / AKT inhibitor', [tt003], {
    brands: ['Truqap'],
    subclass: 'AKT inhibitor',
  }),
  drug('olaparib', 'PARP inhibitor', [tt003, tt002], { brands: ['Lynparza'] }),
  drug('talazoparib', 'PARP inhibitor', [tt003, tt002], { brands: ['Talzenna'] }),
  drug('trastuzumab', 'anti-HER2', [t2, tt003, tt002], { brands: ['Herceptin'] }),
  drug('pertuzumab', 'anti-HER2', [t2, tt003, tt002], { brands: ['Perjeta'] }),
  drug('trastuzumab emtansine', 'anti-HER2', [t2, tt003, tt002], {
    brands: ['Kadcyla'],
    otherSpellings: ['T-DM1', 'ado-trastuzumab emtansine'],
  }),
  drug('trastuzumab deruxtecan', 'anti-HER2', [tt003, tt002], {
    brands: ['Enhertu'],
    otherSpellings: ['fam-trastuzumab deruxtecan-nxki'],
  }),
  drug('lapatinib', 'anti-HER2', [t2, tt003, tt002], { brands: ['Tykerb'] }),
  drug('neratinib', 'anti-HER2', [tt003, tt002], { brands: ['Nerlynx'] }),
  drug('tucatinib', 'anti-HER2', [tt003], { brands: ['Tukysa'] }),
  drug('margetuximab', 'anti-HER2', [tt002], { brands: ['Margenza'] }),
  drug('atezolizumab', 'checkpoint inhibitor', [{ doc: '002', section: 'Immunotherapy' }], {
    brands: ['Tecentriq'],
  }),
  drug('capecitabine', 'chemotherapy', [chemo001, chemo003], { brands: ['Xeloda'] }),
  drug('carboplatin', 'chemotherapy', [chemo001, chemo003], {
    brands: ['Paraplatin'],
    family: 'platinum',
  }),
  drug('cisplatin', 'chemotherapy', [chemo001, chemo003], { family: 'platinum' }),
  drug('cyclophosphamide', 'chemotherapy', [chemo001, chemo003]),
  drug('docetaxel', 'chemotherapy', [chemo001, chemo003], {
    brands: ['Taxotere'],
    family: 'taxane',
  }),
  drug('doxorubicin', 'chemotherapy', [chemo001, chemo003], {
    brands: ['Adriamycin'],
    family: 'anthracycline',
  }),
  drug('pegylated liposomal doxorubicin', 'chemotherapy', [chemo001, chemo003], {
    brands: ['Doxil'],
    otherSpellings: ['liposomal doxorubicin'],
    family: 'anthracycline',
  }),
  drug('epirubicin', 'chemotherapy', [chemo001, chemo003], {
    brands: ['Ellence'],
    family: 'anthracycline',
  }),
  drug('eribulin', 'chemotherapy', [chemo001], { brands: ['Halaven'] }),
  drug('fluorouracil', 'chemotherapy', [chemo001, chemo003], {
    otherSpellings: ['5-FU', '5-fluorouracil'],
  }),
  drug('gemcitabine', 'chemotherapy', [chemo001, chemo003], { brands: ['Gemzar'] }),
  drug('ixabepilone', 'chemotherapy', [chemo001], { brands: ['Ixempra'] }),
  drug('paclitaxel', 'chemotherapy', [chemo001, chemo003], { brands: ['Taxol'], family: 'taxane' }),
  drug('nab-paclitaxel', 'chemotherapy', [chemo001, chemo003], {
    brands: ['Abraxane'],
    otherSpellings: ['protein-bound paclitaxel'],
    family: 'taxane',
  }),
  drug('vinorelbine', 'chemotherapy', [chemo001, chemo003], { brands: ['Navelbine'] }),
];

/** Fixed-dose products that stand for more than one agent. */
export const combinationProducts: Readonly<Record<string, readonly string[]>> = {
  phesgo: ['trastuzumab', 'pertuzumab'],
};

const drugByName = new Map(drugs.map((d) => [d.name, d]));

export function getDrug(name: string): Drug | undefined {
  return drugByName.get(name);
}

export function drugClassOf(name: string): DrugClass | undefined {
  return drugByName.get(name)?.drugClass;
}

/** Lower-case, single-spaced form used to look a name up. */
function lookupKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, ' ');
}

const aliasIndex: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, readonly string[]>();
  for (const d of drugs) {
    for (const alias of [d.name, ...d.brands, ...d.otherSpellings]) {
      index.set(lookupKey(alias), [d.name]);
    }
  }
  for (const [product, agents] of Object.entries(combinationProducts)) {
    index.set(product, agents);
  }
  return index;
})();

/**
 * The canonical names a typed drug name stands for (two for Phesgo), or undefined when the name
 * is not one the documents use.
 */
export function normaliseDrugName(raw: string): readonly string[] | undefined {
  return aliasIndex.get(lookupKey(raw));
}

/** Every accepted spelling with the canonical names it maps to (for pickers and tests). */
export function drugAliases(): ReadonlyArray<{ alias: string; names: readonly string[] }> {
  const out: Array<{ alias: string; names: readonly string[] }> = [];
  for (const d of drugs) {
    for (const alias of [d.name, ...d.brands, ...d.otherSpellings]) {
      out.push({ alias, names: [d.name] });
    }
  }
  out.push({ alias: 'Phesgo', names: combinationProducts['phesgo'] ?? [] });
  return out;
}
