import type { CaseEvent } from '../../case/case-schema.ts';
import { extensionUrls } from '../fhir-codes.ts';
import type {
  BiomarkerFact,
  FhirEntryReport,
  FhirFacts,
  RecordFact,
} from '../fhir-import-types.ts';
import type { Extension, PatientResource, ReadResource, Reference } from '../fhir-resources.ts';
import { intExtension } from './read-codes.ts';
import { readPatient } from './patient.ts';

/** One resource that passed its schema, with where it came from. */
export type Parsed = {
  readonly resource: ReadResource;
  readonly source: string;
  readonly fullUrl?: string;
};

/**
 * What every resource reader shares: the facts gathered so far, reference resolution inside
 * the data read (`Type/id`, `urn:uuid:` fullUrls and absolute URLs) and the report per resource.
 */
export class ReaderContext {
  readonly facts: FhirFacts;
  private readonly byRef = new Map<string, Parsed>();
  private readonly patientRefs: ReadonlySet<string>;

  constructor(
    parsed: readonly Parsed[],
    patient: Parsed & { resource: PatientResource },
    entries: FhirEntryReport[],
  ) {
    for (const p of parsed) {
      this.byRef.set(`${p.resource.resourceType}/${p.resource.id}`, p);
      if (p.fullUrl) this.byRef.set(p.fullUrl, p);
    }
    const refs = new Set([`Patient/${patient.resource.id}`]);
    if (patient.fullUrl) refs.add(patient.fullUrl);
    this.patientRefs = refs;
    this.facts = {
      patient: readPatient(patient.resource, patient.source),
      biomarkers: [],
      menopause: [],
      ecog: [],
      sites: [],
      medications: [],
      statuses: [],
      events: [],
      primaries: [],
      entries,
      procedures: [],
      stages: [],
      records: [],
      undated: [],
    };
  }

  /** The resource a reference points at, inside what was read. */
  resolve(reference: Reference | undefined): Parsed | undefined {
    const ref = reference?.reference;
    if (!ref) return undefined;
    const direct = this.byRef.get(ref);
    if (direct) return direct;
    // An absolute URL or a versioned reference: match on the trailing Type/id.
    const parts = ref.replace(/\/_history\/.*$/, '').split('/');
    return this.byRef.get(parts.slice(-2).join('/'));
  }

  belongsToPatient(reference: Reference | undefined): boolean {
    if (!reference?.reference) return true;
    if (this.patientRefs.has(reference.reference)) return true;
    const target = this.resolve(reference);
    return (
      target?.resource.resourceType === 'Patient' &&
      this.patientRefs.has(`Patient/${target.resource.id}`)
    );
  }

  report(p: Parsed, found: string, outcome: FhirEntryReport['outcome'], result: string): void {
    this.facts.entries.push({
      source: p.source,
      resourceType: p.resource.resourceType,
      found,
      outcome,
      result,
    });
  }

  addBiomarker(p: Parsed, found: string, fact: BiomarkerFact): void {
    this.facts.biomarkers.push(fact);
    this.report(
      p,
      found,
      'mapped',
      `${fact.field.toUpperCase()}${fact.gene ? ` (${fact.gene} only)` : ''}: ${fact.value}${fact.note ? ` (${fact.note})` : ''}`,
    );
  }

  /** A fact the case has no place for: kept for the review screen, reported as shown only. */
  addRecord(p: Parsed, found: string, fact: Omit<RecordFact, 'source'>): void {
    this.facts.records.push({ ...fact, source: p.source });
    this.report(
      p,
      found,
      'mapped',
      `${fact.label}: ${fact.value} (shown on the review screen; the case format has no place for it)`,
    );
  }

  addEvent(
    p: Parsed,
    found: string,
    extension: readonly Extension[] | undefined,
    event: CaseEvent,
  ): void {
    const index = intExtension(extension, extensionUrls.eventIndex);
    this.facts.events.push({ event, source: p.source, ...(index === undefined ? {} : { index }) });
    this.report(p, found, 'mapped', `${event.type} on ${event.date}`);
  }
}
