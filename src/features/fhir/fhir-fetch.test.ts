import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken, resetFhirServer } from '../../../mocks/fhir/server.ts';
import { server } from '../../../mocks/node.ts';
import { importFhirResources } from '../../domain/fhir/index.ts';
import {
  fetchPatientRecord,
  fetchSearchPage,
  FhirRequestError,
  type RecordProgress,
} from './fhir-fetch.ts';

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

describe("following the server's next-page links", () => {
  /**
   * Every request made during a test, with the Authorization header it carried. Call it after
   * the test's own `server.use`: the handlers added last are asked first.
   */
  function recordRequests(): Array<{ url: string; authorization: string | null }> {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    server.use(
      http.all('*', ({ request }) => {
        seen.push({ url: request.url, authorization: request.headers.get('Authorization') });
        // Nothing returned: the request goes on to the mock server's own handlers.
        return undefined;
      }),
    );
    return seen;
  }

  /** The first Observation page links to `next`; any request for `next` is answered too. */
  function observationsLinkingTo(next: string) {
    const foreign = new URL(next);
    server.use(
      http.get(`${foreign.origin}${foreign.pathname}`, () => searchset([])),
      http.get('http://localhost/fhir/Observation', () =>
        HttpResponse.json({
          resourceType: 'Bundle',
          type: 'searchset',
          link: [{ relation: 'next', url: next }],
          entry: [],
        }),
      ),
    );
  }

  it.each([
    ['another origin', 'https://collector.example/fhir/Observation?page=2'],
    ['another path on the same origin', 'http://localhost/elsewhere/Observation?page=2'],
    ['a path that only starts like the base', 'http://localhost/fhir-copy/Observation?page=2'],
    ['another port', 'http://localhost:8080/fhir/Observation?page=2'],
  ])(
    'does not follow a next link to %s, sends the token nowhere else and says why',
    async (_, next) => {
      const token = issueAccessToken(patientId);
      observationsLinkingTo(next);
      const seen = recordRequests();
      const reading = fetchPatientRecord({ ...access, token }, patientId, undefined, () => {});
      await expect(reading).rejects.toBeInstanceOf(FhirRequestError);
      await expect(reading).rejects.toThrow(
        "the server's next-page link points outside http://localhost/fhir",
      );
      // The read went as far as the bad link, with the token, and no further.
      expect(seen.map((r) => r.url)).toContain(
        `http://localhost/fhir/Observation?patient=${patientId}&_count=100`,
      );
      expect(seen.some((r) => r.url === next)).toBe(false);
      const outside = seen.filter((r) => !r.url.startsWith('http://localhost/fhir/'));
      expect(outside).toEqual([]);
      expect(seen.filter((r) => r.authorization === `Bearer ${token}`).length).toBeGreaterThan(0);
    },
  );

  it('refuses a foreign next link in a patient search as well', async () => {
    server.use(
      http.get('http://localhost/fhir/Patient', () =>
        HttpResponse.json({
          resourceType: 'Bundle',
          type: 'searchset',
          link: [{ relation: 'next', url: 'https://collector.example/Patient?page=2' }],
          entry: [],
        }),
      ),
    );
    const seen = recordRequests();
    await expect(
      fetchSearchPage('http://localhost/fhir/Patient?name=Ada', { ...access, token: 't' }),
    ).rejects.toThrow(/next-page link points outside http:\/\/localhost\/fhir/);
    expect(seen.map((r) => r.url)).toEqual(['http://localhost/fhir/Patient?name=Ada']);
  });

  it('follows next links on the same base, with the token, to the last page', async () => {
    const token = issueAccessToken(patientId);
    const observation = (id: string) => ({
      resourceType: 'Observation',
      id,
      status: 'final',
      code: { text: 'a note' },
      subject: { reference: `Patient/${patientId}` },
    });
    server.use(
      http.get('http://localhost/fhir/Observation', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '2'
          ? searchset([observation('second')])
          : HttpResponse.json({
              resourceType: 'Bundle',
              type: 'searchset',
              // A relative link is read against the page it came from.
              link: [{ relation: 'next', url: `Observation?patient=${patientId}&page=2` }],
              entry: [{ resource: observation('first') }],
            }),
      ),
    );
    const seen = recordRequests();
    const items = await fetchPatientRecord({ ...access, token }, patientId, undefined, () => {});
    const ids = items.map((i) => (i.resource as { id?: string }).id);
    expect(ids).toContain('first');
    expect(ids).toContain('second');
    const second = seen.find((r) => r.url.endsWith('page=2'));
    expect(second).toEqual({
      url: `http://localhost/fhir/Observation?patient=${patientId}&page=2`,
      authorization: `Bearer ${token}`,
    });
  });
});
