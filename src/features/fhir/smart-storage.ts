import { z } from 'zod/mini';
import type { FhirAccess } from './fhir-fetch.ts';

/**
 * What this tab keeps of SMART sign-ins. Everything is in sessionStorage: it belongs to this tab
 * and is gone when the tab closes, whereas localStorage would hand a token to every tab and to
 * later visits. Three things are kept, each only as long as it is needed:
 *
 * - the launch this tab started and is waiting for: its `state` and the user's "Stay connected"
 *   choice (`launchKey`, ours). An answer from the authorization server is used only when it
 *   carries this state, and only once.
 * - fhirclient's own record of that launch (code verifier, endpoints; after the code exchange,
 *   the token): `SMART_KEY` names the state key, which holds the record (fhirclient 2.6.3,
 *   lib/smart.js and lib/storage/BrowserStorage.js). It is removed as soon as the token is in
 *   hand; this app reads the server with its own requests, not with fhirclient's client.
 * - the server and token, only while the user chose to stay connected (`sessionKey`, ours).
 */

const launchKey = 'mbc-fhir-launch';
const sessionKey = 'mbc-fhir-session';
/** fhirclient's key (lib/settings.js SMART_KEY) naming the storage key of its current state. */
const fhirclientKey = 'SMART_KEY';

export interface PendingLaunch {
  readonly state: string;
  readonly stayConnected: boolean;
}

export interface KeptSession extends FhirAccess {
  readonly token: string;
  /** When the token runs out, in seconds since 1970 as fhirclient computes it, if known. */
  readonly expiresAt?: number;
}

// What is read back is checked, not trusted: sessionStorage can hold anything by the same name.
const launchSchema = z.object({
  state: z.string().check(z.minLength(1)),
  stayConnected: z.catch(z.boolean(), false),
});
const sessionSchema = z.object({
  base: z.string(),
  token: z.string().check(z.minLength(1)),
  expiresAt: z.optional(z.number()),
});

function read(key: string): unknown {
  const raw = sessionStorage.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** An unguessable state for a new launch (what fhirclient would otherwise pick itself). */
export function newLaunchState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Notes the launch about to start. Only one is kept: fhirclient itself forgets the previous
 * launch when a new one starts, so an answer to an older one could not be completed anyway.
 */
export function recordLaunch(launch: PendingLaunch): void {
  sessionStorage.setItem(launchKey, JSON.stringify(launch));
}

/**
 * The launch this tab started whose state the answer carries, or undefined when there is none:
 * an empty or missing state, a state from elsewhere, or an answer already used. The launch is
 * removed when it matches, so the same answer cannot be used twice. A state that does not match
 * leaves the waiting launch alone: a stray answer must not cancel the user's own sign-in.
 */
export function takeLaunch(state: string | null): PendingLaunch | undefined {
  if (state === null || state === '') return undefined;
  const launch = launchSchema.safeParse(read(launchKey));
  if (!launch.success || launch.data.state !== state) return undefined;
  sessionStorage.removeItem(launchKey);
  return launch.data;
}

/** Removes fhirclient's record of a launch (and its pointer), token included. */
export function forgetFhirclientState(state?: string): void {
  const current = read(fhirclientKey);
  if (typeof current === 'string') sessionStorage.removeItem(current);
  if (state !== undefined) sessionStorage.removeItem(state);
  sessionStorage.removeItem(fhirclientKey);
}

/** Keeps the server and token for this tab: only when the user chose "Stay connected". */
export function keepSession(session: KeptSession): void {
  sessionStorage.setItem(sessionKey, JSON.stringify(session));
}

/** The session kept by "Stay connected", unless it is missing, damaged or has run out. */
export function keptSession(now = Date.now()): KeptSession | undefined {
  const value = read(sessionKey);
  if (value === undefined) return undefined;
  const kept = sessionSchema.safeParse(value);
  const expiresAt = kept.success ? kept.data.expiresAt : undefined;
  if (!kept.success || (expiresAt !== undefined && expiresAt * 1000 <= now)) {
    sessionStorage.removeItem(sessionKey);
    return undefined;
  }
  const { base, token } = kept.data;
  return { base, token, ...(expiresAt !== undefined ? { expiresAt } : {}) };
}

/** Sign-out: every trace of SMART sign-ins in this tab, fhirclient's and ours. */
export function forgetSmart(): void {
  const launch = launchSchema.safeParse(read(launchKey));
  forgetFhirclientState(launch.success ? launch.data.state : undefined);
  sessionStorage.removeItem(launchKey);
  sessionStorage.removeItem(sessionKey);
}
