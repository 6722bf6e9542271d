import type { FhirItem } from '../../domain/fhir/index.ts';

/**
 * Reading from a FHIR server: JSON over fetch with a time limit, errors that say what to do,
 * searches that follow the server's `next` links (on the same server only). Used through
 * TanStack Query (fhir-queries.ts), which adds retries and cancellation.
 */

export class FhirRequestError extends Error {
  constructor(
    message: string,
    /** A 4xx answer will not change on retry; a timeout, 5xx or network failure may. */
    readonly retryable: boolean,
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FhirRequestError';
  }
}

export const requestTimeoutMs = 20_000;
/** Enough pages for years of records at 100 a page; a server that never stops is cut off. */
export const maxPages = 100;

export interface FhirAccess {
  readonly base: string;
  readonly token?: string;
}

/**
 * True when `url` belongs to the server at `base`: the same origin (scheme, host and port) and
 * a path at or under the base path. `/fhir-copy/x` is not under `/fhir`: the check is by path
 * segment, not by string prefix.
 */
export function isOnServer(url: URL, base: string): boolean {
  let root: URL;
  try {
    root = new URL(base);
  } catch {
    return false;
  }
  const path = root.pathname.replace(/\/+$/, '');
  return (
    url.origin === root.origin &&
    url.username === '' &&
    url.password === '' &&
    (url.pathname === path || url.pathname.startsWith(`${path}/`))
  );
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function combinedSignal(signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(requestTimeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

export async function fetchFhirJson(
  url: string,
  access: FhirAccess,
  signal?: AbortSignal,
): Promise<unknown> {
  // The last line of defence for the token (SMART App Launch): nothing, and above all not the
  // Authorization header, goes to a URL off the server the user chose. The callers build their
  // URLs from the base and check next links themselves, with a message that names the link.
  const target = parseUrl(url);
  if (!target || !isOnServer(target, access.base)) {
    throw new FhirRequestError(
      `a request to ${target?.origin ?? 'an invalid address'} was not sent because it is not on the server being read (${access.base}); start again from the server address`,
      false,
    );
  }
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        Accept: 'application/fhir+json, application/json',
        ...(access.token ? { Authorization: `Bearer ${access.token}` } : {}),
      },
      signal: combinedSignal(signal),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new FhirRequestError(
        `the server did not answer within ${requestTimeoutMs / 1000} s; try again, or check the server address`,
        true,
      );
    }
    throw new FhirRequestError(
      'could not reach the server (offline, wrong address, or the server does not allow this site); check the address and try again',
      true,
    );
  }
  if (!response.ok) throw await httpError(response);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FhirRequestError(
      `the server's answer to ${new URL(url).pathname} is not valid JSON; the server may be misconfigured`,
      false,
    );
  }
}

async function httpError(response: Response): Promise<FhirRequestError> {
  const detail = await response
    .text()
    .then((t) => outcomeText(t))
    .catch(() => undefined);
  const suffix = detail ? ` (${detail})` : '';
  switch (response.status) {
    case 401:
    case 403:
      return new FhirRequestError(
        `the server refused access (${response.status})${suffix}; sign in with SMART, or ask for access`,
        false,
        response.status,
      );
    case 404:
      return new FhirRequestError(
        `not found on this server (404)${suffix}; check the server address and the patient id`,
        false,
        404,
      );
    default:
      return new FhirRequestError(
        `the server failed (${response.status})${suffix}; try again later`,
        response.status >= 500 || response.status === 429,
        response.status,
      );
  }
}

function outcomeText(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as { issue?: Array<{ diagnostics?: unknown }> };
    const diagnostics = value.issue?.[0]?.diagnostics;
    return typeof diagnostics === 'string' ? diagnostics.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

interface SearchBundle {
  resourceType?: unknown;
  total?: unknown;
  entry?: Array<{ resource?: unknown; fullUrl?: unknown; search?: { mode?: unknown } }>;
  link?: unknown;
}

export interface SearchPage {
  readonly items: FhirItem[];
  readonly next?: string;
  readonly total?: number;
}

export async function fetchSearchPage(
  url: string,
  access: FhirAccess,
  signal?: AbortSignal,
): Promise<SearchPage> {
  const value = (await fetchFhirJson(url, access, signal)) as SearchBundle | null;
  if (!value || value.resourceType !== 'Bundle') {
    throw new FhirRequestError(
      'the server answered a search with something other than a Bundle',
      false,
    );
  }
  const items: FhirItem[] = (value.entry ?? [])
    .filter((e) => e.search?.mode !== 'outcome')
    .map((e, i) => ({
      resource: e.resource,
      place: `${new URL(url).pathname.split('/').at(-1) ?? 'search'} entry ${i}`,
      ...(typeof e.fullUrl === 'string' ? { fullUrl: e.fullUrl } : {}),
    }));
  const next = nextPageUrl(value.link, url, access.base);
  return {
    items,
    ...(typeof next === 'string' ? { next } : {}),
    ...(typeof value.total === 'number' ? { total: value.total } : {}),
  };
}

/**
 * The search's next page, absolute, if the server gives one. A server could point the next
 * link anywhere, and following it would send the user's token there; only a link on the same
 * base (isOnServer) is followed. Any other stops the read, before that request is made.
 */
function nextPageUrl(links: unknown, pageUrl: string, base: string): string | undefined {
  const link = Array.isArray(links)
    ? (links as Array<{ relation?: unknown; url?: unknown } | null>).find(
        (l) => l?.relation === 'next',
      )?.url
    : undefined;
  if (typeof link !== 'string' || link.trim() === '') return undefined;
  let next: URL;
  try {
    // FHIR asks for absolute links; a relative one is read against the page it came from.
    next = new URL(link, pageUrl);
  } catch {
    throw new FhirRequestError(
      `the server's next-page link is not a valid address, so the rest of the search could not be read; ask the server's administrators to fix its paging links, or import the record from a Bundle file`,
      false,
    );
  }
  if (!isOnServer(next, base)) {
    const where = `${next.origin}${next.pathname}`.slice(0, 120);
    throw new FhirRequestError(
      `the server's next-page link points outside ${base} (to ${where}), so it was not followed and the read stopped: your sign-in is only ever sent to ${base}. Ask the server's administrators to fix its paging links, or import the record from a Bundle file`,
      false,
    );
  }
  return next.href;
}

/** The resource types read for a patient's record, each searched by `patient`. */
export const recordSearches = [
  'Observation',
  'Condition',
  'MedicationRequest',
  'MedicationAdministration',
  'Procedure',
  'MedicationStatement',
] as const;

/**
 * Searches a server may not offer (many EHRs keep medicines as requests only). When the server
 * says it does not support one, the record is read without it and the review says so.
 */
const optionalSearches: ReadonlySet<string> = new Set(['MedicationStatement']);
const notSupportedStatuses: ReadonlySet<number> = new Set([400, 404, 405, 501]);

/** What the review shows for a search the server does not offer, as a FHIR message. */
function searchNotOffered(type: string, status: number): FhirItem {
  return {
    resource: {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'information',
          code: 'not-supported',
          diagnostics: `this server does not offer ${type} searches (${status}): medicines recorded only as ${type} were not read`,
        },
      ],
    },
    place: `${type} search`,
  };
}

export interface RecordProgress {
  readonly step: string;
  readonly resources: number;
  readonly pages: number;
}

/**
 * A patient's record: the Patient, each resource type (every page), then the Medication
 * resources the medicines point at. `onProgress` is called after each page.
 */
export async function fetchPatientRecord(
  access: FhirAccess,
  patientId: string,
  signal: AbortSignal | undefined,
  onProgress: (progress: RecordProgress) => void,
): Promise<FhirItem[]> {
  const base = access.base;
  const items: FhirItem[] = [];
  let pages = 0;
  const patient = await fetchFhirJson(
    `${base}/Patient/${encodeURIComponent(patientId)}`,
    access,
    signal,
  );
  items.push({ resource: patient, place: 'Patient', fullUrl: `${base}/Patient/${patientId}` });
  for (const type of recordSearches) {
    let url: string | undefined =
      `${base}/${type}?patient=${encodeURIComponent(patientId)}&_count=100`;
    let read = 0;
    while (url) {
      if (pages >= maxPages) {
        throw new FhirRequestError(
          `the record has more than ${maxPages} pages; import a smaller export as a file instead`,
          false,
        );
      }
      let page: SearchPage;
      try {
        page = await fetchSearchPage(url, access, signal);
      } catch (error) {
        // Only a search the server refuses outright (nothing of it read yet) is skipped.
        const status = error instanceof FhirRequestError ? error.status : undefined;
        if (read > 0 || !optionalSearches.has(type) || !notSupportedStatuses.has(status ?? 0))
          throw error;
        items.push(searchNotOffered(type, status ?? 0));
        onProgress({ step: `${type} (not offered)`, resources: items.length, pages });
        break;
      }
      items.push(...page.items);
      pages += 1;
      read += 1;
      onProgress({ step: type, resources: items.length, pages });
      url = page.next;
    }
  }
  const referenced = medicationReferences(items);
  if (referenced.length > 0) {
    for (let i = 0; i < referenced.length; i += 50) {
      const ids = referenced.slice(i, i + 50).join(',');
      const page = await fetchSearchPage(`${base}/Medication?_id=${ids}`, access, signal);
      items.push(...page.items);
      pages += 1;
      onProgress({ step: 'Medication', resources: items.length, pages });
    }
  }
  return items;
}

function medicationReferences(items: readonly FhirItem[]): string[] {
  const ids = new Set<string>();
  const have = new Set<string>();
  for (const { resource } of items) {
    const r = resource as { resourceType?: unknown; id?: unknown; medicationReference?: unknown };
    if (r.resourceType === 'Medication' && typeof r.id === 'string') have.add(r.id);
    const ref = (r.medicationReference as { reference?: unknown } | undefined)?.reference;
    if (typeof ref === 'string' && ref.startsWith('Medication/')) ids.add(ref.slice(11));
  }
  return [...ids].filter((id) => !have.has(id) && /^[A-Za-z0-9\-.]{1,64}$/.test(id));
}
