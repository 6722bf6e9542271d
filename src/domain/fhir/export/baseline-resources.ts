import type { CaseFile, Patient } from '../../case/case-schema.ts';
import type { BiomarkerField } from '../../case/vocabulary.ts';
import {
  ecogAnswers,
  ecogCode,
  extensionUrls,
  geneStudiedCode,
  genomicVariantCode,
  germlineClass,
  menopauseCode,
  menopauseValueCodes,
  negativeAnswer,
  pdl1Codes,
  positiveAnswer,
  receptorTestCodes,
  systems,
  variantAbsent,
  variantPresent,
} from '../fhir-codes.ts';
import { categories, mcodeProfiles, profileMeta, type McodeProfile } from '../mcode-profiles.ts';
import type { OmissionLog } from './export-omissions.ts';
import { coding, ext, patientId, refOf, subject, type Json } from './fhir-json.ts';

/** The Patient and the baseline facts of a case (receptors, BRCA, PD-L1, menopause, ECOG). */

export function patientResource(caseFile: CaseFile, omissions: OmissionLog): Json {
  const { patient } = caseFile;
  const extension: Json[] = [
    ext(extensionUrls.presentation, { valueCode: patient.presentation }),
    ...(patient.age !== undefined ? [ext(extensionUrls.age, { valueInteger: patient.age })] : []),
    ...(caseFile.title ? [ext(extensionUrls.caseTitle, { valueString: caseFile.title })] : []),
  ];
  const resource = {
    resourceType: 'Patient',
    id: patientId,
    ...profileMeta(mcodeProfiles.patient),
    extension,
  };
  // US Core Patient requires these; a case file is de-identified and holds none of them.
  const ref = refOf(resource);
  omissions.add(ref, 'Patient.identifier', 'the case file holds no patient identifier');
  omissions.add(ref, 'Patient.name', 'the case file holds no name');
  omissions.add(ref, 'Patient.gender', 'the case file does not record administrative gender');
  return resource;
}

export function observation(
  id: string,
  profile: McodeProfile | undefined,
  code: Json,
  date: string | undefined,
  rest: Json,
): Json {
  return {
    resourceType: 'Observation',
    id,
    ...(profile ? profileMeta(profile) : {}),
    status: 'final',
    code,
    subject,
    ...(date ? { effectiveDateTime: date } : {}),
    ...rest,
  };
}

const notDone = coding(systems.snomed, '416237000', 'Procedure not done');

/**
 * A receptor, PD-L1 or BRCA result as its mCODE observation, dated with the test's own date when
 * the case has one (a receptor update); a baseline result has none, and that is reported.
 */
export function biomarkerObservation(
  field: BiomarkerField,
  value: string,
  id: string,
  date: string | undefined,
  extra: Json[],
  omissions: OmissionLog,
): Json {
  const extension = extra.length > 0 ? { extension: extra } : {};
  const resource = field === 'brca' ? brcaVariant(value, id, date, extension) : marker();
  const ref = refOf(resource);
  if (date === undefined) {
    omissions.add(
      ref,
      'Observation.effective[x]',
      'the case gives the baseline result without the date of the test',
    );
  }
  if (field === 'brca') {
    omissions.add(
      ref,
      'Observation.component:genomic-source-class.code',
      'no LOINC code for "genomic source class" is verified in codes.json; written as text',
    );
  }
  return resource;

  function marker(): Json {
    const code =
      field === 'pdl1' ? pdl1Codes[0] : receptorTestCodes[field as 'er' | 'pr' | 'her2'][0];
    const answer =
      value === 'positive' ? positiveAnswer : value === 'negative' ? negativeAnswer : notDone;
    return observation(
      id,
      mcodeProfiles.tumorMarkerTest,
      { coding: [coding(systems.loinc, code ?? '')], text: `${field.toUpperCase()} status` },
      date,
      {
        category: [categories.laboratory],
        valueCodeableConcept: { coding: [answer] },
        ...extension,
      },
    );
  }
}

function brcaVariant(value: string, id: string, date: string | undefined, extension: Json): Json {
  const call =
    value === 'mutated'
      ? { coding: [variantPresent] }
      : value === 'not-mutated'
        ? { coding: [variantAbsent] }
        : { coding: [notDone] };
  const gene = (hgnc: string, symbol: string) => ({
    code: { coding: [coding(systems.loinc, geneStudiedCode, 'Gene studied [ID]')] },
    valueCodeableConcept: { coding: [coding(systems.hgnc, hgnc, symbol)] },
  });
  return observation(
    id,
    mcodeProfiles.genomicVariant,
    { coding: [coding(systems.loinc, genomicVariantCode, 'Genetic variant assessment')] },
    date,
    {
      category: [categories.laboratory],
      valueCodeableConcept: call,
      component: [
        gene('HGNC:1100', 'BRCA1'),
        gene('HGNC:1101', 'BRCA2'),
        {
          code: { text: 'Genomic source class' },
          valueCodeableConcept: { coding: [germlineClass] },
        },
      ],
      ...extension,
    },
  );
}

/** The ECOG grade's LOINC answer, which the profile's interpretation binding asks for. */
const ecogAnswerOf = (grade: number) =>
  Object.entries(ecogAnswers).find(([, value]) => value === grade)?.[0];

/**
 * The baseline as observations. The case records these facts without a date, so none is
 * written: the first event's date would claim a test date the case does not have.
 */
export function baselineResources(patient: Patient, omissions: OmissionLog): Json[] {
  const out: Json[] = [];
  for (const field of ['er', 'pr', 'her2', 'pdl1', 'brca'] as const) {
    if (patient[field] === 'unknown') continue;
    out.push(
      biomarkerObservation(field, patient[field], `baseline-${field}`, undefined, [], omissions),
    );
  }
  if (patient.menopause !== 'unknown') {
    // No mCODE profile exists for menopausal status (ICHOM's SNOMED coding).
    out.push(
      observation(
        'baseline-menopause',
        undefined,
        { coding: [coding(menopauseCode.system, menopauseCode.code, 'Menopausal status')] },
        undefined,
        { valueCodeableConcept: { coding: [menopauseValueCodes[patient.menopause]] } },
      ),
    );
  }
  if (patient.ecog !== undefined) {
    const answer = ecogAnswerOf(patient.ecog);
    const ecog = observation(
      'baseline-ecog',
      mcodeProfiles.ecog,
      { coding: [coding(systems.loinc, ecogCode, 'ECOG Performance Status score')] },
      undefined,
      {
        category: [categories.survey],
        valueInteger: patient.ecog,
        ...(answer ? { interpretation: [{ coding: [coding(systems.loinc, answer)] }] } : {}),
      },
    );
    omissions.add(
      refOf(ecog),
      'Observation.effective[x]',
      'the case gives the baseline grade without the date it was assessed',
    );
    out.push(ecog);
  }
  return out;
}
