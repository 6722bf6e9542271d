import type { SiteName } from '../case/vocabulary.ts';

/**
 * The FHIR R4 / mCODE codes the importer reads and the exporter writes. Every standard code here
 * is one that ../shared/fhir/codes.json marks verified (a test checks each against that file);
 * where no verified code exists the exporter writes text only and the importer does not guess.
 */

export const systems = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  hgnc: 'http://www.genenames.org',
} as const;

export const systemNames: Readonly<Record<string, string>> = {
  [systems.snomed]: 'SNOMED CT',
  [systems.loinc]: 'LOINC',
  [systems.rxnorm]: 'RxNorm',
  [systems.icd10cm]: 'ICD-10-CM',
  [systems.hgnc]: 'HGNC',
};

/**
 * The dashboard's own namespace, for what mCODE has no element or verified code for (lesion
 * count, a treatment break, a board decision). Local code systems and extensions are how FHIR
 * carries such data; other readers may ignore them without misreading the standard parts.
 */
const local = 'https://mbc-dashboard.example/fhir';
export const localSystems = {
  drug: `${local}/CodeSystem/drug`,
  caseEvent: `${local}/CodeSystem/case-event`,
} as const;

export const extensionUrls = {
  eventIndex: `${local}/StructureDefinition/event-index`,
  site: `${local}/StructureDefinition/metastatic-site`,
  lesionCount: `${local}/StructureDefinition/lesion-count`,
  symptomatic: `${local}/StructureDefinition/symptomatic`,
  complication: `${local}/StructureDefinition/complication`,
  note: `${local}/StructureDefinition/note`,
  technique: `${local}/StructureDefinition/technique`,
  presentation: `${local}/StructureDefinition/presentation`,
  age: `${local}/StructureDefinition/age`,
  caseTitle: `${local}/StructureDefinition/case-title`,
  decisionCandidate: `${local}/StructureDefinition/decision-candidate`,
  decisionChoice: `${local}/StructureDefinition/decision-choice`,
  decisionRationale: `${local}/StructureDefinition/decision-rationale`,
  followUp: `${local}/StructureDefinition/follow-up`,
  knowledgeVersion: `${local}/StructureDefinition/knowledge-version`,
  /** mCODE's treatment intent on a cancer-related medication. */
  treatmentIntent: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent',
} as const;

export const palliativeIntent = { system: systems.snomed, code: '363676003' } as const;

/** Receptor tests: the first code of each list is the one the exporter writes. */
export const receptorTestCodes: Readonly<Record<'er' | 'pr' | 'her2', readonly string[]>> = {
  er: ['85337-4', '40556-3', '16112-5'],
  pr: ['85339-0', '40557-1', '16113-3'],
  her2: ['48676-1', '85319-2', '85318-4', '72383-3', '31150-6', '96893-3'],
};
/** ICHOM's SNOMED observation codes for ER and PR status. */
export const receptorTestSnomed: Readonly<Record<string, 'er' | 'pr'>> = {
  '445028008': 'er',
  '445029000': 'pr',
};

export type Qualitative = 'positive' | 'negative' | 'equivocal' | 'not-done';

/** Result values, in both the LOINC-answer and the SNOMED-qualifier styles mCODE data use. */
export const resultValues: Readonly<Record<string, Readonly<Record<string, Qualitative>>>> = {
  [systems.loinc]: { 'LA6576-8': 'positive', 'LA6577-6': 'negative' },
  [systems.snomed]: {
    '10828004': 'positive',
    '260385009': 'negative',
    '280414007': 'equivocal',
    '416053008': 'positive',
    '373572006': 'negative',
    '416561008': 'positive',
    '441118006': 'negative',
    '427685000': 'positive',
    '431396003': 'negative',
    '416237000': 'not-done',
  },
};

export const positiveAnswer = { system: systems.loinc, code: 'LA6576-8', display: 'Positive' };
export const negativeAnswer = { system: systems.loinc, code: 'LA6577-6', display: 'Negative' };

/** PD-L1: the clone-independent percentage code and the clone-specific presence codes. */
export const pdl1Codes: readonly string[] = [
  '83053-9',
  '83052-1',
  '83054-7',
  '85147-7',
  '83057-0',
  '85149-3',
  '83055-4',
];

export const genomicVariantCode = '69548-6';
export const geneStudiedCode = '48018-6';
export const germlineClass = { system: systems.loinc, code: 'LA6683-2', display: 'Germline' };
export const somaticClassCode = 'LA6684-0';
export const variantPresent = { system: systems.loinc, code: 'LA9633-4', display: 'Present' };
export const variantAbsent = { system: systems.loinc, code: 'LA9634-2', display: 'Absent' };
export const brcaGenes: Readonly<Record<string, 'BRCA1' | 'BRCA2'>> = {
  'HGNC:1100': 'BRCA1',
  'HGNC:1101': 'BRCA2',
  // One mCODE example writes the HGNC id without its prefix (codes.json note).
  '1100': 'BRCA1',
  '1101': 'BRCA2',
};
/** BRCA tumour-marker tests ("variants found"). */
export const brcaMarkerCodes: Readonly<Record<string, 'BRCA1' | 'BRCA2'>> = {
  '21636-6': 'BRCA1',
  '38530-2': 'BRCA2',
};
/** ICHOM's germline findings. */
export const brcaFindingSnomed: Readonly<Record<string, 'mutated' | 'not-mutated'>> = {
  '412734009': 'mutated',
  '412738007': 'mutated',
  '445180002': 'not-mutated',
};

export const menopauseCode = { system: systems.snomed, code: '161712005' } as const;
export const menopauseValues: Readonly<Record<string, 'pre' | 'post'>> = {
  '309606002': 'pre',
  '307429007': 'post',
};
export const menopauseValueCodes = {
  pre: { system: systems.snomed, code: '309606002', display: 'Premenopausal state' },
  post: { system: systems.snomed, code: '307429007', display: 'Postmenopausal state' },
} as const;

export const ecogCode = '89247-1';
export const ecogAnswers: Readonly<Record<string, number>> = {
  'LA9622-7': 0,
  'LA9623-5': 1,
  'LA9624-3': 2,
  'LA9625-0': 3,
  'LA9626-8': 4,
  'LA9627-6': 5,
};

export const diseaseStatusCode = '97509-4';
export type DiseaseStatus =
  'progression' | 'improved' | 'complete' | 'partial' | 'stable' | 'not-evaluable';
export const diseaseStatusValues: Readonly<Record<string, DiseaseStatus>> = {
  '271299001': 'progression',
  '268910001': 'improved',
  '550991000124107': 'complete',
  '551001000124108': 'partial',
  '359746009': 'stable',
  '709137006': 'not-evaluable',
};
export const diseaseStatusCodes = {
  progression: {
    system: systems.snomed,
    code: '271299001',
    display: "Patient's condition worsened",
  },
  complete: {
    system: systems.snomed,
    code: '550991000124107',
    display: 'Malignant neoplasm in full remission',
  },
  partial: {
    system: systems.snomed,
    code: '551001000124108',
    display: 'Malignant neoplasm in partial remission',
  },
  stable: { system: systems.snomed, code: '359746009', display: "Patient's condition stable" },
} as const;

export type StopReason = 'progression' | 'not-tolerated' | 'patient-choice' | 'other';
export const stopReasonValues: Readonly<Record<string, StopReason>> = {
  '266721009': 'progression',
  '407563006': 'not-tolerated',
  '105480006': 'patient-choice',
};
export const stopReasonCodes = {
  progression: { system: systems.snomed, code: '266721009', display: 'No response to treatment' },
  'not-tolerated': {
    system: systems.snomed,
    code: '407563006',
    display: 'Treatment not tolerated',
  },
  'patient-choice': {
    system: systems.snomed,
    code: '105480006',
    display: 'Refusal of treatment by patient',
  },
} as const;

/** Metastatic-site disorder codes (SNOMED and ICD-10-CM) to the case format's sites. */
export const siteBySnomed: Readonly<Record<string, SiteName>> = {
  '94222008': 'bone',
  '94217008': 'bone',
  '94602001': 'bone',
  '94381002': 'liver',
  '94391008': 'lung',
  '94225005': 'brain',
  '94392001': 'lymph-node',
  '94181007': 'lymph-node',
  '94614009': 'lymph-node',
  '94408005': 'lymph-node',
  '94351005': 'lymph-node',
  '94493005': 'pleura',
  '94579000': 'skin',
  '94544002': 'skin',
  '94264008': 'soft-tissue',
  '94253005': 'soft-tissue',
  '145501000119108': 'breast',
  // Sites the documents do not single out: kept as "other" so the site count stays right.
  '94246001': 'other',
  '1155991005': 'other',
  '94600009': 'other',
  '94484009': 'other',
  '94627008': 'other',
  '94161006': 'other',
  '94455000': 'other',
};
export const siteByIcd10: Readonly<Record<string, SiteName>> = {
  'C79.51': 'bone',
  'C79.52': 'bone',
  'C78.7': 'liver',
  'C78.00': 'lung',
  'C78.01': 'lung',
  'C78.02': 'lung',
  'C79.31': 'brain',
  'C79.32': 'other',
  'C77.3': 'lymph-node',
  'C77.1': 'lymph-node',
  'C77.9': 'lymph-node',
  'C78.2': 'pleura',
  'C78.6': 'other',
  'C79.2': 'skin',
  'C79.81': 'breast',
  'C79.89': 'other',
};
/** Codes that say "metastatic, site not given": recognised, but they name no site. */
export const siteUnspecifiedCodes: readonly string[] = ['315004001', 'C79.9'];

/** The code the exporter writes for each site; "other" has no single code. */
export const siteCodes: Readonly<Record<SiteName, { code: string; display: string } | undefined>> =
  {
    bone: { code: '94222008', display: 'Secondary malignant neoplasm of bone' },
    liver: { code: '94381002', display: 'Secondary malignant neoplasm of liver' },
    lung: { code: '94391008', display: 'Secondary malignant neoplasm of lung' },
    brain: { code: '94225005', display: 'Secondary malignant neoplasm of brain' },
    'lymph-node': { code: '94392001', display: 'Secondary malignant neoplasm of lymph node' },
    'soft-tissue': { code: '94264008', display: 'Secondary malignant neoplasm of soft tissues' },
    pleura: { code: '94493005', display: 'Secondary malignant neoplasm of pleura' },
    skin: { code: '94579000', display: 'Secondary malignant neoplasm of skin' },
    breast: {
      code: '145501000119108',
      display: 'Secondary malignant neoplasm of breast',
    },
    other: undefined,
  };

/** Body-site codes for a local therapy's site (pleura, soft tissue and "other" have none). */
export const bodySiteCodes: Readonly<Record<SiteName, string | undefined>> = {
  bone: '119186007',
  liver: '10200004',
  lung: '39607008',
  brain: '12738006',
  'lymph-node': '59441001',
  skin: '39937001',
  breast: '76752008',
  pleura: undefined,
  'soft-tissue': undefined,
  other: undefined,
};

/** Primary breast cancer condition codes (the presentation hint compares their onset). */
export const primaryCancerCodes: readonly string[] = ['254837009', '353431000119107', '93796005'];

/**
 * RxNorm concepts (ingredient, salt, brand, clinical drug) to canonical drug names, mapped by
 * code only. Pembrolizumab is known to RxNorm but not to the five documents, so it is listed
 * separately: the importer names it instead of dropping it silently.
 */
export const drugByRxNorm: Readonly<Record<string, string>> = {
  '72965': 'letrozole',
  '203769': 'letrozole',
  '200064': 'letrozole',
  '84857': 'anastrozole',
  '262485': 'anastrozole',
  '199224': 'anastrozole',
  '258494': 'exemestane',
  '262105': 'exemestane',
  '310261': 'exemestane',
  '10324': 'tamoxifen',
  '281964': 'tamoxifen',
  '498464': 'tamoxifen',
  '198240': 'tamoxifen',
  '38409': 'toremifene',
  '155082': 'toremifene',
  '282357': 'fulvestrant',
  '203870': 'fulvestrant',
  '727762': 'fulvestrant',
  '50610': 'goserelin',
  '203146': 'goserelin',
  '58328': 'goserelin',
  '42375': 'leuprolide',
  '203217': 'leuprolide',
  '203852': 'leuprolide',
  '352619': 'leuprolide',
  '6703': 'megestrol',
  '29451': 'megestrol',
  '203000': 'megestrol',
  '1601374': 'palbociclib',
  '1601381': 'palbociclib',
  '1601380': 'palbociclib',
  '1873916': 'ribociclib',
  '1873984': 'ribociclib',
  '1873983': 'ribociclib',
  '1946825': 'abemaciclib',
  '1946831': 'abemaciclib',
  '1946840': 'abemaciclib',
  '141704': 'everolimus',
  '845509': 'everolimus',
  '2169285': 'alpelisib',
  '2169302': 'alpelisib',
  '1597582': 'olaparib',
  '1597588': 'olaparib',
  '2099704': 'talazoparib',
  '2099947': 'talazoparib',
  '224905': 'trastuzumab',
  '101306': 'trastuzumab',
  '1298944': 'pertuzumab',
  '1298949': 'pertuzumab',
  '1371041': 'trastuzumab emtansine',
  '1371046': 'trastuzumab emtansine',
  '1658084': 'trastuzumab emtansine',
  '2267582': 'trastuzumab deruxtecan',
  '2267574': 'trastuzumab deruxtecan',
  '2267577': 'trastuzumab deruxtecan',
  '480167': 'lapatinib',
  '659616': 'lapatinib',
  '672149': 'lapatinib',
  '1940643': 'neratinib',
  '1940649': 'neratinib',
  '1940648': 'neratinib',
  '2361285': 'tucatinib',
  '2361291': 'tucatinib',
  '1792776': 'atezolizumab',
  '1792781': 'atezolizumab',
  '194000': 'capecitabine',
  '220961': 'capecitabine',
  '40048': 'carboplatin',
  '152200': 'carboplatin',
  '597195': 'carboplatin',
  '2555': 'cisplatin',
  '309311': 'cisplatin',
  '3002': 'cyclophosphamide',
  '1734919': 'cyclophosphamide',
  '72962': 'docetaxel',
  '202982': 'docetaxel',
  '3639': 'doxorubicin',
  '42512': 'doxorubicin',
  '1790099': 'doxorubicin',
  '80773': 'pegylated liposomal doxorubicin',
  '3995': 'epirubicin',
  '203766': 'epirubicin',
  '1732186': 'epirubicin',
  '1045453': 'eribulin',
  '1045457': 'eribulin',
  '4492': 'fluorouracil',
  '202632': 'fluorouracil',
  '1791701': 'fluorouracil',
  '12574': 'gemcitabine',
  '101236': 'gemcitabine',
  '337523': 'ixabepilone',
  '744825': 'ixabepilone',
  '56946': 'paclitaxel',
  '583214': 'paclitaxel',
  '589511': 'nab-paclitaxel',
  '39541': 'vinorelbine',
  '53557': 'vinorelbine',
};
export const rxNormOutsideDocuments: Readonly<Record<string, string>> = {
  '1547545': 'pembrolizumab',
  '1547550': 'pembrolizumab',
};

/** The RxNorm code the exporter writes for a drug: the first listed for it above. */
export function rxNormFor(drug: string): string | undefined {
  for (const [code, name] of Object.entries(drugByRxNorm)) if (name === drug) return code;
  return undefined;
}
