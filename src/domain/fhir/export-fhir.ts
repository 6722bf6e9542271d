import type { CaseEvent, CaseFile, EventOfType, Site } from '../case/case-schema.ts';
import type { SiteName } from '../case/vocabulary.ts';
import { replayCase } from '../machine/replay-case.ts';
import {
  bodySiteCodes,
  diseaseStatusCode,
  diseaseStatusCodes,
  extensionUrls,
  localSystems,
  palliativeIntent,
  siteCodes,
  stopReasonCodes,
  systems,
} from './fhir-codes.ts';
import {
  baselineResources,
  biomarkerObservation,
  observation,
  patientResource,
} from './export/baseline-resources.ts';
import { OmissionLog, type FhirExport } from './export/export-omissions.ts';
import {
  coding,
  drugConcept,
  ext,
  indexExtension,
  noteExtension,
  refOf,
  subject,
  type Json,
} from './export/fhir-json.ts';
import { categories, conditionStatus, mcodeProfiles, profileMeta } from './mcode-profiles.ts';

export type { FhirExport, FhirExportOmission } from './export/export-omissions.ts';

/**
 * A case as a FHIR R4 Bundle (type collection) in mCODE STU 4 shapes, each resource claiming its
 * profile (mcode-profiles.ts): receptor results as TumorMarkerTest observations, germline BRCA as
 * a GenomicVariant, metastases as SecondaryCancerConditions, lines as
 * CancerRelatedMedicationRequests with their stop reasons, response and progression as
 * CancerDiseaseStatus. What mCODE has no place for (lesion counts, breaks, board decisions)
 * travels in this dashboard's own extensions and Basic resources, and every resource made from an
 * event carries the event's place in the log, so the importer reads the bundle back to the same
 * case. Elements a profile asks for that the case does not hold are left out and listed in
 * `omissions`, never invented.
 */
export function caseToFhirExport(caseFile: CaseFile): FhirExport {
  const omissions = new OmissionLog();
  const resources: Json[] = [
    patientResource(caseFile, omissions),
    ...baselineResources(caseFile.patient, omissions),
  ];
  const sites = new Map<SiteName, string>();

  const { snapshot } = replayCase(caseFile);
  const lines = snapshot.context.lines;
  let lineNumber = 0;
  caseFile.events.forEach((event, index) => {
    let made: Json[];
    if (event.type === 'start-line') {
      const line = lines[lineNumber];
      lineNumber += 1;
      made = medicationResources(event, index, line, caseFile.events, sites, omissions);
    } else {
      made = eventResources(event, index, sites, omissions);
    }
    resources.push(...made);
    for (const resource of made) {
      const site = siteOf(resource);
      if (site) sites.set(site, refOf(resource));
    }
  });

  const bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({
      fullUrl: `${fullUrlBase}${refOf(resource)}`,
      resource,
    })),
  };
  return { bundle, omissions: omissions.items };
}

/** The Bundle alone, for callers that do not show what was left out. */
export function caseToFhirBundle(caseFile: CaseFile): Json {
  return caseToFhirExport(caseFile).bundle;
}

const fullUrlBase = 'urn:mbc-dashboard:';

/** The case site a SecondaryCancerCondition stands for (its site extension). */
function siteOf(resource: Json): SiteName | undefined {
  if (resource['resourceType'] !== 'Condition') return undefined;
  const extension = resource['extension'] as Json[];
  const site = extension.find((e) => e['url'] === extensionUrls.site);
  return site?.['valueCode'] as SiteName | undefined;
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
    ...profileMeta(mcodeProfiles.secondaryCancerCondition),
    extension,
    clinicalStatus: conditionStatus.active,
    // The case format records documented metastases only (case-format.md, "metastases"), so
    // the site is confirmed as far as the case knows; it has no place for a suspected one.
    verificationStatus: conditionStatus.confirmed,
    category: [categories.problemListItem],
    code: code
      ? { coding: [coding(systems.snomed, code.code, code.display)] }
      : { text: 'Secondary malignant neoplasm of another site' },
    subject,
    onsetDateTime: date,
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
  sites: ReadonlyMap<SiteName, string>,
  omissions: OmissionLog,
): Json[] {
  const ending = endingEvent(events, line?.end, index);
  // The line treats the metastatic disease known when it starts: its site conditions.
  const reasons = [...sites.values()].map((reference) => ({ reference }));
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
    const resource = {
      resourceType: 'MedicationRequest',
      id: `event-${index}-medication-${i}`,
      ...profileMeta(mcodeProfiles.medicationRequest),
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
      ...(reasons.length > 0 ? { reasonReference: reasons } : {}),
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
    const ref = refOf(resource);
    omissions.add(ref, 'MedicationRequest.requester', 'the case does not record who prescribed');
    if (reasons.length === 0) {
      omissions.add(
        ref,
        'MedicationRequest.reasonReference',
        'no metastatic site was recorded before the line started',
      );
    }
    return resource;
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

function diseaseStatus(id: string, date: string, value: Json, rest: Json): Json {
  return observation(
    id,
    mcodeProfiles.diseaseStatus,
    { coding: [coding(systems.loinc, diseaseStatusCode, 'Cancer disease status')] },
    date,
    { valueCodeableConcept: { coding: [value] }, ...rest },
  );
}

function localTherapy(
  event: EventOfType<'local-therapy'>,
  id: string,
  tag: Json,
  sites: ReadonlyMap<SiteName, string>,
  omissions: OmissionLog,
): Json {
  const body = bodySiteCodes[event.site];
  const surgery = event.modality === 'surgery';
  const reason = sites.get(event.site);
  const resource = {
    resourceType: 'Procedure',
    id,
    ...(surgery ? profileMeta(mcodeProfiles.surgicalProcedure) : {}),
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
      text: surgery ? 'Surgery' : 'Radiation therapy',
    },
    subject,
    performedDateTime: event.date,
    ...(body ? { bodySite: [{ coding: [coding(systems.snomed, body)] }] } : {}),
    ...(surgery && reason ? { reasonReference: [{ reference: reason }] } : {}),
  };
  const ref = refOf(resource);
  if (!surgery) {
    omissions.add(
      ref,
      'Procedure.meta.profile',
      "mCODE's RadiotherapyCourseSummary fixes a procedure code that codes.json does not verify",
    );
  } else if (!reason) {
    omissions.add(
      ref,
      'Procedure.reasonReference',
      `no ${event.site} metastasis was recorded before the surgery`,
    );
  }
  return resource;
}

function eventResources(
  event: Exclude<CaseEvent, EventOfType<'start-line'>>,
  index: number,
  sites: ReadonlyMap<SiteName, string>,
  omissions: OmissionLog,
): Json[] {
  const id = `event-${index}`;
  const tag = indexExtension(index);
  switch (event.type) {
    case 'metastases':
      return event.sites.map((s, i) => siteCondition(s, `${id}-site-${i}`, event.date, index));
    case 'progression': {
      const found = (event.sites ?? []).map((s, i) =>
        siteCondition(s, `${id}-site-${i}`, event.date, index),
      );
      return [
        diseaseStatus(id, event.date, diseaseStatusCodes.progression, {
          extension: [tag],
          ...(found.length > 0 ? { focus: found.map((s) => ({ reference: refOf(s) })) } : {}),
        }),
        ...found,
      ];
    }
    case 'response':
      return [
        diseaseStatus(id, event.date, diseaseStatusCodes[event.assessment], { extension: [tag] }),
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
          : [biomarkerObservation(field, value, `${id}-${field}`, event.date, [tag], omissions)];
      });
    case 'local-therapy':
      return [localTherapy(event, id, tag, sites, omissions)];
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
