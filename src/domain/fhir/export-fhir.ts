import type { CaseEvent, CaseFile, EventOfType, Patient, Site } from '../case/case-schema.ts';
import type { BiomarkerField } from '../case/vocabulary.ts';
import type { DrugName } from '../knowledge/drugs.ts';
import { replayCase } from '../machine/replay-case.ts';
import {
  bodySiteCodes,
  diseaseStatusCode,
  diseaseStatusCodes,
  ecogCode,
  extensionUrls,
  geneStudiedCode,
  genomicVariantCode,
  germlineClass,
  localSystems,
  menopauseCode,
  menopauseValueCodes,
  negativeAnswer,
  palliativeIntent,
  pdl1Codes,
  positiveAnswer,
  receptorTestCodes,
  rxNormFor,
  siteCodes,
  stopReasonCodes,
  systems,
  variantAbsent,
  variantPresent,
} from './fhir-codes.ts';

/**
 * A case as a FHIR R4 Bundle (type collection) in mCODE shapes: receptor results as
 * TumorMarkerTest observations, germline BRCA as a GenomicVariant, metastases as
 * SecondaryCancerConditions, lines as CancerRelatedMedicationRequests with their stop reasons,
 * response and progression as CancerDiseaseStatus. What mCODE has no place for (lesion counts,
 * breaks, board decisions) travels in this dashboard's own extensions and Basic resources, and
 * every resource made from an event carries the event's place in the log, so the importer reads
 * the bundle back to the same case.
 */

type Json = Record<string, unknown>;

const patientId = 'patient';
const subject = { reference: `Patient/${patientId}` };
const fullUrlBase = 'urn:mbc-dashboard:';
const laboratory = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'laboratory',
    },
  ],
};

function coding(system: string, code: string, display?: string): Json {
  return display ? { system, code, display } : { system, code };
}
const ext = (url: string, value: Json): Json => ({ url, ...value });
const indexExtension = (index: number) => ext(extensionUrls.eventIndex, { valueInteger: index });

export function caseToFhirBundle(caseFile: CaseFile): Json {
  const resources: Json[] = [patientResource(caseFile)];
  const firstDate = caseFile.events[0]?.date;
  resources.push(...baselineResources(caseFile.patient, firstDate));

  const { snapshot } = replayCase(caseFile);
  const lines = snapshot.context.lines;
  let lineNumber = 0;
  caseFile.events.forEach((event, index) => {
    if (event.type === 'start-line') {
      const line = lines[lineNumber];
      lineNumber += 1;
      resources.push(...medicationResources(event, index, line, caseFile.events));
    } else {
      resources.push(...eventResources(event, index));
    }
  });

  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({
      fullUrl: `${fullUrlBase}${String(resource['resourceType'])}/${String(resource['id'])}`,
      resource,
    })),
  };
}

function patientResource(caseFile: CaseFile): Json {
  const { patient } = caseFile;
  const extension: Json[] = [
    ext(extensionUrls.presentation, { valueCode: patient.presentation }),
    ...(patient.age !== undefined ? [ext(extensionUrls.age, { valueInteger: patient.age })] : []),
    ...(caseFile.title ? [ext(extensionUrls.caseTitle, { valueString: caseFile.title })] : []),
  ];
  return { resourceType: 'Patient', id: patientId, extension };
}

function observation(id: string, code: Json, date: string | undefined, rest: Json): Json {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code,
    subject,
    ...(date ? { effectiveDateTime: date } : {}),
    ...rest,
  };
}

const notDone = coding(systems.snomed, '416237000', 'Procedure not done');

/** A receptor, PD-L1 or BRCA result as its mCODE observation (none for "unknown" at baseline). */
function biomarkerObservation(
  field: BiomarkerField,
  value: string,
  id: string,
  date: string | undefined,
  extra: Json[],
): Json {
  const extension = extra.length > 0 ? { extension: extra } : {};
  if (field === 'brca') {
    const call =
      value === 'mutated'
        ? { coding: [variantPresent] }
        : value === 'not-mutated'
          ? { coding: [variantAbsent] }
          : { coding: [notDone] };
    return observation(
      id,
      { coding: [coding(systems.loinc, genomicVariantCode, 'Genetic variant assessment')] },
      date,
      {
        category: [laboratory],
        valueCodeableConcept: call,
        component: [
          {
            code: { coding: [coding(systems.loinc, geneStudiedCode, 'Gene studied [ID]')] },
            valueCodeableConcept: { coding: [coding(systems.hgnc, 'HGNC:1100', 'BRCA1')] },
          },
          {
            code: { coding: [coding(systems.loinc, geneStudiedCode, 'Gene studied [ID]')] },
            valueCodeableConcept: { coding: [coding(systems.hgnc, 'HGNC:1101', 'BRCA2')] },
          },
          // No verified code names the "genomic source class" component itself, so text only.
          {
            code: { text: 'Genomic source class' },
            valueCodeableConcept: { coding: [germlineClass] },
          },
        ],
        ...extension,
      },
    );
  }
  const code = field === 'pdl1' ? pdl1Codes[0] : receptorTestCodes[field][0];
  const answer =
    value === 'positive' ? positiveAnswer : value === 'negative' ? negativeAnswer : notDone;
  return observation(
    id,
    { coding: [coding(systems.loinc, code ?? '')], text: `${field.toUpperCase()} status` },
    date,
    {
      category: [laboratory],
      valueCodeableConcept: { coding: [answer] },
      ...extension,
    },
  );
}

function baselineResources(patient: Patient, date: string | undefined): Json[] {
  const out: Json[] = [];
  for (const field of ['er', 'pr', 'her2', 'pdl1', 'brca'] as const) {
    if (patient[field] === 'unknown') continue;
    out.push(biomarkerObservation(field, patient[field], `baseline-${field}`, date, []));
  }
  if (patient.menopause !== 'unknown') {
    out.push(
      observation(
        'baseline-menopause',
        { coding: [coding(menopauseCode.system, menopauseCode.code, 'Menopausal status')] },
        date,
        { valueCodeableConcept: { coding: [menopauseValueCodes[patient.menopause]] } },
      ),
    );
  }
  if (patient.ecog !== undefined) {
    out.push(
      observation(
        'baseline-ecog',
        { coding: [coding(systems.loinc, ecogCode, 'ECOG Performance Status score')] },
        date,
        { valueInteger: patient.ecog },
      ),
    );
  }
  return out;
}

function siteCondition(site: Site, id: string, date: string, index: number): Json {
  const code = siteCodes[site.site];
  const extension: Json[] = [
    indexExtension(index),
    ext(extensionUrls.site, { valueCode: site.site }),
    ...(site.count !== undefined
      ? [ext(extensionUrls.lesionCount, { valueInteger: site.count })]
      : []),
    ...(site.symptomatic !== undefined
      ? [ext(extensionUrls.symptomatic, { valueBoolean: site.symptomatic })]
      : []),
    ...(site.complications ?? []).map((c) => ext(extensionUrls.complication, { valueCode: c })),
  ];
  return {
    resourceType: 'Condition',
    id,
    extension,
    clinicalStatus: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
      ],
    },
    code: code
      ? { coding: [coding(systems.snomed, code.code, code.display)] }
      : { text: 'Secondary malignant neoplasm of another site' },
    subject,
    onsetDateTime: date,
  };
}

function drugConcept(name: DrugName): Json {
  // The ingredient concept (fhir-codes.ts). Some drugs have no verified RxNorm code
  // (capivasertib, margetuximab): the local code and the name carry them, never an invented one.
  const rx = rxNormFor(name);
  return {
    coding: [...(rx ? [coding(systems.rxnorm, rx)] : []), coding(localSystems.drug, name, name)],
    text: name,
  };
}

/** The event that ended a line, to write the stop reason on its medicines. */
function endingEvent(events: readonly CaseEvent[], end: string | undefined, from: number) {
  if (end === undefined) return undefined;
  return events.find(
    (e, i) =>
      i > from &&
      e.date === end &&
      (e.type === 'progression' || e.type === 'intolerance' || e.type === 'stop-treatment'),
  );
}

function medicationResources(
  event: EventOfType<'start-line'>,
  index: number,
  line: { end?: string; endReason?: string } | undefined,
  events: readonly CaseEvent[],
): Json[] {
  const ending = endingEvent(events, line?.end, index);
  return event.regimen.map((drug, i) => {
    let status = line?.end ? 'completed' : 'active';
    let statusReason: Json | undefined;
    if (ending?.type === 'progression') {
      status = 'stopped';
      statusReason = { coding: [stopReasonCodes.progression] };
    } else if (ending?.type === 'intolerance') {
      status = 'stopped';
      const named = ending.agents && ending.agents.length > 0 ? ending.agents : event.regimen;
      if (named.includes(drug)) statusReason = { coding: [stopReasonCodes['not-tolerated']] };
    } else if (ending?.type === 'stop-treatment') {
      status = 'stopped';
      statusReason = { coding: [stopReasonCodes['patient-choice']] };
    }
    return {
      resourceType: 'MedicationRequest',
      id: `event-${index}-medication-${i}`,
      extension: [
        indexExtension(index),
        ext(extensionUrls.treatmentIntent, {
          valueCodeableConcept: {
            coding: [coding(palliativeIntent.system, palliativeIntent.code)],
          },
        }),
      ],
      status,
      ...(statusReason ? { statusReason } : {}),
      intent: 'order',
      medicationCodeableConcept: drugConcept(drug),
      subject,
      authoredOn: event.date,
      dosageInstruction: [
        {
          timing: {
            repeat: {
              boundsPeriod: { start: event.date, ...(line?.end ? { end: line.end } : {}) },
            },
          },
        },
      ],
    };
  });
}

function basic(id: string, kind: string, label: string, date: string, extension: Json[]): Json {
  return {
    resourceType: 'Basic',
    id,
    extension,
    code: { coding: [coding(localSystems.caseEvent, kind, label)], text: label },
    subject,
    created: date,
  };
}

function noteExtension(note: string | undefined): Json[] {
  return note ? [ext(extensionUrls.note, { valueString: note })] : [];
}

function eventResources(event: CaseEvent, index: number): Json[] {
  const id = `event-${index}`;
  const tag = indexExtension(index);
  switch (event.type) {
    case 'start-line':
      return [];
    case 'metastases':
      return event.sites.map((s, i) => siteCondition(s, `${id}-site-${i}`, event.date, index));
    case 'progression': {
      const sites = (event.sites ?? []).map((s, i) =>
        siteCondition(s, `${id}-site-${i}`, event.date, index),
      );
      return [
        observation(
          id,
          { coding: [coding(systems.loinc, diseaseStatusCode, 'Cancer disease status')] },
          event.date,
          {
            extension: [tag],
            valueCodeableConcept: { coding: [diseaseStatusCodes.progression] },
            ...(sites.length > 0
              ? { focus: sites.map((s) => ({ reference: `Condition/${String(s['id'])}` })) }
              : {}),
          },
        ),
        ...sites,
      ];
    }
    case 'response':
      return [
        observation(
          id,
          { coding: [coding(systems.loinc, diseaseStatusCode, 'Cancer disease status')] },
          event.date,
          {
            extension: [tag],
            valueCodeableConcept: { coding: [diseaseStatusCodes[event.assessment]] },
          },
        ),
      ];
    case 'intolerance': {
      const medications = (event.agents ?? []).map((agent, i) => ({
        resourceType: 'Medication',
        id: `${id}-agent-${i}`,
        code: drugConcept(agent),
      }));
      return [
        {
          resourceType: 'AdverseEvent',
          id,
          extension: [tag, ...noteExtension(event.note)],
          actuality: 'actual',
          event: { coding: [stopReasonCodes['not-tolerated']] },
          subject,
          date: event.date,
          ...(medications.length > 0
            ? {
                suspectEntity: medications.map((m) => ({
                  instance: { reference: `Medication/${m.id}` },
                })),
              }
            : {}),
        },
        ...medications,
      ];
    }
    case 'receptor-update':
      return (['er', 'pr', 'her2', 'pdl1', 'brca'] as const).flatMap((field) => {
        const value = event[field];
        return value === undefined
          ? []
          : [biomarkerObservation(field, value, `${id}-${field}`, event.date, [tag])];
      });
    case 'local-therapy': {
      const body = bodySiteCodes[event.site];
      return [
        {
          resourceType: 'Procedure',
          id,
          extension: [
            tag,
            ext(extensionUrls.site, { valueCode: event.site }),
            ...(event.technique !== undefined
              ? [ext(extensionUrls.technique, { valueString: event.technique })]
              : []),
          ],
          status: 'completed',
          // No verified procedure code exists for these, so a local code and text.
          code: {
            coding: [coding(localSystems.caseEvent, event.modality)],
            text: event.modality === 'radiation' ? 'Radiation therapy' : 'Surgery',
          },
          subject,
          performedDateTime: event.date,
          ...(body ? { bodySite: [{ coding: [coding(systems.snomed, body)] }] } : {}),
        },
      ];
    }
    case 'break':
      return [
        basic(id, 'break', 'Treatment break', event.date, [tag, ...noteExtension(event.note)]),
      ];
    case 'resume':
      return [basic(id, 'resume', 'Treatment resumed', event.date, [tag])];
    case 'stop-treatment':
      return [
        basic(id, 'stop-treatment', 'Anti-cancer treatment stopped', event.date, [
          tag,
          ...noteExtension(event.note),
        ]),
      ];
    case 'decision':
      return [
        basic(id, 'decision', 'Treatment decision', event.date, [
          tag,
          ext(extensionUrls.decisionCandidate, { valueString: event.candidate }),
          ext(extensionUrls.decisionChoice, { valueCode: event.choice }),
          ...(event.rationale
            ? [ext(extensionUrls.decisionRationale, { valueString: event.rationale })]
            : []),
          ...(event.followUp !== undefined
            ? [ext(extensionUrls.followUp, { valueDate: event.followUp })]
            : []),
          ...(event.knowledgeVersion !== undefined
            ? [ext(extensionUrls.knowledgeVersion, { valueString: event.knowledgeVersion })]
            : []),
        ]),
      ];
  }
}
