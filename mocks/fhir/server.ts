import { delay, http, HttpResponse } from 'msw';
import type { DefaultBodyType, HttpHandler, HttpResponseResolver, PathParams } from 'msw';
import { fhirPatients } from './patients.ts';
import { operationOutcome, searchEntry } from './resources.ts';
import type { Bundle, BundleLink, FhirResource, ResourceType } from './resources.ts';

/**
 * A mock FHIR R4 server with SMART on FHIR (standalone and EHR launch, PKCE S256, public
 * clients), serving the synthetic mCODE patients. Patterns start with `*` so they match on any
 * origin, but every resolver also checks that the path *starts* with the base: otherwise
 * `*\/fhir/...` would answer for e.g. a module at `/src/fhir/x.ts` in the dev server.
 */

export const fhirBase = '/fhir';
const failBase = '/fhir-fail';

const resourceTypes: readonly ResourceType[] = [
  'Patient',
  'Observation',
  'Condition',
  'MedicationRequest',
  'MedicationAdministration',
  'MedicationStatement',
  'Medication',
  'Procedure',
];
const isResourceType = (value: string): value is ResourceType =>
  (resourceTypes as readonly string[]).includes(value);

// --- in-memory SMART state -----------------------------------------------------------------

interface Grant {
  codeChallenge: string;
  redirectUri: string;
  clientId: string;
  patientId: string;
  scope: string;
  issuedAt: number;
}
interface AccessToken {
  patientId: string;
  scope: string;
  expiresAt: number;
}

const codeLifetimeMs = 10 * 60 * 1000;
const tokenLifetimeS = 3600;
const grants = new Map<string, Grant>();
const tokens = new Map<string, AccessToken>();

/** Forgets every issued code and token (call between tests). */
export function resetFhirServer(): void {
  grants.clear();
  tokens.clear();
}

/**
 * Issues an access token as the token endpoint would, without the authorization round trip:
 * for unit tests that need a token this server accepts (forgotten by `resetFhirServer`).
 */
export function issueAccessToken(patientId: string, scope = 'patient/*.read'): string {
  const accessToken = randomToken(32);
  tokens.set(accessToken, { patientId, scope, expiresAt: Date.now() + tokenLifetimeS * 1000 });
  return accessToken;
}

// --- data index ----------------------------------------------------------------------------

const everything: FhirResource[] = fhirPatients.flatMap((p) => p.resources);
const byKey = new Map(everything.map((r) => [`${r.resourceType}/${r.id}`, r]));
const patientIds = new Set(fhirPatients.map((p) => p.id));

const ownerOf = (resource: FhirResource): string | undefined =>
  resource.resourceType === 'Patient'
    ? resource.id
    : 'subject' in resource
      ? resource.subject.reference.replace(/^Patient\//, '')
      : undefined;

/** Medication resources referenced from a patient's requests and administrations. */
function medicationsOf(patientId: string): FhirResource[] {
  const found: FhirResource[] = [];
  for (const r of everything) {
    if (
      (r.resourceType === 'MedicationRequest' ||
        r.resourceType === 'MedicationAdministration' ||
        r.resourceType === 'MedicationStatement') &&
      ownerOf(r) === patientId &&
      'medicationReference' in r
    ) {
      const med = byKey.get(r.medicationReference.reference);
      if (med !== undefined && !found.includes(med)) found.push(med);
    }
  }
  return found;
}

// --- responses -----------------------------------------------------------------------------

const fhirJson = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/fhir+json', ...headers },
  });

const plainJson = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const text = (body: string, status: number) =>
  new HttpResponse(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

const unauthorized = (diagnostics: string) =>
  fhirJson(operationOutcome('login', diagnostics), 401, {
    'WWW-Authenticate': 'Bearer error="invalid_token"',
  });
const notFound = (diagnostics: string) => fhirJson(operationOutcome('not-found', diagnostics), 404);
const serverError = () =>
  fhirJson(operationOutcome('exception', 'Simulated internal server error'), 500);
const malformed = () =>
  new HttpResponse('{"resourceType":"Bund', {
    status: 200,
    headers: { 'Content-Type': 'application/fhir+json' },
  });

function randomToken(bytes = 24): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

// --- routing helpers -----------------------------------------------------------------------

interface Where {
  url: URL;
  /** Absolute base of this server, e.g. `http://localhost:5173/fhir`. */
  serverBase: string;
}
type Info = Parameters<HttpResponseResolver<PathParams, DefaultBodyType, undefined>>[0];
type Handle = (info: Info, where: Where) => Response | undefined | Promise<Response | undefined>;

/** Answers only when the path starts with `base`; `undefined` lets msw try the next handler. */
function under(
  base: string,
  handle: Handle,
  wait = 0,
): HttpResponseResolver<PathParams, DefaultBodyType, undefined> {
  return async (info) => {
    const url = new URL(info.request.url);
    if (!url.pathname.startsWith(`${base}/`)) return undefined;
    if (wait > 0) await delay(wait);
    return handle(info, { url, serverBase: `${url.origin}${base}` });
  };
}

const segmentsAfter = (base: string, url: URL): string[] =>
  url.pathname.slice(base.length + 1).split('/');

/** True for reads and searches of resources, the requests that need a valid token. */
const isDataRequest = (base: string, url: URL): boolean =>
  url.pathname.startsWith(`${base}/`) && isResourceType(segmentsAfter(base, url)[0] ?? '');

/** `undefined` when allowed: no Authorization header, or a Bearer token this server issued. */
function checkBearer(request: Request): Response | undefined {
  const header = request.headers.get('Authorization');
  if (header === null) return undefined;
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (token === undefined) return unauthorized('Authorization header is not a Bearer token');
  const issued = tokens.get(token);
  if (issued === undefined) return unauthorized('Unknown access token');
  if (issued.expiresAt < Date.now()) {
    tokens.delete(token);
    return unauthorized('Access token expired');
  }
  return undefined;
}

const intParam = (raw: string | null, fallback: number, max: number): number => {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(Number(raw), max);
};

const list = (raw: string | null): string[] =>
  raw === null
    ? []
    : raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');

// --- search --------------------------------------------------------------------------------

function matchesName(resource: FhirResource, query: string): boolean {
  if (resource.resourceType !== 'Patient') return false;
  const needle = query.toLowerCase();
  return resource.name.some((n) =>
    [n.family, ...n.given, [...n.given, n.family].join(' ')].some((part) =>
      part.toLowerCase().includes(needle),
    ),
  );
}

/** `code` token search: `system|code` or a bare `code`; commas separate alternatives. */
function matchesCode(resource: FhirResource, tokensParam: string[]): boolean {
  if (tokensParam.length === 0) return true;
  const codings = 'code' in resource ? (resource.code.coding ?? []) : [];
  return tokensParam.some((token) => {
    const [system, code] = token.includes('|') ? token.split('|', 2) : [undefined, token];
    return codings.some(
      (c) => c.code === code && (system === undefined || system === '' || c.system === system),
    );
  });
}

function search(type: ResourceType, q: URLSearchParams): FhirResource[] {
  const ids = list(q.get('_id'));
  const byId = (r: FhirResource) => ids.length === 0 || ids.includes(r.id);
  const subject = q.get('patient') ?? q.get('subject');
  const patientId = subject?.replace(/^Patient\//, '');

  if (type === 'Patient') {
    const name = q.get('name');
    return everything.filter(
      (r) => r.resourceType === 'Patient' && byId(r) && (name === null || matchesName(r, name)),
    );
  }
  if (type === 'Medication') {
    const pool =
      patientId === undefined
        ? everything.filter((r) => r.resourceType === 'Medication')
        : medicationsOf(patientId);
    return pool.filter(byId);
  }
  const codes = list(q.get('code'));
  return everything.filter(
    (r) =>
      r.resourceType === type &&
      byId(r) &&
      (patientId === undefined || ownerOf(r) === patientId) &&
      matchesCode(r, codes),
  );
}

function searchset(
  type: ResourceType,
  request: Request,
  where: Where,
  defaultCount: number,
): Bundle {
  const q = where.url.searchParams;
  const matches = search(type, q);
  const count = intParam(q.get('_count'), defaultCount, 100);
  const offset = intParam(q.get('_offset'), 0, Number.MAX_SAFE_INTEGER);
  const page = matches.slice(offset, offset + count);
  const link: BundleLink[] = [{ relation: 'self', url: request.url }];
  if (count > 0 && offset + count < matches.length) {
    const next = new URL(where.url);
    next.searchParams.set('_offset', String(offset + count));
    next.searchParams.set('_count', String(count));
    link.push({ relation: 'next', url: next.href });
  }
  return {
    resourceType: 'Bundle',
    id: randomToken(12),
    type: 'searchset',
    timestamp: new Date().toISOString(),
    total: matches.length,
    link,
    entry: page.map((r) => searchEntry(r, where.serverBase)),
  };
}

// --- the server ----------------------------------------------------------------------------

const oauthUris = 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris';

function capabilityStatement(serverBase: string) {
  return {
    resourceType: 'CapabilityStatement',
    id: 'mock-fhir-server',
    status: 'active',
    date: '2025-01-01',
    kind: 'instance',
    software: { name: 'mbc-decision-support mock FHIR server' },
    implementation: { description: 'Synthetic mCODE patients', url: serverBase },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        security: {
          extension: [
            {
              url: oauthUris,
              extension: [
                { url: 'authorize', valueUri: `${serverBase}/auth/authorize` },
                { url: 'token', valueUri: `${serverBase}/auth/token` },
              ],
            },
          ],
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'SMART-on-FHIR',
                },
              ],
            },
          ],
        },
        resource: resourceTypes.map((type) => ({
          type,
          interaction: [{ code: 'read' }, { code: 'search-type' }],
          searchParam: [
            { name: '_id', type: 'token' },
            { name: '_count', type: 'number' },
            ...(type === 'Patient'
              ? [{ name: 'name', type: 'string' }]
              : [
                  { name: 'patient', type: 'reference' },
                  { name: 'subject', type: 'reference' },
                ]),
            ...(['Observation', 'Condition', 'Procedure'].includes(type)
              ? [{ name: 'code', type: 'token' }]
              : []),
          ],
        })),
      },
    ],
  };
}

function smartConfiguration(serverBase: string) {
  return {
    issuer: serverBase,
    authorization_endpoint: `${serverBase}/auth/authorize`,
    token_endpoint: `${serverBase}/auth/token`,
    token_endpoint_auth_methods_supported: ['none'],
    grant_types_supported: ['authorization_code'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['launch', 'launch/patient', 'patient/*.read', 'patient/*.rs'],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'client-public',
      'context-ehr-patient',
      'context-standalone-patient',
      'permission-patient',
    ],
  };
}

const authorizeParams = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'aud',
  'code_challenge',
  'code_challenge_method',
] as const;

function authorize(where: Where): Response {
  const q = where.url.searchParams;
  const missing = authorizeParams.filter((name) => !q.get(name));
  if (missing.length > 0) return text(`Missing parameter(s): ${missing.join(', ')}`, 400);
  const get = (name: (typeof authorizeParams)[number]) => q.get(name) ?? '';
  if (get('response_type') !== 'code') return text('response_type must be "code"', 400);
  if (get('code_challenge_method') !== 'S256') {
    return text('code_challenge_method must be "S256"', 400);
  }
  // A trailing slash is the same server; anything else is a token for another audience.
  if (get('aud').replace(/\/$/, '') !== where.serverBase) {
    return text(`aud must be ${where.serverBase}`, 400);
  }
  let redirect: URL;
  try {
    redirect = new URL(get('redirect_uri'));
  } catch {
    return text('redirect_uri must be an absolute URL', 400);
  }
  if (redirect.protocol !== 'http:' && redirect.protocol !== 'https:') {
    return text('redirect_uri must be http or https', 400);
  }

  const launch = q.get('launch');
  let patientId = 'hr-positive';
  if (launch !== null) {
    const fromLaunch = launch.replace(/^launch-/, '');
    if (!launch.startsWith('launch-') || !patientIds.has(fromLaunch)) {
      return text(`Unknown launch context: ${launch}`, 400);
    }
    patientId = fromLaunch;
  } else {
    const hint = q.get('login_hint');
    if (hint !== null && patientIds.has(hint)) patientId = hint;
  }

  const code = randomToken();
  grants.set(code, {
    codeChallenge: get('code_challenge'),
    redirectUri: get('redirect_uri'),
    clientId: get('client_id'),
    patientId,
    scope: get('scope'),
    issuedAt: Date.now(),
  });
  redirect.searchParams.set('code', code);
  redirect.searchParams.set('state', get('state'));
  return new HttpResponse(null, { status: 302, headers: { Location: redirect.href } });
}

const invalidGrant = (description: string, error = 'invalid_grant') =>
  plainJson({ error, error_description: description }, 400, { 'Cache-Control': 'no-store' });

async function token(request: Request): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  if (form.get('grant_type') !== 'authorization_code') {
    return invalidGrant('grant_type must be authorization_code', 'unsupported_grant_type');
  }
  const code = form.get('code') ?? '';
  const grant = grants.get(code);
  // Single use: a code is spent by any attempt, so a wrong verifier cannot be retried.
  grants.delete(code);
  if (grant === undefined) return invalidGrant('Unknown or already used authorization code');
  if (Date.now() - grant.issuedAt > codeLifetimeMs) {
    return invalidGrant('Authorization code expired');
  }
  if (form.get('redirect_uri') !== grant.redirectUri) {
    return invalidGrant('redirect_uri does not match the authorization request');
  }
  if (form.get('client_id') !== grant.clientId) {
    return invalidGrant('client_id does not match the authorization request');
  }
  const verifier = form.get('code_verifier');
  if (verifier === null || verifier === '') return invalidGrant('Missing code_verifier');
  if ((await s256(verifier)) !== grant.codeChallenge) {
    return invalidGrant('code_verifier does not match code_challenge');
  }
  const accessToken = randomToken(32);
  tokens.set(accessToken, {
    patientId: grant.patientId,
    scope: grant.scope,
    expiresAt: Date.now() + tokenLifetimeS * 1000,
  });
  return plainJson(
    {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: tokenLifetimeS,
      scope: grant.scope,
      patient: grant.patientId,
    },
    200,
    { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
  );
}

/** All endpoints of one server rooted at `base`; `wait` delays every answer (ms). */
function serverAt(base: string, wait = 0): HttpHandler[] {
  const at = (path: string) => `*${base}${path}`;
  const on = (handle: Handle) => under(base, handle, wait);
  return [
    http.get(
      at('/metadata'),
      on((_, where) => fhirJson(capabilityStatement(where.serverBase))),
    ),
    http.get(
      at('/.well-known/smart-configuration'),
      on((_, where) => plainJson(smartConfiguration(where.serverBase))),
    ),
    http.get(
      at('/auth/authorize'),
      on((_, where) => authorize(where)),
    ),
    http.post(
      at('/auth/token'),
      on(({ request }) => token(request)),
    ),
    http.get(
      at('/:type/:id'),
      on(({ request, params }) => {
        const type = String(params['type']);
        const id = String(params['id']);
        if (!isResourceType(type)) return undefined;
        const denied = checkBearer(request);
        if (denied !== undefined) return denied;
        const found = byKey.get(`${type}/${id}`);
        return found === undefined
          ? notFound(`${type}/${id} is not known to this server`)
          : fhirJson(found);
      }),
    ),
    http.get(
      at('/:type'),
      on(({ request, params }, where) => {
        const type = String(params['type']);
        if (!isResourceType(type)) return undefined;
        const denied = checkBearer(request);
        if (denied !== undefined) return denied;
        return fhirJson(searchset(type, request, where, type === 'Patient' ? 10 : 20));
      }),
    ),
    // Everything else under the base is a FHIR 404, not the dev server's index.html.
    http.all(
      at('/*'),
      on(({ request }, where) =>
        fhirJson(
          operationOutcome(
            'not-supported',
            `${request.method} ${where.url.pathname} is not supported`,
          ),
          404,
        ),
      ),
    ),
  ];
}

/** A failure base path: everything under `/fhir-fail/<mode>/` answers with `respond`. */
const failing = (mode: string, respond: () => Response | Promise<Response>): HttpHandler =>
  http.all(
    `*${failBase}/${mode}/*`,
    under(`${failBase}/${mode}`, () => respond()),
  );

export const fhirHandlers: HttpHandler[] = [
  ...serverAt(fhirBase),
  failing('401', () => unauthorized('Simulated: the server rejects every request')),
  failing('404', () => notFound('Simulated: nothing exists here')),
  failing('500', serverError),
  failing('malformed', malformed),
  ...serverAt(`${failBase}/slow`, 1500),
  failing('timeout', async () => {
    await delay('infinite');
    return serverError();
  }),
];

/** Replaces only resource reads and searches under `/fhir`, so metadata and SMART still work. */
const onData = (respond: () => Response | Promise<Response>): HttpHandler =>
  http.all(
    `*${fhirBase}/*`,
    under(fhirBase, ({ request }, where) =>
      request.method === 'GET' && isDataRequest(fhirBase, where.url) ? respond() : undefined,
    ),
  );

/** Single handlers over `/fhir` for `server.use(...)` in tests. */
export const fhirFailures = {
  /** Reads and searches answer 401 (e.g. an expired token). */
  unauthorized: onData(() => unauthorized('Simulated: access token rejected')),
  /** Reads and searches answer 404. */
  notFound: onData(() => notFound('Simulated: not found')),
  /** Reads and searches answer 500 with an OperationOutcome. */
  searchServerError: onData(serverError),
  /** Reads and searches answer 200 with truncated JSON. */
  malformedJson: onData(malformed),
  /** Reads and searches never answer. */
  timeout: onData(async () => {
    await delay('infinite');
    return serverError();
  }),
  /** Every `/fhir` request waits 1.5 s, then is answered normally. */
  slow: http.all(
    `*${fhirBase}/*`,
    under(fhirBase, async () => {
      await delay(1500);
      return undefined;
    }),
  ),
  /** `/metadata` answers 404, as when the user typed a wrong base URL. */
  metadataNotFound: http.get(
    `*${fhirBase}/metadata`,
    under(fhirBase, () => notFound('Simulated: no FHIR server at this address')),
  ),
  /** The token endpoint refuses every code. */
  tokenRejected: http.post(
    `*${fhirBase}/auth/token`,
    under(fhirBase, () => invalidGrant('Simulated: authorization code rejected')),
  ),
};
