/**
 * SMART on FHIR launch with the `fhirclient` package (public client, PKCE required), loaded on
 * demand so the first screen does not carry it. Standalone launch starts from the base-URL
 * field; an EHR launch arrives with `iss` and `launch` in the address; both come back to this
 * page with `code` and `state`, where `ready()` trades the code for a token.
 */

export const smartClientId = 'mbc-dashboard';
export const smartScope = 'launch/patient openid fhirUser patient/*.read';

export interface SmartSession {
  readonly base: string;
  readonly token: string;
  readonly patientId: string;
}

async function loadFhirClient() {
  const module = await import('fhirclient');
  return module.default;
}

/** The page the authorization server sends the user back to: this one, without a query. */
export function redirectUri(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

export async function startStandaloneLaunch(base: string): Promise<void> {
  const FHIR = await loadFhirClient();
  await FHIR.oauth2.authorize({
    iss: base,
    clientId: smartClientId,
    scope: smartScope,
    redirectUri: redirectUri(),
    pkceMode: 'required',
  });
}

export function isEhrLaunch(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('iss') && params.has('launch');
}

export function isLaunchReturn(search: string): boolean {
  const params = new URLSearchParams(search);
  return (params.has('code') || params.has('error')) && params.has('state');
}

export async function startEhrLaunch(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  const FHIR = await loadFhirClient();
  await FHIR.oauth2.authorize({
    iss: params.get('iss') ?? '',
    launch: params.get('launch') ?? '',
    clientId: smartClientId,
    scope: smartScope,
    redirectUri: redirectUri(),
    pkceMode: 'required',
  });
}

/** Completes a launch on return from the authorization server. */
export async function completeLaunch(): Promise<SmartSession> {
  const params = new URLSearchParams(window.location.search);
  const error = params.get('error');
  if (error) {
    throw new Error(
      `sign-in was refused (${error}${params.get('error_description') ? `: ${params.get('error_description')}` : ''}); try again`,
    );
  }
  const FHIR = await loadFhirClient();
  const client = await FHIR.oauth2.ready();
  const token = client.state.tokenResponse?.access_token;
  const patientId = client.patient.id;
  if (!token) throw new Error('the server gave no access token; sign in again');
  if (!patientId) {
    throw new Error('the server did not say which patient was chosen; start the launch again');
  }
  // The code and state have done their job; keep them out of the address bar and history.
  window.history.replaceState(null, '', `${window.location.pathname}?view=fhir`);
  return { base: client.state.serverUrl.replace(/\/+$/, ''), token, patientId };
}
