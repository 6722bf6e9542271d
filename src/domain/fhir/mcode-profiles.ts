/**
 * The mCODE STU 4 (4.0.0, on US Core 6.1.0) profiles the exporter claims in `meta.profile`.
 * Read from HL7's fhir-mCODE-ig (input/fsh/SD_*.fsh, sushi-config.yaml: version 4.0.0,
 * releaseLabel STU4) and, for the parents' required elements, HL7's US-Core at tag 6.1.0
 * (input/resources-yaml/StructureDefinition-*.yml). What each profile asks of the exporter:
 *
 * - CancerPatient (parent us-core-patient): identifier (system and value), name and gender 1..*.
 * - TumorMarkerTest (us-core-observation-lab): category laboratory, subject, value[x] 1..1.
 * - GenomicVariant (genomics-reporting Variant): category laboratory, subject, value[x].
 * - ECOGPerformanceStatus (us-core-observation-clinical-result): category 1..*, subject 1..1,
 *   code 89247-1, valueInteger; interpretation (LOINC answer list LL529-9) must-support.
 * - SecondaryCancerCondition (us-core-condition-problems-health-concerns): category 1..* with
 *   problem-list-item or health-concern, code, subject; clinical and verification status
 *   must-support.
 * - CancerRelatedMedicationRequest (us-core-medicationrequest): status, intent, medication,
 *   subject; reasonCode or reasonReference (invariant mcode-reason-required); requester,
 *   authoredOn, treatment intent must-support.
 * - CancerDiseaseStatus (Observation): subject 1..1, code 97509-4, effectiveDateTime, value.
 * - CancerRelatedSurgicalProcedure (us-core-procedure): status, code, subject, performed[x];
 *   reasonCode or reasonReference.
 *
 * Radiotherapy has no profile here: mCODE's RadiotherapyCourseSummary fixes a SNOMED code that
 * ../shared/fhir/codes.json does not verify. Menopausal status, treatment breaks, decisions,
 * intolerance and the medicine named by an intolerance have no mCODE profile at all.
 */
const mcode = 'http://hl7.org/fhir/us/mcode/StructureDefinition';

export const mcodeProfiles = {
  patient: `${mcode}/mcode-cancer-patient`,
  tumorMarkerTest: `${mcode}/mcode-tumor-marker-test`,
  genomicVariant: `${mcode}/mcode-genomic-variant`,
  ecog: `${mcode}/mcode-ecog-performance-status`,
  secondaryCancerCondition: `${mcode}/mcode-secondary-cancer-condition`,
  medicationRequest: `${mcode}/mcode-cancer-related-medication-request`,
  diseaseStatus: `${mcode}/mcode-cancer-disease-status`,
  surgicalProcedure: `${mcode}/mcode-cancer-related-surgical-procedure`,
} as const;

export type McodeProfile = (typeof mcodeProfiles)[keyof typeof mcodeProfiles];

export const profileMeta = (profile: McodeProfile) => ({ meta: { profile: [profile] } });

/** FHIR's own category codes (not clinical codes): the values the profiles above fix. */
const observationCategory = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const categories = {
  laboratory: { coding: [{ system: observationCategory, code: 'laboratory' }] },
  /** mCODE's own ECOG examples (EX_Basic.fsh, EX_ExtendedExample.fsh) use "survey". */
  survey: { coding: [{ system: observationCategory, code: 'survey' }] },
  problemListItem: {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/condition-category',
        code: 'problem-list-item',
      },
    ],
  },
} as const;

export const conditionStatus = {
  active: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
    ],
  },
  confirmed: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' },
    ],
  },
} as const;
