import type { SiteName } from '../case/vocabulary.ts';
import { drugNames, type DrugName } from '../knowledge/drugs.ts';

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
 * The RxNorm concepts of one drug, every one verified in codes.json. `ingredient` is its
 * ingredient-level concept, the one the exporter writes. Pegylated liposomal doxorubicin and
 * nab-paclitaxel have no verified ingredient concept of their own, only a brand concept (Doxil,
 * Abraxane): that `brand` is written instead, since the plain ingredient (doxorubicin,
 * paclitaxel) would name another drug. `others` are the brand, salt-form and clinical-drug
 * concepts the importer also reads.
 */
export type RxNormConcepts =
  | { readonly ingredient: string; readonly others: readonly string[] }
  | { readonly brand: string; readonly others: readonly string[] };

/**
 * RxNorm concepts for every drug the documents name. Keyed by every `DrugName` (not `Partial`)
 * so that a drug added to the list does not compile until someone decides its codes; the four
 * without a verified code are `undefined` (capivasertib and margetuximab are in codes.json's
 * notVerified; fluoxymesterone and ethinyl estradiol are not in codes.json at all). Those are
 * exported with the local drug code only and imported by it.
 */
export const rxNormByDrug: Readonly<Record<DrugName, RxNormConcepts | undefined>> = {
  letrozole: { ingredient: '72965', others: ['203769', '200064'] },
  anastrozole: { ingredient: '84857', others: ['262485', '199224'] },
  exemestane: { ingredient: '258494', others: ['262105', '310261'] },
  tamoxifen: { ingredient: '10324', others: ['281964', '498464', '198240'] },
  toremifene: { ingredient: '38409', others: ['155082'] },
  fulvestrant: { ingredient: '282357', others: ['203870', '727762'] },
  goserelin: { ingredient: '50610', others: ['203146', '58328'] },
  leuprolide: { ingredient: '42375', others: ['203217', '203852', '352619'] },
  megestrol: { ingredient: '6703', others: ['29451', '203000'] },
  fluoxymesterone: undefined,
  'ethinyl estradiol': undefined,
  palbociclib: { ingredient: '1601374', others: ['1601381', '1601380'] },
  ribociclib: { ingredient: '1873916', others: ['1873984', '1873983'] },
  abemaciclib: { ingredient: '1946825', others: ['1946831', '1946840'] },
  everolimus: { ingredient: '141704', others: ['845509'] },
  alpelisib: { ingredient: '2169285', others: ['2169302'] },
  capivasertib: undefined,
  olaparib: { ingredient: '1597582', others: ['1597588'] },
  talazoparib: { ingredient: '2099704', others: ['2099947'] },
  trastuzumab: { ingredient: '224905', others: ['101306'] },
  pertuzumab: { ingredient: '1298944', others: ['1298949'] },
  'trastuzumab emtansine': { ingredient: '1371041', others: ['1371046', '1658084'] },
  'trastuzumab deruxtecan': { ingredient: '2267582', others: ['2267574', '2267577'] },
  lapatinib: { ingredient: '480167', others: ['659616', '672149'] },
  neratinib: { ingredient: '1940643', others: ['1940649', '1940648'] },
  tucatinib: { ingredient: '2361285', others: ['2361291'] },
  margetuximab: undefined,
  atezolizumab: { ingredient: '1792776', others: ['1792781'] },
  capecitabine: { ingredient: '194000', others: ['220961'] },
  carboplatin: { ingredient: '40048', others: ['152200', '597195'] },
  cisplatin: { ingredient: '2555', others: ['309311'] },
  cyclophosphamide: { ingredient: '3002', others: ['1734919'] },
  docetaxel: { ingredient: '72962', others: ['202982'] },
  doxorubicin: { ingredient: '3639', others: ['42512', '1790099'] },
  'pegylated liposomal doxorubicin': { brand: '80773', others: [] },
  epirubicin: { ingredient: '3995', others: ['203766', '1732186'] },
  eribulin: { ingredient: '1045453', others: ['1045457'] },
  fluorouracil: { ingredient: '4492', others: ['202632', '1791701'] },
  gemcitabine: { ingredient: '12574', others: ['101236'] },
  ixabepilone: { ingredient: '337523', others: ['744825'] },
  paclitaxel: { ingredient: '56946', others: ['583214'] },
  'nab-paclitaxel': { brand: '589511', others: [] },
  vinorelbine: { ingredient: '39541', others: ['53557'] },
};

/** Every RxNorm code of a drug, the one the exporter writes first. */
export function rxNormCodesOf(drug: DrugName): readonly string[] {
  const concepts = rxNormByDrug[drug];
  if (!concepts) return [];
  return ['ingredient' in concepts ? concepts.ingredient : concepts.brand, ...concepts.others];
}

/** RxNorm code to generic name, for the importer: mapped by code only, never by display. */
export const drugByRxNorm: Readonly<Record<string, DrugName>> = Object.fromEntries(
  drugNames.flatMap((name) => rxNormCodesOf(name).map((code) => [code, name] as const)),
);

/**
 * Pembrolizumab is known to RxNorm but not to the five documents, so it is listed separately:
 * the importer names it instead of dropping it silently.
 */
export const rxNormOutsideDocuments: Readonly<Record<string, string>> = {
  '1547545': 'pembrolizumab',
  '1547550': 'pembrolizumab',
};

/**
 * The RxNorm code the exporter writes for a drug: its ingredient concept (its brand concept for
 * the two formulations that have no ingredient concept), or undefined when it has no verified code.
 */
export function rxNormFor(drug: DrugName): string | undefined {
  return rxNormCodesOf(drug)[0];
}

/* Codes read for the facts a real record carries beyond the case format (all verified in
   codes.json unless they come from the project's own list in project-codes.ts). */

/** mCODE's treatment intent (the extension on medicines and procedures), by meaning. */
export type TreatmentIntent =
  'curative' | 'adjuvant' | 'neoadjuvant' | 'palliative' | 'supportive' | 'preventive';
export const treatmentIntentValues: Readonly<Record<string, TreatmentIntent>> = {
  '373808002': 'curative',
  '363676003': 'palliative',
  '399707004': 'supportive',
  '129428001': 'preventive',
  // project-codes.ts
  '373846009': 'adjuvant',
  '373847000': 'neoadjuvant',
};

/** Stop reasons other than the three the course uses: kept as "other", with their meaning. */
export const otherStopReasons: Readonly<Record<string, string>> = {
  '160932005': 'financial problem',
  '309846006': 'treatment not available',
  '419620001': 'death',
  '7058009': 'noncompliance with treatment',
  '399307001': 'lost to follow-up',
  '184081006': 'patient moved away',
  '443729008': 'completion of clinical trial',
  '77386006': 'pregnancy',
  '182992009': 'treatment completed',
};

/** Quantitative receptor results, shown on the review screen (never a positive/negative call). */
export const receptorPercentCodes: Readonly<Record<string, 'er' | 'pr'>> = {
  '85329-1': 'er',
  '14228-1': 'er',
  '85325-9': 'pr',
};
/** HER2 by IHC: a score (0 to 3+) when the value is a number or text. */
export const her2IhcCodes: readonly string[] = ['85319-2', '18474-7'];
/** HER2 by ISH: ratio to chromosome 17, and copies per nucleus. */
export const her2IshRatioCode = '49683-6';
export const her2IshCopyCode = '74860-8';
/** ER + PR together (Synthea): a positive result says HR-positive, not which receptor. */
export const hormoneReceptorCombinedCode = '10480-2';
/** The HER2 FISH panel: its members are read on their own. */
export const her2IshPanelCode = '74885-5';

/** Germline BRCA tests that cover both genes or list the variants tested. */
export const brcaBothGenesCodes: readonly string[] = ['50995-0', '59041-4', '94191-4'];
export const brcaGeneTestCodes: Readonly<Record<string, 'BRCA1' | 'BRCA2'>> = {
  '21639-0': 'BRCA1',
  '79207-7': 'BRCA1',
  '38531-0': 'BRCA2',
  '79208-5': 'BRCA2',
};
/** PIK3CA tests (shown on the review screen). */
export const pik3caTestCodes: readonly string[] = ['60033-8', '60034-6'];

/** Genes of the variants shown on the review screen (HGNC ids from project-codes.ts). */
export type VariantGene = 'PIK3CA' | 'ESR1' | 'AKT1' | 'PTEN' | 'PALB2';
export const variantGenes: Readonly<Record<string, VariantGene>> = {
  'HGNC:8975': 'PIK3CA',
  'HGNC:3467': 'ESR1',
  'HGNC:391': 'AKT1',
  'HGNC:9588': 'PTEN',
  'HGNC:26144': 'PALB2',
  // The bare-number form one mCODE example uses for BRCA (see brcaGenes).
  '26144': 'PALB2',
  '9588': 'PTEN',
};

export const karnofskyCode = '89243-0';
export const msiCode = '62862-8';
export const tmbCode = '94077-5';

/** Staging: stage-group and M-category observation codes, and the values the tool reads. */
export const stageGroupCodes = {
  snomed: ['399537006', '399588009'],
  loinc: ['21908-9', '21902-2'],
} as const;
export const mCategoryCodes = {
  snomed: ['399387003', '371497001', '277208005'],
  loinc: ['21907-1', '21901-4'],
} as const;
export type StageReading = 'stage-iv' | 'not-stage-iv' | 'm0' | 'm1';
/** Stage-group and M values by code; 1222837003 (AJCC IV) is only "partial" in codes.json. */
export const stageValues: Readonly<Record<string, StageReading>> = {
  '2640006': 'stage-iv',
  '258228008': 'stage-iv',
  '1222806003': 'not-stage-iv',
  '1229901006': 'm0',
  '1229903009': 'm1',
  '1229916009': 'm1',
  // cancerstaging.org "4" (project-codes.ts)
  '4': 'stage-iv',
};

export const histologyExtensionUrl =
  'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior';
export const evidenceTypeExtensionUrl =
  'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-disease-status-evidence-type';
export const evidenceTypes: Readonly<Record<string, string>> = {
  '363679005': 'imaging',
  '386344002': 'laboratory data',
  '5880005': 'physical examination',
  '252416005': 'histopathology',
};
/** CancerDiseaseStatus "distant metastasis present": says metastatic, not response or progression. */
export const distantMetastasisStatusCode = '399409002';
/** A condition code that states germline BRCA-mutated, HER2-negative metastatic disease. */
export const brcaHer2NegativeDisorderCode = '767444009';

/** Body sites of a local therapy, beyond the one the exporter writes per site. */
export const extraBodySites: Readonly<Record<string, SiteName>> = {
  '14016003': 'bone',
  '68171009': 'lymph-node',
  '76838003': 'lymph-node',
  '62683002': 'lymph-node',
  '245282001': 'lymph-node',
  '78904004': 'soft-tissue',
  '2748008': 'other',
  '23451007': 'other',
  '118762006': 'other',
  '80248007': 'breast',
};

/** Procedures read as radiotherapy or surgery (project-codes.ts), and mCODE's surgery profile. */
export const radiotherapyCodes: readonly string[] = [
  '1217123003',
  '53438000',
  '445232009',
  '448385000',
];
export const surgeryCodes: readonly string[] = ['392021009', '64368001'];
export const surgeryProfile =
  'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-surgical-procedure';
export const radiotherapyProfile =
  'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-course-summary';
