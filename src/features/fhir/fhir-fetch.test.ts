import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetFhirServer } from '../../../mocks/fhir/server.ts';
import { server } from '../../../mocks/node.ts';
import { importFhirResources } from '../../domain/fhir/index.ts';
import { fetchPatientRecord, FhirRequestError, type RecordProgress } from './fhir-fetch.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetFhirServer();
});
afterAll(() => server.close());

const access = { base: 'http://localhost/fhir' };
const patientId = 'hr-positive';

const searchset = (resources: unknown[]) =>
  HttpResponse.json(
    {
      resourceType: 'Bundle',
      type: 'searchset',
      total: resources.length,
      entry: resources.map((resource) => ({ resource, search: { mode: 'match' } })),
    },
    { headers: { 'Content-Type': 'application/fhir+json' } },
  );

describe('reading a patient record from a server', () => {
  it('searches MedicationStatement too, and reports nothing extra when there are none', async () => {
    const steps: RecordProgress[] = [];
    const items = await fetchPatientRecord(access, patientId, undefined, (p) => steps.push(p));
    expect(steps.map((s) => s.step)).toContain('MedicationStatement');
    const result = importFhirResources(items);
    if (!result.ok) throw new Error('the record did not import');
    expect(result.draft.entries.some((e) => e.resourceType === 'OperationOutcome')).toBe(false);
  });

  it('reads the record without MedicationStatement when the server does not offer it, and says so', async () => {
    server.use(
      http.get('*/fhir/MedicationStatement', () =>
        HttpResponse.json(
          {
            resourceType: 'OperationOutcome',
            issue: [{ severity: 'error', code: 'not-supported', diagnostics: 'unknown resource' }],
          },
          { status: 404 },
        ),
      ),
    );
    const steps: RecordProgress[] = [];
    const items = await fetchPatientRecord(access, patientId, undefined, (p) => steps.push(p));
    expect(steps.map((s) => s.step)).toContain('MedicationStatement (not offered)');
    const result = importFhirResources(items);
    if (!result.ok) throw new Error('the record did not import');
    const notice = result.draft.entries.find((e) => e.source === 'MedicationStatement search');
    expect(notice?.outcome).toBe('not-mapped');
    expect(notice?.found).toMatch(/does not offer MedicationStatement searches \(404\)/);
    expect(notice?.result).toMatch(/part of the record is missing/);
    // The rest of the record is read as before.
    expect(result.draft.events.some((e) => e.event.type === 'start-line')).toBe(true);
  });

  it('reads medicines a server keeps as MedicationStatement into the course', async () => {
    server.use(
      http.get('*/fhir/MedicationStatement', () =>
        searchset([
          {
            resourceType: 'MedicationStatement',
            id: 'statement-1',
            status: 'active',
            subject: { reference: `Patient/${patientId}` },
            medicationCodeableConcept: {
              coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '194000' }],
              text: 'capecitabine',
            },
            effectivePeriod: { start: '2026-03-01' },
          },
        ]),
      ),
    );
    const items = await fetchPatientRecord(access, patientId, undefined, () => undefined);
    const result = importFhirResources(items);
    if (!result.ok) throw new Error('the record did not import');
    expect(
      result.draft.entries.find((e) => e.source === 'MedicationStatement/statement-1')?.outcome,
    ).toBe('mapped');
    expect(
      result.draft.events.some(
        (e) => e.event.type === 'start-line' && e.event.regimen.includes('capecitabine'),
      ),
    ).toBe(true);
  });

  it('still stops on a refusal of access to that search: a 401 is not "not offered"', async () => {
    server.use(
      http.get('*/fhir/MedicationStatement', () =>
        HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 401 }),
      ),
    );
    const reading = fetchPatientRecord(access, patientId, undefined, () => undefined);
    await expect(reading).rejects.toBeInstanceOf(FhirRequestError);
    await expect(reading).rejects.toThrow(/refused access \(401\)/);
  });
});
