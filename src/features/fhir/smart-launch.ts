import {
  forgetFhirclientState,
  keepSession,
  newLaunchState,
  recordLaunch,
  takeLaunch,
} from './smart-storage.ts';

/**
 * SMART on FHIR launch with the `fhirclient` package (public client, PKCE required), loaded on
 * demand so the first screen does not carry it. Standalone launch starts from the base-URL
 * field; an EHR launch arrives with `iss` and `launch` in the address; both come back to this
 * page with `code` and `state`, where `ready()` trades the code for a token. Each launch's
 * state is recorded (smart-storage.ts), and an answer is taken only with that state.
 */

export const smartClientId = 'mbc-dashboard';
export const smartScope = 'launch/patient openid fhirUser patient/*.read';

export interface SmartSession {
  readonly base: string;
  readonly token: string;
  readonly patientId: string;
  /** The user asked to keep the sign-in after the record is read (until "Sign out"). */
  readonly stayConnected: boolean;
}

/** Why an answer was refused: plain words, and what to do. */
const launchMismatchMessage =
  'this sign-in answer does not match a sign-in started in this tab (or it was already used), so it was not used and no token was asked for; to read from the EHR, start again with “Sign in with SMART on FHIR”';

async function loadFhirClient() {
  const module = await import('fhirclient');
  return module.default;
}

/** The page the authorization server sends the user back to: this one, without a query. */
export function redirectUri(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * Records the launch under a state of our own making, then lets fhirclient send the user to the
 * authorization server with it. The record is written first: the page is left right after.
 */
async function authorize(launch: { iss: string; launch?: string }, stayConnected: boolean) {
  const FHIR = await loadFhirClient();
  const state = newLaunchState();
  recordLaunch({ state, stayConnected });
  await FHIR.oauth2.authorize({
    ...launch,
    clientId: smartClientId,
    scope: smartScope,
    redirectUri: redirectUri(),
    pkceMode: 'required',
    stateKey: state,
  });
}

export async function startStandaloneLaunch(base: string, stayConnected: boolean): Promise<void> {
  await authorize({ iss: base }, stayConnected);
}

export function isEhrLaunch(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('iss') && params.has('launch');
}

export function isLaunchReturn(search: string): boolean {
  const params = new URLSearchParams(search);
  return (params.has('code') || params.has('error')) && params.has('state');
}

/** An EHR launch starts on arrival, before the user could choose to stay connected: not kept. */
export async function startEhrLaunch(search: string): Promise<void> {
  const params = new URLSearchParams(search);
  await authorize({ iss: params.get('iss') ?? '', launch: params.get('launch') ?? '' }, false);
}

/** The code and state have done their job; keep them out of the address bar and history. */
function clearAnswerFromAddress(): void {
  window.history.replaceState(null, '', `${window.location.pathname}?view=fhir`);
}

/**
 * Completes a launch on return from the authorization server. The answer must carry the state
 * of the launch this tab started (SMART App Launch: the client checks `state`); fhirclient
 * would take an empty state as "the one stored in this tab", so an answer forged elsewhere, or
 * replayed, would have its code traded for a token. Such an answer is refused before fhirclient
 * is even loaded. The token is returned, not kept: fhirclient's copy is removed here, and the
 * session is stored only when the user chose "Stay connected".
 */
export async function completeLaunch(): Promise<SmartSession> {
  const params = new URLSearchParams(window.location.search);
  const launch = takeLaunch(params.get('state'));
  if (!launch) {
    clearAnswerFromAddress();
    throw new Error(launchMismatchMessage);
  }
  const error = params.get('error');
  if (error) {
    forgetFhirclientState(launch.state);
    clearAnswerFromAddress();
    throw new Error(
      `sign-in was refused (${error}${params.get('error_description') ? `: ${params.get('error_description')}` : ''}); try again`,
    );
  }
  try {
    const FHIR = await loadFhirClient();
    const client = await FHIR.oauth2.ready();
    const token = client.state.tokenResponse?.access_token;
    const patientId = client.patient.id;
    if (!token) throw new Error('the server gave no access token; sign in again');
    if (!patientId) {
      throw new Error('the server did not say which patient was chosen; start the launch again');
    }
    const base = client.state.serverUrl.replace(/\/+$/, '');
    const { expiresAt } = client.state;
    if (launch.stayConnected) {
      keepSession({ base, token, ...(expiresAt !== undefined ? { expiresAt } : {}) });
    }
    return { base, token, patientId, stayConnected: launch.stayConnected };
  } finally {
    // Whatever happened, fhirclient's record (code verifier, token) is not needed any more.
    forgetFhirclientState(launch.state);
    clearAnswerFromAddress();
  }
}
