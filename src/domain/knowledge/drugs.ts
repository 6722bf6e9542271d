import { inSection, type SentenceRef } from './documents/sentence-ref.ts';

/**
 * Every drug the five documents name, with the class the documents group it under, the brand
 * names they give and the other spellings they use. Input accepts any of these names (case
 * insensitive); output always uses the generic name, a `DrugName`.
 */

/**
 * The generic names, once. Everything that names an agent (regimen slots, conditions, the
 * named-only list, the RxNorm table, a case's regimen) is typed by `DrugName`, so a misspelt
 * agent is a compile error; text from outside (typed names, FHIR codes) becomes a `DrugName`
 * only through `normaliseDrugName` or `isDrugName`.
 */
export const drugNames = [
  'letrozole',
  'anastrozole',
  'exemestane',
  'tamoxifen',
  'toremifene',
  'fulvestrant',
  'goserelin',
  'leuprolide',
  'megestrol',
  'fluoxymesterone',
  'ethinyl estradiol',
  'palbociclib',
  'ribociclib',
  'abemaciclib',
  'everolimus',
  'alpelisib',
  'capivasertib',
  'olaparib',
  'talazoparib',
  'trastuzumab',
  'pertuzumab',
  'trastuzumab emtansine',
  'trastuzumab deruxtecan',
  'lapatinib',
  'neratinib',
  'tucatinib',
  'margetuximab',
  'atezolizumab',
  'capecitabine',
  'carboplatin',
  'cisplatin',
  'cyclophosphamide',
  'docetaxel',
  'doxorubicin',
  'pegylated liposomal doxorubicin',
  'epirubicin',
  'eribulin',
  'fluorouracil',
  'gemcitabine',
  'ixabepilone',
  'paclitaxel',
  'nab-paclitaxel',
  'vinorelbine',
] as const;
export type DrugName = (typeof drugNames)[number];

const drugNameSet: ReadonlySet<string> = new Set(drugNames);

/** Whether a string is one of the generic names exactly as written (no case folding, no alias). */
export function isDrugName(value: string): value is DrugName {
  return drugNameSet.has(value);
}

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
  readonly name: DrugName;
  readonly drugClass: DrugClass;
  /** The finer class shown in a regimen slot, e.g. "mTOR inhibitor" within its group. */
  readonly subclass?: string;
  readonly family?: DrugFamily;
  readonly brands: readonly string[];
  readonly otherSpellings: readonly string[];
  /** Sentences that name the drug (the first from each document that does). */
  readonly sources: readonly SentenceRef[];
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

const t1 = inSection('001', 'Table 1. Common Hormone Therapy Options');
const t2 = inSection('001', 'Table 2. Targeted Therapy Options');
const chemo001 = inSection('001', 'Common chemotherapy options');
const chemo003 = inSection('003', 'Chemotherapy');
const ht003 = inSection('003', 'Hormone therapy');
const tt003 = inSection('003', 'Targeted therapy');
const ht002 = inSection('002', 'Hormone therapy');
const tt002 = inSection('002', 'Targeted therapy');
const erPositive000 = inSection('000', 'ER-positive or PR-positive Cancers');
const erNegative000 = inSection('000', 'ER-negative or PR-negative Cancers');
const immunotherapy002 = inSection('002', 'Immunotherapy');

type DrugEntry = Omit<Drug, 'name'>;

function entry(
  drugClass: DrugClass,
  sources: readonly SentenceRef[],
  extra: {
    brands?: readonly string[];
    otherSpellings?: readonly string[];
    subclass?: string;
    family?: DrugFamily;
  } = {},
): DrugEntry {
  return {
    drugClass,
    sources,
    brands: extra.brands ?? [],
    otherSpellings: extra.otherSpellings ?? [],
    ...(extra.subclass ? { subclass: extra.subclass } : {}),
    ...(extra.family ? { family: extra.family } : {}),
  };
}

/**
 * One entry per generic name: keyed by `DrugName`, so a name without an entry, an entry for a
 * name not in `drugNames`, or a second entry for a name does not compile.
 */
const drugTable: Readonly<Record<DrugName, DrugEntry>> = {
  letrozole: entry(
    'aromatase inhibitor',
    [t1(6, 'edc36c'), ht003(4, '9eff8e'), ht002(4, 'ce2e25')],
    { brands: ['Femara'] },
  ),
  anastrozole: entry(
    'aromatase inhibitor',
    [t1(6, 'edc36c'), ht003(5, 'a34774'), ht002(4, 'ce2e25')],
    { brands: ['Arimidex'], otherSpellings: ['anastrazole'] },
  ),
  exemestane: entry(
    'aromatase inhibitor',
    [t1(6, 'edc36c'), ht003(6, '6a90ce'), ht002(4, 'ce2e25')],
    { brands: ['Aromasin'] },
  ),
  tamoxifen: entry('SERM', [
    t1(5, 'b52474'),
    erPositive000(1, 'cf3262'),
    ht002(4, 'ce2e25'),
    ht003(9, 'd60041'),
  ]),
  toremifene: entry('SERM', [t1(11, 'e7de63'), ht002(5, 'cbc47f')], { brands: ['Fareston'] }),
  fulvestrant: entry('SERD', [t1(9, '036818'), ht002(5, 'cbc47f')], { brands: ['Faslodex'] }),
  goserelin: entry('LHRH / GnRH agonist', [t1(3, '78d174')], { brands: ['Zoladex'] }),
  leuprolide: entry('LHRH / GnRH agonist', [t1(3, '78d174')], { brands: ['Lupron'] }),
  megestrol: entry('other hormone therapy', [t1(4, '2d8eab')], {
    brands: ['Megace'],
    otherSpellings: ['megestrol acetate'],
    subclass: 'progestin',
  }),
  fluoxymesterone: entry('other hormone therapy', [t1(2, '3a0aa2')], { subclass: 'androgen' }),
  'ethinyl estradiol': entry('other hormone therapy', [t1(7, 'efec32')], { subclass: 'estrogen' }),
  palbociclib: entry(
    'CDK4/6 inhibitor',
    [t2(6, '1c5e5e'), tt003(17, '1c31c9'), erPositive000(2, '2e44af')],
    { brands: ['Ibrance'] },
  ),
  ribociclib: entry('CDK4/6 inhibitor', [t2(8, 'aaddd4'), tt003(15, '775cc8')], {
    brands: ['Kisqali'],
  }),
  abemaciclib: entry(
    'CDK4/6 inhibitor',
    [t2(2, '74ea03'), tt003(16, '2c9b3a'), erPositive000(2, '2e44af')],
    { brands: ['Verzenio'] },
  ),
  everolimus: entry('mTOR / PI3K / AKT inhibitor', [t2(4, '1f3ccb'), tt003(13, '479e59')], {
    brands: ['Afinitor'],
    subclass: 'mTOR inhibitor',
  }),
  alpelisib: entry('mTOR / PI3K / AKT inhibitor', [tt003(14, '2d2eb0')], {
    brands: ['Piqray'],
    subclass: 'PI3K inhibitor',
  }),
  capivasertib: entry('mTOR / PI3K / AKT inhibitor', [tt003(18, '625067')], {
    brands: ['Truqap'],
    subclass: 'AKT inhibitor',
  }),
  olaparib: entry('PARP inhibitor', [tt003(20, 'dc4d7e'), tt002(8, 'efe2d0')], {
    brands: ['Lynparza'],
  }),
  talazoparib: entry('PARP inhibitor', [tt003(21, 'ba5bcb'), tt002(8, 'efe2d0')], {
    brands: ['Talzenna'],
  }),
  trastuzumab: entry(
    'anti-HER2',
    [t2(9, '370317'), tt003(4, 'e203ce'), erNegative000(2, '00715a'), tt002(3, 'fa9625')],
    { brands: ['Herceptin'] },
  ),
  pertuzumab: entry('anti-HER2', [t2(7, 'be715e'), tt003(5, 'fc82e6'), tt002(5, 'c72f1b')], {
    brands: ['Perjeta'],
  }),
  'trastuzumab emtansine': entry(
    'anti-HER2',
    [t2(3, '93fdab'), tt003(7, '23de20'), tt002(5, 'c72f1b')],
    {
      brands: ['Kadcyla'],
      otherSpellings: ['T-DM1', 'ado-trastuzumab emtansine'],
    },
  ),
  'trastuzumab deruxtecan': entry('anti-HER2', [tt003(8, '0364a8'), tt002(5, 'c72f1b')], {
    brands: ['Enhertu'],
    otherSpellings: ['fam-trastuzumab deruxtecan-nxki'],
  }),
  lapatinib: entry('anti-HER2', [t2(5, '292db7'), tt003(9, '871e19'), tt002(5, 'c72f1b')], {
    brands: ['Tykerb'],
  }),
  neratinib: entry('anti-HER2', [tt003(10, 'f0fa6f'), tt002(5, 'c72f1b')], { brands: ['Nerlynx'] }),
  tucatinib: entry('anti-HER2', [tt003(11, '787d58')], { brands: ['Tukysa'] }),
  margetuximab: entry('anti-HER2', [tt002(5, 'c72f1b')], { brands: ['Margenza'] }),
  atezolizumab: entry('checkpoint inhibitor', [immunotherapy002(2, 'd56f3f')], {
    brands: ['Tecentriq'],
  }),
  capecitabine: entry('chemotherapy', [chemo001(1, 'dc67a7'), chemo003(16, 'b91a15')], {
    brands: ['Xeloda'],
  }),
  carboplatin: entry('chemotherapy', [chemo001(2, '6e5d08'), chemo003(12, '89cbbf')], {
    brands: ['Paraplatin'],
    family: 'platinum',
  }),
  cisplatin: entry('chemotherapy', [chemo001(3, '5d0960'), chemo003(12, '89cbbf')], {
    family: 'platinum',
  }),
  cyclophosphamide: entry('chemotherapy', [chemo001(4, 'e7638d'), chemo003(15, 'e7638d')]),
  docetaxel: entry('chemotherapy', [chemo001(5, 'e93fe1'), chemo003(11, 'b74037')], {
    brands: ['Taxotere'],
    family: 'taxane',
  }),
  doxorubicin: entry('chemotherapy', [chemo001(6, 'ed9ab1'), chemo003(10, '2b5f79')], {
    brands: ['Adriamycin'],
    family: 'anthracycline',
  }),
  'pegylated liposomal doxorubicin': entry(
    'chemotherapy',
    [chemo001(12, 'f5ca9c'), chemo003(10, '2b5f79')],
    { brands: ['Doxil'], otherSpellings: ['liposomal doxorubicin'], family: 'anthracycline' },
  ),
  epirubicin: entry('chemotherapy', [chemo001(7, '8a064a'), chemo003(10, '2b5f79')], {
    brands: ['Ellence'],
    family: 'anthracycline',
  }),
  eribulin: entry('chemotherapy', [chemo001(8, '387916')], { brands: ['Halaven'] }),
  fluorouracil: entry('chemotherapy', [chemo001(9, 'd23861'), chemo003(17, 'b79b58')], {
    otherSpellings: ['5-FU', '5-fluorouracil'],
  }),
  gemcitabine: entry('chemotherapy', [chemo001(10, 'bae56c'), chemo003(13, '5967a3')], {
    brands: ['Gemzar'],
  }),
  ixabepilone: entry('chemotherapy', [chemo001(11, '8006cc')], { brands: ['Ixempra'] }),
  paclitaxel: entry('chemotherapy', [chemo001(13, '53a073'), chemo003(11, 'b74037')], {
    brands: ['Taxol'],
    family: 'taxane',
  }),
  'nab-paclitaxel': entry(
    'chemotherapy',
    [chemo001(14, 'c1e557'), chemo003(11, 'b74037'), immunotherapy002(2, 'd56f3f')],
    { brands: ['Abraxane'], otherSpellings: ['protein-bound paclitaxel'], family: 'taxane' },
  ),
  vinorelbine: entry('chemotherapy', [chemo001(15, 'cd0a8f'), chemo003(14, '9215a4')], {
    brands: ['Navelbine'],
  }),
};

/** The drugs in the order of `drugNames`. */
export const drugs: readonly Drug[] = drugNames.map((name) => ({ name, ...drugTable[name] }));

/** Fixed-dose products that stand for more than one agent, by the name they are sold under. */
export const combinationProducts: Readonly<Record<string, readonly DrugName[]>> = {
  Phesgo: ['trastuzumab', 'pertuzumab'],
};

const drugByName: ReadonlyMap<string, Drug> = new Map(drugs.map((d) => [d.name, d]));

/** The drug a generic name names; for any other string, undefined. */
export function getDrug(name: DrugName): Drug;
export function getDrug(name: string): Drug | undefined;
export function getDrug(name: string): Drug | undefined {
  return drugByName.get(name);
}

export function drugClassOf(name: DrugName): DrugClass;
export function drugClassOf(name: string): DrugClass | undefined;
export function drugClassOf(name: string): DrugClass | undefined {
  return drugByName.get(name)?.drugClass;
}

/** Lower-case, single-spaced form used to look a name up. */
function lookupKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Every accepted spelling with the generic names it maps to (for pickers and tests). */
export function drugAliases(): ReadonlyArray<{ alias: string; names: readonly DrugName[] }> {
  const out: Array<{ alias: string; names: readonly DrugName[] }> = [];
  for (const d of drugs) {
    for (const alias of [d.name, ...d.brands, ...d.otherSpellings]) {
      out.push({ alias, names: [d.name] });
    }
  }
  for (const [product, agents] of Object.entries(combinationProducts)) {
    out.push({ alias: product, names: agents });
  }
  return out;
}

const aliasIndex: ReadonlyMap<string, readonly DrugName[]> = new Map(
  drugAliases().map(({ alias, names }) => [lookupKey(alias), names]),
);

/**
 * The generic names a typed drug name stands for (two for Phesgo), or undefined when the name
 * is not one the documents use.
 */
export function normaliseDrugName(raw: string): readonly DrugName[] | undefined {
  return aliasIndex.get(lookupKey(raw));
}
