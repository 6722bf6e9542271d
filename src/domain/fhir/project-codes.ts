import { systems } from './fhir-codes.ts';

/**
 * Codes the importer reads that ../shared/fhir/codes.json does not list, each verified by the
 * project in a public source named here, with the reason it is needed. codes.json stays the
 * shared list (it is not edited from this repository); this is the project's own addition to
 * it. A test checks every entry has a source and a reason, and that the importer reads each.
 */
export interface ProjectCode {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly reason: string;
  readonly source: string;
}

export const interpretationSystem =
  'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
/** The R4 value-set address, which public records also write as a code system (CTM service data). */
export const interpretationValueSetSystem =
  'http://hl7.org/fhir/ValueSet/observation-interpretation';
export const cancerStagingSystem = 'http://cancerstaging.org';
/** A public record writes HGNC gene ids under this system (mCODE trial-matching test patients). */
export const hgncGeneIdSystem = 'http://www.genenames.org/geneId';

const ctmApp =
  'mcode/clinical-trial-matching-app:src/utils/r4_test_patients/TrialMatching_Patient01.json and TrialMatching_Patient02.json @4891254e';
const ctmService = 'mcode/clinical-trial-matching-service:spec/data/patient_data.json @7d4f3df9';
const mcodeIg = 'HL7/fhir-mCODE-ig:input/fsh @543477b5';
const hl7Detected =
  'HL7 terminology ValueSet v3-ObservationInterpretationDetected (urn:oid:2.16.840.1.113883.1.11.20328), read in a stored public copy of the ValueSet';

export const projectCodes: readonly ProjectCode[] = [
  {
    system: interpretationSystem,
    code: 'POS',
    display: 'Positive',
    reason: 'receptor and marker results often carry their call only as an interpretation',
    source: `${hl7Detected}; used in ${ctmService}`,
  },
  {
    system: interpretationSystem,
    code: 'NEG',
    display: 'Negative',
    reason: 'the negative call of the same interpretation list',
    source: hl7Detected,
  },
  {
    system: interpretationSystem,
    code: 'IND',
    display: 'Indeterminate',
    reason: 'an indeterminate call is read as equivocal (the result stays unknown)',
    source: hl7Detected,
  },
  {
    system: interpretationSystem,
    code: 'DET',
    display: 'Detected',
    reason: 'the "detected" call of the same list (read as positive)',
    source: hl7Detected,
  },
  {
    system: interpretationSystem,
    code: 'ND',
    display: 'Not detected',
    reason: 'the "not detected" call of the same list (read as negative)',
    source: hl7Detected,
  },
  {
    system: systems.snomed,
    code: '373846009',
    display: 'Adjuvant - intent',
    reason: 'adjuvant treatment is early-stage treatment, not a line for metastatic disease',
    source: `${mcodeIg} VS_Other.fsh (ProcedureIntentVS, listed as a timing code); MII oncology ConceptMap mii-cm-onko-therapie-stellung-sct`,
  },
  {
    system: systems.snomed,
    code: '373847000',
    display: 'Neo-adjuvant - intent',
    reason: 'neoadjuvant treatment is early-stage treatment, not a line for metastatic disease',
    source:
      'MII oncology ConceptMap mii-cm-onko-therapie-stellung-sct ("Neo-adjuvant - intent (qualifier value)")',
  },
  {
    system: systems.snomed,
    code: '1217123003',
    display: 'Radiotherapy course of treatment',
    reason: 'the code mCODE fixes on RadiotherapyCourseSummary: a radiotherapy course',
    source: `${mcodeIg} SD_Radiotherapy.fsh`,
  },
  {
    system: systems.snomed,
    code: '53438000',
    display: 'Radiation therapy procedure or service (procedure)',
    reason: 'radiotherapy as public records code it',
    source: ctmApp,
  },
  {
    system: systems.snomed,
    code: '445232009',
    display: 'Boost radiation therapy (procedure)',
    reason: 'radiotherapy as public records code it',
    source: ctmApp,
  },
  {
    system: systems.snomed,
    code: '448385000',
    display: 'Megavoltage radiation therapy using photons (procedure)',
    reason: 'radiotherapy as public records code it',
    source: ctmService,
  },
  {
    system: systems.snomed,
    code: '392021009',
    display: 'Lumpectomy of breast (procedure)',
    reason: 'breast cancer surgery as public records code it',
    source: ctmApp,
  },
  {
    system: systems.snomed,
    code: '64368001',
    display: 'Excision of part of breast (procedure)',
    reason: 'breast cancer surgery (the mCODE extended example)',
    source: `${mcodeIg} EX_ExtendedExample.fsh`,
  },
  {
    system: systems.loinc,
    code: '62862-8',
    display: 'Microsatellite instability [Presence] in Tissue by Molecular genetics method',
    reason: 'MSI, shown on the review screen',
    source: ctmApp,
  },
  {
    system: systems.loinc,
    code: '94077-5',
    display: 'Tumor mutation burden [Interpretation]',
    reason: 'TMB, shown on the review screen',
    source: ctmApp,
  },
  {
    system: cancerStagingSystem,
    code: '4',
    display: 'IV',
    reason: 'AJCC stage IV as public records write it: metastatic at diagnosis suggests de novo',
    source: `${ctmApp}; mcode/clinical-trial-matching-service:spec/data/eom_patient_1.json @7d4f3df9`,
  },
  {
    system: systems.hgnc,
    code: 'HGNC:8975',
    display: 'PIK3CA (phosphatidylinositol-4,5-bisphosphate 3-kinase catalytic subunit alpha)',
    reason: 'somatic PIK3CA variants, shown on the review screen',
    source: ctmApp,
  },
  {
    system: systems.hgnc,
    code: 'HGNC:3467',
    display: 'ESR1 (estrogen receptor 1)',
    reason: 'somatic ESR1 variants, shown on the review screen',
    source: ctmApp,
  },
  {
    system: systems.hgnc,
    code: 'HGNC:9588',
    display: 'PTEN',
    reason: 'PTEN variants, shown on the review screen',
    source: `${mcodeIg} EX_ExtendedExample.fsh (genomic-region-studied-jenny-m)`,
  },
  {
    system: systems.hgnc,
    code: 'HGNC:26144',
    display: 'PALB2',
    reason: 'germline PALB2 variants, shown on the review screen',
    source: `${mcodeIg} EX_ExtendedExample.fsh (genomic-variant-jenny-m)`,
  },
  {
    system: systems.hgnc,
    code: 'HGNC:391',
    display: 'AKT1',
    reason: 'AKT1 variants, shown on the review screen',
    source:
      'a public FHIR gene ValueSet and several public gene tables agree (found by searching stored repositories for "HGNC:391"; the tool did not name the repositories)',
  },
];

export const projectCodeKeys: ReadonlySet<string> = new Set(
  projectCodes.map((c) => `${c.system}|${c.code}`),
);
