import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fhirMiddleware } from '../../mocks/fhir/middleware.ts';
import { collectionBundle, fhirPatients, wrongSystemCoding } from '../../mocks/fhir/patients.ts';
import type { Bundle, Coding, FhirResource } from '../../mocks/fhir/resources.ts';
import { fhirFailures, fhirHandlers, resetFhirServer } from '../../mocks/fhir/server.ts';

const origin = 'http://localhost';
const base = `${origin}/fhir`;

const readJson = async <T>(response: Response): Promise<T> => (await response.json()) as T;

/** Follows `next` links to the end and returns every page. */
async function allPages(first: string, init?: RequestInit): Promise<Bundle[]> {
  const pages: Bundle[] = [];
  let url: string | undefined = first;
  while (url !== undefined) {
    const response = await fetch(url, init);
    expect(response.status).toBe(200);
    const page: Bundle = await readJson<Bundle>(response);
    pages.push(page);
    url = page.link?.find((l) => l.relation === 'next')?.url;
  }
  return pages;
}

function base64url(bytes: ArrayBuffer): string {
  return Buffer.from(bytes).toString('base64url');
}

async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)).buffer);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64url(digest) };
}

const clientId = 'mbc-test-client';
const redirectUri = 'http://localhost/app/callback';

function authorizeUrl(
  endpoint: string,
  challenge: string,
  extra: Record<string, string> = {},
): string {
  const url = new URL(endpoint);
  const params = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'launch/patient patient/*.read',
    state: 'state-123',
    aud: base,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

async function authorizeCode(challenge: string, extra: Record<string, string> = {}) {
  const response = await fetch(authorizeUrl(`${base}/auth/authorize`, challenge, extra), {
    redirect: 'manual',
  });
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('Location') ?? '');
  return { location, code: location.searchParams.get('code') ?? '' };
}

const exchange = (code: string, verifier: string, overrides: Record<string, string> = {}) =>
  fetch(`${base}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
      ...overrides,
    }),
  });

interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  patient: string;
}
interface SmartConfiguration {
  authorization_endpoint: string;
  token_endpoint: string;
  code_challenge_methods_supported: string[];
  capabilities: string[];
}

describe('mock FHIR server (msw)', () => {
  const server = setupServer(...fhirHandlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetFhirServer();
  });
  afterAll(() => server.close());

  it('serves a R4 CapabilityStatement with the SMART oauth-uris extension', async () => {
    const response = await fetch(`${base}/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/fhir+json');
    const body = await readJson<{
      resourceType: string;
      fhirVersion: string;
      rest: { security: { extension: { url: string }[] } }[];
    }>(response);
    expect(body.resourceType).toBe('CapabilityStatement');
    expect(body.fhirVersion).toBe('4.0.1');
    expect(body.rest[0]?.security.extension[0]?.url).toBe(
      'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
    );
  });

  it('finds patients by name across pages', async () => {
    const pages = await allPages(`${base}/Patient?name=TEST&_count=2`);
    expect(pages).toHaveLength(3);
    expect(pages[0]?.total).toBe(fhirPatients.length);
    const ids = pages.flatMap((p) => p.entry.map((e) => e.resource.id));
    expect(new Set(ids)).toEqual(new Set(fhirPatients.map((p) => p.id)));
    expect(pages[0]?.entry[0]?.search?.mode).toBe('match');
    expect(pages[0]?.entry[0]?.fullUrl).toMatch(/^http:\/\/localhost\/fhir\/Patient\//);

    const one = await readJson<Bundle>(await fetch(`${base}/Patient?name=lovelace`));
    expect(one.total).toBe(1);
    expect(one.entry[0]?.resource.id).toBe('hr-positive');
    expect(one.link?.some((l) => l.relation === 'next')).toBe(false);
  });

  it('pages the Observations of many-lines and accepts subject=Patient/<id>', async () => {
    const expected = fhirPatients
      .find((p) => p.id === 'many-lines')
      ?.resources.filter((r) => r.resourceType === 'Observation').length;
    expect(expected).toBeGreaterThan(20);
    const pages = await allPages(`${base}/Observation?patient=many-lines`);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.entry)).toHaveLength(expected ?? 0);

    const bySubject = await readJson<Bundle>(
      await fetch(`${base}/Observation?subject=Patient/many-lines&_count=100`),
    );
    expect(bySubject.entry).toHaveLength(expected ?? 0);
  });

  it('returns the Medications a patient references, and an empty searchset for nobody', async () => {
    const meds = await readJson<Bundle>(await fetch(`${base}/Medication?patient=many-lines`));
    expect(meds.total).toBe(6);
    const ids = meds.entry.map((e) => e.resource.id).slice(0, 2);
    const byId = await readJson<Bundle>(await fetch(`${base}/Medication?_id=${ids.join(',')}`));
    expect(byId.entry.map((e) => e.resource.id)).toEqual(ids);

    const none = await fetch(`${base}/Condition?patient=nobody`);
    expect(none.status).toBe(200);
    expect((await readJson<Bundle>(none)).total).toBe(0);
  });

  it('filters by code token and ignores /fhir/ deeper in a path', async () => {
    const er = await readJson<Bundle>(
      await fetch(`${base}/Observation?patient=hr-positive&code=http://loinc.org|85337-4`),
    );
    expect(er.entry.map((e) => e.resource.id)).toEqual(['hr-positive-obs-1']);
    // The dev server has modules under e.g. /src/fhir/; the mock must not answer for them.
    expect(await getResponse(fhirHandlers, new Request(`${origin}/src/fhir/metadata`))).toBe(
      undefined,
    );
  });

  it('reads a Patient by id and answers 404 with an OperationOutcome for an unknown one', async () => {
    const found = await fetch(`${base}/Patient/triple-negative`);
    expect(found.status).toBe(200);
    expect((await readJson<FhirResource>(found)).id).toBe('triple-negative');

    const missing = await fetch(`${base}/Patient/does-not-exist`);
    expect(missing.status).toBe(404);
    expect((await readJson<{ resourceType: string }>(missing)).resourceType).toBe(
      'OperationOutcome',
    );
  });

  it('runs the SMART standalone flow with PKCE; the token reads data', async () => {
    const config = await readJson<SmartConfiguration>(
      await fetch(`${base}/.well-known/smart-configuration`),
    );
    expect(config.authorization_endpoint).toBe(`${base}/auth/authorize`);
    expect(config.token_endpoint).toBe(`${base}/auth/token`);
    expect(config.code_challenge_methods_supported).toEqual(['S256']);
    expect(config.capabilities).toEqual(
      expect.arrayContaining(['launch-ehr', 'launch-standalone', 'client-public']),
    );

    const { verifier, challenge } = await pkcePair();
    const response = await fetch(authorizeUrl(config.authorization_endpoint, challenge), {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
    expect(location.searchParams.get('state')).toBe('state-123');
    const code = location.searchParams.get('code') ?? '';
    expect(code).not.toBe('');

    const tokenResponse = await exchange(code, verifier);
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('Cache-Control')).toBe('no-store');
    const token = await readJson<TokenResponse>(tokenResponse);
    expect(token.token_type).toBe('Bearer');
    expect(token.expires_in).toBe(3600);
    expect(token.patient).toBe('hr-positive');
    expect(token.access_token).not.toBe('');

    const data = await fetch(`${base}/Condition?patient=${token.patient}`, {
      headers: { Authorization: `Bearer ${token.access_token}` },
    });
    expect(data.status).toBe(200);
    expect((await readJson<Bundle>(data)).total).toBe(2);
  });

  it('puts the launch patient (EHR) or the login_hint patient (standalone) in context', async () => {
    const ehr = await pkcePair();
    const fromLaunch = await authorizeCode(ehr.challenge, { launch: 'launch-her2-positive' });
    const ehrToken = await readJson<TokenResponse>(await exchange(fromLaunch.code, ehr.verifier));
    expect(ehrToken.patient).toBe('her2-positive');

    const standalone = await pkcePair();
    const hinted = await authorizeCode(standalone.challenge, { login_hint: 'messy' });
    const hintToken = await readJson<TokenResponse>(
      await exchange(hinted.code, standalone.verifier),
    );
    expect(hintToken.patient).toBe('messy');
  });

  it('rejects a wrong verifier, a reused code and a mismatched redirect_uri', async () => {
    const { verifier, challenge } = await pkcePair();

    const first = await authorizeCode(challenge);
    const wrong = await exchange(first.code, `${verifier}x`);
    expect(wrong.status).toBe(400);
    expect((await readJson<{ error: string }>(wrong)).error).toBe('invalid_grant');

    const second = await authorizeCode(challenge);
    expect((await exchange(second.code, verifier)).status).toBe(200);
    const reused = await exchange(second.code, verifier);
    expect(reused.status).toBe(400);
    expect((await readJson<{ error: string }>(reused)).error).toBe('invalid_grant');

    const third = await authorizeCode(challenge);
    const otherRedirect = await exchange(third.code, verifier, {
      redirect_uri: 'http://localhost/elsewhere',
    });
    expect(otherRedirect.status).toBe(400);
  });

  it('refuses bad authorize requests with a plain-text reason', async () => {
    const { challenge } = await pkcePair();
    const cases: [Record<string, string>, RegExp][] = [
      [{ response_type: 'token' }, /response_type/],
      [{ code_challenge_method: 'plain' }, /S256/],
      [{ aud: 'http://elsewhere.example/fhir' }, /aud/],
      [{ state: '' }, /Missing parameter\(s\): state/],
      [{ launch: 'launch-nobody' }, /launch/],
    ];
    for (const [extra, reason] of cases) {
      const response = await fetch(authorizeUrl(`${base}/auth/authorize`, challenge, extra), {
        redirect: 'manual',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(reason);
    }
  });

  it('answers 401 for an unknown bearer token but allows no Authorization header', async () => {
    const bad = await fetch(`${base}/Observation?patient=hr-positive`, {
      headers: { Authorization: 'Bearer not-a-token' },
    });
    expect(bad.status).toBe(401);
    expect((await readJson<{ resourceType: string }>(bad)).resourceType).toBe('OperationOutcome');

    const open = await fetch(`${base}/Observation?patient=hr-positive`);
    expect(open.status).toBe(200);
  });

  it('fails as asked on each /fhir-fail base path', async () => {
    const statusOf = async (mode: string) =>
      (await fetch(`${origin}/fhir-fail/${mode}/Patient?name=test`)).status;
    expect(await statusOf('401')).toBe(401);
    expect(await statusOf('404')).toBe(404);
    expect(await statusOf('500')).toBe(500);

    const malformed = await fetch(`${origin}/fhir-fail/malformed/Patient`);
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow(SyntaxError);

    await expect(
      fetch(`${origin}/fhir-fail/timeout/metadata`, { signal: AbortSignal.timeout(200) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('answers normally but slowly on /fhir-fail/slow, with links on that base', async () => {
    const started = Date.now();
    const response = await fetch(`${origin}/fhir-fail/slow/Patient?name=test&_count=1`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(response.status).toBe(200);
    const page = await readJson<Bundle>(response);
    expect(page.entry).toHaveLength(1);
    expect(page.link?.find((l) => l.relation === 'next')?.url).toMatch(
      /^http:\/\/localhost\/fhir-fail\/slow\/Patient\?/,
    );
  });

  it('installs the fhirFailures handlers over /fhir with server.use', async () => {
    server.use(fhirFailures.searchServerError);
    expect((await fetch(`${base}/Observation?patient=hr-positive`)).status).toBe(500);
    // Metadata is not a search, so it still works.
    expect((await fetch(`${base}/metadata`)).status).toBe(200);

    server.resetHandlers(fhirFailures.unauthorized, ...fhirHandlers);
    expect((await fetch(`${base}/Patient/hr-positive`)).status).toBe(401);

    server.resetHandlers(fhirFailures.malformedJson, ...fhirHandlers);
    await expect((await fetch(`${base}/Condition?patient=messy`)).json()).rejects.toThrow(
      SyntaxError,
    );

    server.resetHandlers(fhirFailures.timeout, ...fhirHandlers);
    await expect(
      fetch(`${base}/Patient?name=test`, { signal: AbortSignal.timeout(200) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });

    server.resetHandlers(fhirFailures.tokenRejected, ...fhirHandlers);
    const { verifier, challenge } = await pkcePair();
    const { code } = await authorizeCode(challenge);
    expect((await exchange(code, verifier)).status).toBe(400);
  });
});

describe('fhirMiddleware on a real HTTP server', () => {
  let url = '';
  let nextCalls = 0;
  const httpServer = createServer((req, res) => {
    fhirMiddleware()(req, res, () => {
      nextCalls += 1;
      res.statusCode = 418;
      res.end('next');
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve, reject) =>
      httpServer.close((error) => (error ? reject(error) : resolve())),
    );
  });

  it('serves GET /fhir/metadata as JSON', async () => {
    const response = await fetch(`${url}/fhir/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/fhir+json');
    const body = await readJson<{ resourceType: string; implementation: { url: string } }>(
      response,
    );
    expect(body.resourceType).toBe('CapabilityStatement');
    // Built from the Host header, so absolute URLs point back at this server.
    expect(body.implementation.url).toBe(`${url}/fhir`);
  });

  it('passes the 302 from authorize through and takes a form POST for the token', async () => {
    const { verifier, challenge } = await pkcePair();
    const authorize = new URL(authorizeUrl(`${url}/fhir/auth/authorize`, challenge));
    authorize.searchParams.set('aud', `${url}/fhir`);
    const redirect = await fetch(authorize, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const code = new URL(redirect.headers.get('Location') ?? '').searchParams.get('code') ?? '';

    const token = await fetch(`${url}/fhir/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: clientId,
        code_verifier: verifier,
      }),
    });
    expect(token.status).toBe(200);
    expect((await readJson<TokenResponse>(token)).patient).toBe('hr-positive');
  });

  it('calls next() for paths it does not own', async () => {
    const before = nextCalls;
    const response = await fetch(`${url}/index.html`);
    expect(response.status).toBe(418);
    expect(await response.text()).toBe('next');
    const lookalike = await fetch(`${url}/fhirish/metadata`);
    expect(lookalike.status).toBe(418);
    expect(nextCalls).toBe(before + 2);
  });
});

describe('synthetic patients', () => {
  interface CodeEntry {
    system: string;
    code: string;
    display: string;
    verified: boolean | string;
  }
  const catalogue = JSON.parse(
    readFileSync(new URL('../../../shared/fhir/codes.json', import.meta.url), 'utf8'),
  ) as { codes: CodeEntry[] };
  const verified = new Map(
    catalogue.codes.filter((c) => c.verified === true).map((c) => [`${c.system}|${c.code}`, c]),
  );

  /** Every Coding anywhere in a resource (any `coding` array, however deep). */
  function codingsIn(value: unknown): Coding[] {
    if (Array.isArray(value)) return value.flatMap(codingsIn);
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([key, inner]) =>
      key === 'coding' && Array.isArray(inner)
        ? [...(inner as Coding[]), ...inner.flatMap(codingsIn)]
        : codingsIn(inner),
    );
  }

  it('use only codes marked verified in codes.json, with their display', () => {
    const isWrongSystem = (c: Coding) =>
      c.system === wrongSystemCoding.system && c.code === wrongSystemCoding.code;
    let checked = 0;
    let wrongSystemSeen = 0;
    for (const p of fhirPatients) {
      for (const c of codingsIn(p.resources)) {
        if (isWrongSystem(c)) {
          wrongSystemSeen += 1;
          // The deliberate mistake must really be one, or the check above proves nothing.
          expect(verified.has(`${c.system}|${c.code}`)).toBe(false);
          continue;
        }
        const entry = verified.get(`${c.system}|${c.code}`);
        expect(entry, `${p.id}: ${c.system}|${c.code}`).toBeDefined();
        if (c.display !== undefined) expect(c.display).toBe(entry?.display);
        checked += 1;
      }
    }
    expect(wrongSystemSeen).toBe(1);
    expect(checked).toBeGreaterThan(100);
  });

  it('are six female patients with unique ids and references that resolve', () => {
    expect(fhirPatients.length).toBeGreaterThanOrEqual(6);
    const keys = fhirPatients.flatMap((p) => p.resources.map((r) => `${r.resourceType}/${r.id}`));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of fhirPatients) {
      const own = new Set(p.resources.map((r) => `${r.resourceType}/${r.id}`));
      const person = p.resources.find((r) => r.resourceType === 'Patient');
      expect(person?.resourceType === 'Patient' && person.gender).toBe('female');
      const references = JSON.stringify(p.resources).match(/"reference":"[^"]+"/g) ?? [];
      for (const ref of references) {
        const target = ref.slice('"reference":"'.length, -1);
        if (target === 'Medication/does-not-exist') continue; // messy, on purpose
        expect(own.has(target), `${p.id} -> ${target}`).toBe(true);
      }
    }
  });

  it('export a whole patient as a collection Bundle with absolute fullUrls', () => {
    const bundle = collectionBundle('her2-positive');
    expect(bundle.type).toBe('collection');
    expect(bundle.entry[0]?.resource.resourceType).toBe('Patient');
    for (const entry of bundle.entry) {
      expect(entry.fullUrl).toBe(
        `https://fhir.example.org/fhir/${entry.resource.resourceType}/${entry.resource.id}`,
      );
    }
    expect(() => collectionBundle('nobody')).toThrow(/nobody/);
  });
});
