/**
 * Which FHIR servers this build may talk to. The built app's Content-Security-Policy allows
 * connections to its own origin and to the origins named at build time only (vite.config.ts),
 * so patient data cannot be sent anywhere else; the check here says so in words before the
 * browser would block the request.
 */

const configuredBase = import.meta.env['VITE_FHIR_BASE_URL'] as string | undefined;
const configuredOrigins = import.meta.env['VITE_FHIR_ALLOWED_ORIGINS'] as string | undefined;

/** The server the base-URL field starts with: the configured one, else the mock on this origin. */
export function defaultFhirBaseUrl(): string {
  return configuredBase && configuredBase.trim() !== ''
    ? configuredBase.trim()
    : `${window.location.origin}/fhir`;
}

export function allowedFhirOrigins(): string[] {
  const extra = (configuredOrigins ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  const fromBase = configuredBase ? originOf(configuredBase) : undefined;
  return [...new Set([window.location.origin, ...extra, ...(fromBase ? [fromBase] : [])])];
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url, window.location.href).origin;
  } catch {
    return undefined;
  }
}

/** Why a base URL cannot be used, or undefined when it can. */
export function baseUrlProblem(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base, window.location.href);
  } catch {
    return `"${base}" is not a URL`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'the server address must start with https:// (or http:// for a local test server)';
  }
  const allowed = allowedFhirOrigins();
  if (!allowed.includes(url.origin)) {
    return `this build connects only to ${allowed.join(', ')}; to use ${url.origin}, build with VITE_FHIR_ALLOWED_ORIGINS=${url.origin} (patient data is never sent to a server the build does not name)`;
  }
  return undefined;
}

/** The base URL without a trailing slash, absolute. */
export function normaliseBaseUrl(base: string): string {
  return new URL(base, window.location.href).href.replace(/\/+$/, '');
}
