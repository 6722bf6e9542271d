import {
  bundleEntry,
  coding,
  concept,
  condition,
  medication,
  medicationAdministration,
  medicationRequest,
  mcodeProfiles,
  observation,
  patient,
  procedure,
  referenceTo,
  systems,
  textConcept,
} from './resources.ts';
import type {
  Bundle,
  CodeableConcept,
  Coding,
  FhirResource,
  MedicationAdministration,
  MedicationRequest,
  MedicationSource,
  ObservationComponent,
  ObservationValue,
  Period,
  Reference,
} from './resources.ts';

/**
 * Synthetic mCODE patients for the mock FHIR server. Every code and display is copied from
 * /work/shared/fhir/codes.json entries marked verified (the test checks this); where no verified
 * code exists the element is text only. Patient `messy` breaks rules on purpose.
 */

export interface SyntheticPatient {
  id: string;
  name: string;
  summary: string;
  resources: FhirResource[];
}

// --- the verified codes used below (display as in codes.json) ------------------------------

const loinc = (code: string, display: string) => coding(systems.loinc, code, display);
const sct = (code: string, display: string) => coding(systems.snomed, code, display);
const rx = (code: string, display: string) => coding(systems.rxnorm, code, display);

const test = {
  er: loinc('85337-4', 'Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain'),
  erTissue: loinc('40556-3', 'Estrogen receptor Ag [Presence] in Tissue by Immune stain'),
  pr: loinc(
    '85339-0',
    'Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain',
  ),
  prInterpretation: loinc('16113-3', 'Progesterone receptor [Interpretation] in Tissue'),
  her2: loinc('48676-1', 'HER2 [Interpretation] in Tissue'),
  her2Ihc: loinc('85319-2', 'HER2 [Presence] in Breast cancer specimen by Immune stain'),
  her2Ish: loinc('85318-4', 'ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH'),
  variant: loinc('69548-6', 'Genetic variant assessment'),
  geneStudied: loinc('48018-6', 'Gene studied [ID]'),
  pdl1Sp142: loinc('83057-0', 'PD-L1 by clone SP142 [Presence] in Tissue by Immune stain'),
  pdl1Percent: loinc(
    '83053-9',
    'Cells.programmed cell death ligand 1/100 viable tumor cells in Tissue by Immune stain',
  ),
  ecog: loinc('89247-1', 'ECOG Performance Status score'),
  diseaseStatus: loinc('97509-4', 'Cancer Disease Progression'),
  menopause: sct('161712005', 'Menopause, function (observable entity)'),
};

const answer = {
  positive: loinc('LA6576-8', 'Positive'),
  negative: loinc('LA6577-6', 'Negative'),
  positiveSct: sct('10828004', 'Positive (qualifier value)'),
  negativeSct: sct('260385009', 'Negative (qualifier value)'),
  equivocal: sct('280414007', 'Equivocal result'),
  present: loinc('LA9633-4', 'Present'),
  germline: loinc('LA6683-2', 'Germline'),
  brca1: coding(systems.hgnc, 'HGNC:1100', 'BRCA1'),
  premenopausal: sct('309606002', 'Before menopause'),
  postmenopausal: sct('307429007', 'After menopause'),
  improved: sct('268910001', "Patient's condition improved (finding)"),
  worsened: sct('271299001', "Patient's condition worsened (finding)"),
  stable: sct('359746009', "Patient's condition stable (finding)"),
};

const site = {
  bone: sct('94222008', 'Secondary malignant neoplasm of bone'),
  boneIcd: coding(systems.icd10cm, 'C79.51', 'Secondary malignant neoplasm of bone'),
  liver: sct('94381002', 'Secondary malignant neoplasm of liver'),
  lung: sct('94391008', 'Secondary malignant neoplasm of lung'),
  brain: sct('94225005', 'Secondary malignant neoplasm of brain'),
  lymphNode: sct('94392001', 'Secondary malignant neoplasm of lymph node'),
  skin: sct('94579000', 'Secondary malignant neoplasm of skin'),
};

const reason = {
  progression: sct('266721009', 'No response to treatment (situation)'),
  notTolerated: sct('407563006', 'Treatment not tolerated (situation)'),
};

const palliative = sct('363676003', 'Palliative - procedure intent');

const drug = {
  letrozole: rx('72965', 'Letrozole'),
  letrozoleTablet: rx('200064', 'Letrozole 2.5 MG Oral Tablet'),
  anastrozole: rx('84857', 'Anastrozole'),
  exemestane: rx('258494', 'Exemestane'),
  tamoxifen: rx('10324', 'Tamoxifen'),
  fulvestrant: rx('282357', 'Fulvestrant'),
  everolimus: rx('141704', 'Everolimus'),
  ibrance: rx('1601381', 'Ibrance'),
  kisqali: rx('1873984', 'Kisqali'),
  zoladex: rx('58328', 'Zoladex'),
  trastuzumab: rx('224905', 'Trastuzumab'),
  pertuzumab: rx('1298944', 'Pertuzumab'),
  docetaxel: rx('72962', 'DOCEtaxel'),
  tdm1: rx('1371041', 'Ado-trastuzumab emtansine'),
  paclitaxel: rx('56946', 'PACLitaxel'),
  pembrolizumab: rx('1547545', 'Pembrolizumab'),
  capecitabine: rx('194000', 'Capecitabine'),
  eribulin: rx('1045453', 'EriBULin'),
  vinorelbine: rx('39541', 'Vinorelbine'),
  gemcitabine: rx('12574', 'Gemcitabine'),
  doxorubicin: rx('3639', 'DOXOrubicin'),
};

// --- a per-patient recorder that hands out ids and references ------------------------------

/** Collects one patient's resources; ids are `<patientId>-<kind>-<n>` so they are unique. */
class Chart {
  readonly resources: FhirResource[] = [];
  private readonly counters = new Map<string, number>();

  constructor(readonly patientId: string) {}

  id(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `${this.patientId}-${kind}-${n}`;
  }

  add<T extends FhirResource>(resource: T): T {
    this.resources.push(resource);
    return resource;
  }

  observation(
    code: CodeableConcept,
    date: string,
    value: ObservationValue | undefined,
    profile?: string,
  ) {
    return this.add(
      observation({
        id: this.id('obs'),
        patientId: this.patientId,
        code,
        date,
        ...(value === undefined ? {} : { value }),
        ...(profile === undefined ? {} : { profile }),
      }),
    );
  }

  tumorMarker(code: Coding, value: Coding, date: string) {
    return this.observation(
      concept(code),
      date,
      { valueCodeableConcept: concept(value) },
      mcodeProfiles.tumorMarkerTest,
    );
  }

  menopause(value: Coding, date: string) {
    return this.observation(concept(test.menopause), date, {
      valueCodeableConcept: concept(value),
    });
  }

  ecog(score: number, date: string) {
    return this.observation(
      concept(test.ecog),
      date,
      { valueInteger: score },
      mcodeProfiles.ecogPerformanceStatus,
    );
  }

  diseaseStatus(value: Coding, date: string) {
    return this.observation(
      concept(test.diseaseStatus),
      date,
      { valueCodeableConcept: concept(value) },
      mcodeProfiles.cancerDiseaseStatus,
    );
  }

  metastasis(code: CodeableConcept, onset: string) {
    return this.add(
      condition({ id: this.id('condition'), patientId: this.patientId, code, onset }),
    );
  }

  /** A Medication resource, for requests that use `medicationReference`. */
  medication(code: Coding): Reference {
    const med = this.add(medication({ id: this.id('medication'), code: concept(code) }));
    return referenceTo(med, code.display);
  }

  request(args: {
    medication: MedicationSource;
    start: string;
    status: MedicationRequest['status'];
    end?: string;
    statusReason?: Coding;
    period?: Period;
    intent?: Coding | null;
  }) {
    const period = args.period ?? {
      start: args.start,
      ...(args.end === undefined ? {} : { end: args.end }),
    };
    // `intent: null` leaves the extension off, so messy data can lack it.
    const intent = args.intent === undefined ? palliative : args.intent;
    return this.add(
      medicationRequest({
        id: this.id('medrx'),
        patientId: this.patientId,
        medication: args.medication,
        authoredOn: args.start,
        status: args.status,
        period,
        ...(args.statusReason === undefined ? {} : { statusReason: concept(args.statusReason) }),
        ...(intent === null ? {} : { intent }),
      }),
    );
  }

  administration(args: {
    medication: MedicationSource;
    status: MedicationAdministration['status'];
    effective: Period | string;
  }) {
    return this.add(
      medicationAdministration({
        id: this.id('medadmin'),
        patientId: this.patientId,
        intent: palliative,
        ...args,
      }),
    );
  }
}

function definePatient(
  id: string,
  person: { given: string; family: string; birthDate: string },
  summary: string,
  chart: (c: Chart) => void,
): SyntheticPatient {
  const c = new Chart(id);
  c.add(patient({ id, family: person.family, given: [person.given], birthDate: person.birthDate }));
  chart(c);
  return { id, name: `${person.given} ${person.family}`, summary, resources: c.resources };
}

// --- the patients --------------------------------------------------------------------------

const hrPositive = definePatient(
  'hr-positive',
  { given: 'Ada', family: 'Lovelace-Test', birthDate: '1958-12-10' },
  'ER+/PR+/HER2- postmenopausal; bone then liver metastases; letrozole + palbociclib, then fulvestrant.',
  (c) => {
    c.tumorMarker(test.er, answer.positive, '2024-01-20');
    c.tumorMarker(test.pr, answer.positive, '2024-01-20');
    c.tumorMarker(test.her2, answer.negative, '2024-01-20');
    c.menopause(answer.postmenopausal, '2024-01-20');
    c.ecog(1, '2024-01-20');
    const bone = c.metastasis(concept(site.bone), '2024-01-25');
    // No verified procedure code exists, so the radiotherapy is text only.
    c.add(
      procedure({
        id: c.id('procedure'),
        patientId: c.patientId,
        code: textConcept('Palliative radiotherapy to bone metastasis'),
        date: '2024-01-28',
        reason: [referenceTo(bone)],
      }),
    );
    for (const med of [drug.letrozole, drug.ibrance]) {
      c.request({
        medication: concept(med),
        start: '2024-02-01',
        end: '2025-03-10',
        status: 'stopped',
        statusReason: reason.progression,
      });
    }
    c.diseaseStatus(answer.improved, '2024-05-15');
    c.diseaseStatus(answer.worsened, '2025-03-10');
    c.metastasis(concept(site.liver), '2025-03-10');
    c.request({ medication: concept(drug.fulvestrant), start: '2025-03-20', status: 'active' });
  },
);

const her2Positive = definePatient(
  'her2-positive',
  { given: 'Bea', family: 'Test-Her2', birthDate: '1981-04-22' },
  'ER-/PR-/HER2+ (IHC and ISH) premenopausal; brain and lymph node metastases; THP, then T-DM1.',
  (c) => {
    c.tumorMarker(test.er, answer.negativeSct, '2023-05-02');
    c.tumorMarker(test.pr, answer.negativeSct, '2023-05-02');
    c.tumorMarker(test.her2Ihc, answer.positiveSct, '2023-05-02');
    c.tumorMarker(test.her2Ish, answer.positiveSct, '2023-05-02');
    c.menopause(answer.premenopausal, '2023-05-02');
    c.ecog(0, '2023-05-02');
    c.metastasis(concept(site.brain), '2023-05-10');
    c.metastasis(concept(site.lymphNode), '2023-05-10');
    for (const med of [drug.trastuzumab, drug.pertuzumab, drug.docetaxel]) {
      c.request({
        medication: concept(med),
        start: '2023-05-20',
        end: '2024-08-01',
        status: 'stopped',
        statusReason: reason.progression,
      });
    }
    c.diseaseStatus(answer.worsened, '2024-08-01');
    c.request({ medication: concept(drug.tdm1), start: '2024-08-15', status: 'active' });
  },
);

const tripleNegative = definePatient(
  'triple-negative',
  { given: 'Cleo', family: 'Test-TN', birthDate: '1966-09-03' },
  'ER-/PR-/HER2- postmenopausal, germline BRCA1, PD-L1 positive (SP142); lung and lymph node metastases; paclitaxel.',
  (c) => {
    c.tumorMarker(test.er, answer.negative, '2025-01-20');
    c.tumorMarker(test.pr, answer.negative, '2025-01-20');
    c.tumorMarker(test.her2, answer.negative, '2025-01-20');
    c.add(
      observation({
        id: c.id('obs'),
        patientId: c.patientId,
        profile: mcodeProfiles.genomicVariant,
        code: concept(test.variant),
        date: '2025-01-20',
        value: { valueCodeableConcept: concept(answer.present) },
        component: [
          { code: concept(test.geneStudied), valueCodeableConcept: concept(answer.brca1) },
          // No verified LOINC code for the component itself; its value is coded.
          {
            code: textConcept('Genomic source class'),
            valueCodeableConcept: concept(answer.germline),
          },
        ] satisfies ObservationComponent[],
      }),
    );
    c.tumorMarker(test.pdl1Sp142, answer.positive, '2025-01-20');
    c.menopause(answer.postmenopausal, '2025-01-20');
    c.metastasis(concept(site.lung), '2025-02-01');
    c.metastasis(concept(site.lymphNode), '2025-02-01');
    c.administration({
      medication: concept(drug.paclitaxel),
      status: 'in-progress',
      effective: { start: '2025-02-15' },
    });
    c.diseaseStatus(answer.stable, '2025-05-01');
  },
);

const hrPositivePremenopausal = definePatient(
  'hr-positive-premenopausal',
  { given: 'Dana', family: 'Test-Pre', birthDate: '1984-02-14' },
  'Premenopausal; ER positive in 2019 but negative on the 2025 re-biopsy (latest wins), PR-/HER2-; bone (ICD-10-CM) and skin metastases; goserelin + letrozole + ribociclib, ribociclib stopped for toxicity.',
  (c) => {
    c.tumorMarker(test.erTissue, answer.positiveSct, '2019-03-01');
    c.tumorMarker(test.er, answer.negative, '2025-01-05');
    c.tumorMarker(test.prInterpretation, answer.negativeSct, '2025-01-05');
    c.tumorMarker(test.her2Ish, answer.negativeSct, '2025-01-05');
    c.menopause(answer.premenopausal, '2025-01-05');
    c.metastasis(concept(site.boneIcd), '2025-01-10');
    c.metastasis(concept(site.skin), '2025-01-10');
    c.request({ medication: concept(drug.zoladex), start: '2025-01-20', status: 'active' });
    c.request({
      medication: concept(drug.letrozoleTablet),
      start: '2025-01-20',
      status: 'active',
    });
    c.request({
      medication: concept(drug.kisqali),
      start: '2025-01-20',
      end: '2025-03-01',
      status: 'stopped',
      statusReason: reason.notTolerated,
    });
  },
);

/** The deliberately wrong coding in `messy`: an RxNorm code under the SNOMED system URL. */
export const wrongSystemCoding: Coding = coding(systems.snomed, '72965', 'Letrozole');

const messy = definePatient(
  'messy',
  { given: 'Eve', family: 'Test-Messy', birthDate: '1970-07-07' },
  'Bad data on purpose: equivocal HER2, PD-L1 as a bare percentage, ER without a value, unknown and uncoded drugs, a wrong code system, a dangling reference, an uncoded site, no menopausal status, dates out of order.',
  (c) => {
    c.tumorMarker(test.her2, answer.equivocal, '2024-05-20');
    c.observation(
      concept(test.pdl1Percent),
      '2024-05-20',
      { valueQuantity: { value: 5, unit: '%', system: systems.ucum, code: '%' } },
      mcodeProfiles.tumorMarkerTest,
    );
    c.add(
      observation({
        id: c.id('obs'),
        patientId: c.patientId,
        profile: mcodeProfiles.tumorMarkerTest,
        code: concept(test.er),
        date: '2024-05-20',
        dataAbsentReason: textConcept('Specimen insufficient; result not reported'),
      }),
    );
    c.ecog(2, '2024-06-01');
    c.metastasis(concept(site.bone), '2024-06-01');
    c.metastasis(textConcept('metastasis to the eyelid'), '2024-06-01');
    c.request({ medication: concept(drug.pembrolizumab), start: '2024-06-10', status: 'active' });
    c.request({
      medication: textConcept('Study drug XYZ-123'),
      start: '2024-06-10',
      status: 'active',
      intent: null,
    });
    c.request({ medication: concept(wrongSystemCoding), start: '2024-06-10', status: 'active' });
    c.request({
      medication: { reference: 'Medication/does-not-exist' },
      start: '2024-06-10',
      status: 'active',
      intent: null,
    });
    c.request({ medication: concept(drug.capecitabine), start: '2024-07-01', status: 'active' });
    c.request({
      medication: concept(drug.eribulin),
      start: '2024-05-01',
      status: 'completed',
      period: { start: '2024-05-01', end: '2024-04-01' },
    });
  },
);

/** `2020-01-01` plus `months` months, as a FHIR date. */
const monthsAfter2020 = (months: number): string => {
  const year = 2020 + Math.floor(months / 12);
  const month = (months % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
};

const manyLines = definePatient(
  'many-lines',
  { given: 'Fay', family: 'Test-Many', birthDate: '1952-11-30' },
  'ER+/PR+/HER2- postmenopausal with bone metastasis and 12 consecutive single-drug lines, each ended by progression; more than 20 Observations, to exercise paging.',
  (c) => {
    c.tumorMarker(test.er, answer.positive, '2019-12-01');
    c.tumorMarker(test.pr, answer.positive, '2019-12-01');
    c.tumorMarker(test.her2, answer.negative, '2019-12-01');
    c.menopause(answer.postmenopausal, '2019-12-01');
    c.metastasis(concept(site.bone), '2019-12-15');
    const lines = [
      drug.letrozole,
      drug.anastrozole,
      drug.exemestane,
      drug.tamoxifen,
      drug.fulvestrant,
      drug.everolimus,
      drug.capecitabine,
      drug.eribulin,
      drug.vinorelbine,
      drug.gemcitabine,
      drug.paclitaxel,
      drug.doxorubicin,
    ];
    lines.forEach((med, index) => {
      const start = monthsAfter2020(index * 4);
      const last = index === lines.length - 1;
      const end = last ? undefined : monthsAfter2020((index + 1) * 4);
      c.ecog(index < 6 ? 1 : 2, start);
      // Every other line goes through a Medication resource, the other shape importers meet.
      const source = index % 2 === 1 ? c.medication(med) : concept(med);
      if (end === undefined) {
        c.request({ medication: source, start, status: 'active' });
      } else {
        c.request({
          medication: source,
          start,
          end,
          status: 'stopped',
          statusReason: reason.progression,
        });
        c.diseaseStatus(answer.worsened, end);
      }
    });
  },
);

export const fhirPatients: readonly SyntheticPatient[] = [
  hrPositive,
  her2Positive,
  tripleNegative,
  hrPositivePremenopausal,
  messy,
  manyLines,
];

/** The whole record of one patient, shaped like mCODE `$mcode-everything` output. */
export function collectionBundle(patientId: string): Bundle {
  const found = fhirPatients.find((p) => p.id === patientId);
  if (found === undefined) throw new Error(`No synthetic FHIR patient with id "${patientId}"`);
  return {
    resourceType: 'Bundle',
    id: `${patientId}-collection`,
    type: 'collection',
    entry: found.resources.map((resource) => bundleEntry(resource)),
  };
}
