import type { FhirEntryReport, FhirFacts, FhirProblem } from './fhir-import-types.ts';
import { describeConcept, readSchemas, type PatientResource } from './fhir-resources.ts';
import { readAdverseEvent } from './readers/adverse-event.ts';
import { readBasic } from './readers/basic.ts';
import { readCondition } from './readers/condition.ts';
import { readMedicationRequest, readMedicationUse } from './readers/medication.ts';
import { readObservation } from './readers/observation.ts';
import { describePatient } from './readers/patient.ts';
import { readProcedure } from './readers/procedure.ts';
import { ReaderContext, type Parsed } from './readers/reader-context.ts';

/** One resource as it arrived, from a bundle entry or a server search. */
export interface FhirItem {
  readonly resource: unknown;
  readonly fullUrl?: string;
  /** Where it sits, for messages when it has no id: `entry[3]`. */
  readonly place: string;
}

/**
 * Reads every resource into facts and a report line. Resources of one patient only; what cannot
 * be read is reported, never dropped silently. Fails only when there is no single patient.
 * Each resource type has its reader in `readers/`; observations go through a table of readers.
 */
export function readFhirFacts(
  items: readonly FhirItem[],
): { ok: true; facts: FhirFacts } | { ok: false; problems: FhirProblem[] } {
  const entries: FhirEntryReport[] = [];
  const parsed: Parsed[] = [];
  for (const item of items) {
    const result = parseItem(item);
    if ('report' in result) entries.push(result.report);
    else parsed.push(result);
  }

  const patients = parsed.filter(
    (p): p is Parsed & { resource: PatientResource } => p.resource.resourceType === 'Patient',
  );
  const [patientEntry] = patients;
  if (patients.length !== 1 || !patientEntry) {
    return {
      ok: false,
      problems: [
        {
          path: '(bundle)',
          message:
            patients.length === 0
              ? 'holds no readable Patient resource; a case needs exactly one patient'
              : `holds ${patients.length} patients (${patients.map((p) => p.source).join(', ')}); import one patient at a time`,
        },
      ],
    };
  }

  const ctx = new ReaderContext(parsed, patientEntry, entries);
  for (const p of parsed) readResource(ctx, p);
  return { ok: true, facts: ctx.facts };
}

function readResource(ctx: ReaderContext, p: Parsed): void {
  const r = p.resource;
  if (r.resourceType === 'Patient') {
    ctx.report(p, describePatient(r), 'mapped', 'the patient of this case');
    return;
  }
  if (r.resourceType === 'Medication') {
    ctx.report(p, `medication ${describeConcept(r.code)}`, 'mapped', 'read where referenced');
    return;
  }
  if (!ctx.belongsToPatient(r.subject)) {
    ctx.report(
      p,
      `a ${r.resourceType}`,
      'not-mapped',
      `belongs to ${r.subject?.reference ?? 'another patient'}, not to the patient imported`,
    );
    return;
  }
  switch (r.resourceType) {
    case 'Observation':
      readObservation(ctx, p, r);
      return;
    case 'Condition':
      readCondition(ctx, p, r);
      return;
    case 'MedicationRequest':
      readMedicationRequest(ctx, p, r);
      return;
    case 'MedicationAdministration':
    case 'MedicationStatement':
      readMedicationUse(ctx, p, r);
      return;
    case 'Procedure':
      readProcedure(ctx, p, r);
      return;
    case 'AdverseEvent':
      readAdverseEvent(ctx, p, r);
      return;
    case 'Basic':
      readBasic(ctx, p, r);
      return;
  }
}

function parseItem(item: FhirItem): Parsed | { report: FhirEntryReport } {
  const value = item.resource;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      report: notMapped(item.place, '(none)', 'holds no resource', 'an entry needs a resource'),
    };
  }
  const type = (value as { resourceType?: unknown }).resourceType;
  const rawId = (value as { id?: unknown }).id;
  const label =
    typeof type === 'string' && typeof rawId === 'string' && rawId !== ''
      ? `${type}/${rawId}`
      : item.place;
  if (typeof type !== 'string') {
    return {
      report: notMapped(item.place, '(none)', 'has no resourceType', 'not a FHIR resource'),
    };
  }
  if (type === 'OperationOutcome') {
    // A server's message (an error inside a search, or a search it does not offer): shown, since
    // it can mean part of the record was not read.
    const issues = (value as { issue?: unknown }).issue;
    const said = (Array.isArray(issues) ? issues : [])
      .map((i: unknown) => {
        const issue = i !== null && typeof i === 'object' ? (i as Record<string, unknown>) : {};
        return typeof issue['diagnostics'] === 'string' ? issue['diagnostics'].slice(0, 300) : '';
      })
      .filter((text) => text !== '');
    return {
      report: notMapped(
        label,
        type,
        said.length > 0 ? said.join('; ') : 'a message from the server with no text',
        'a message from the server, not patient data: check whether part of the record is missing',
      ),
    };
  }
  if (!(type in readSchemas)) {
    return {
      report: {
        source: label,
        resourceType: type,
        found: `a ${type} resource`,
        outcome: 'not-used',
        result: `${type} resources hold nothing the dashboard uses`,
      },
    };
  }
  const schema = readSchemas[type as keyof typeof readSchemas];
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(resource)' : '(resource)';
    return {
      report: notMapped(
        label,
        type,
        `a ${type} that does not have the expected shape`,
        `${where}: ${issue?.message ?? 'invalid'}`,
      ),
    };
  }
  return {
    resource: result.data,
    source: label,
    ...(item.fullUrl ? { fullUrl: item.fullUrl } : {}),
  };
}

function notMapped(
  source: string,
  resourceType: string,
  found: string,
  why: string,
): FhirEntryReport {
  return { source, resourceType, found, outcome: 'not-mapped', result: why };
}
