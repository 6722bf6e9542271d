// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetSmart,
  keepSession,
  keptSession,
  newLaunchState,
  recordLaunch,
  takeLaunch,
} from './smart-storage.ts';

afterEach(() => sessionStorage.clear());

/** What fhirclient 2.6.3 writes for a launch: SMART_KEY names the key of its state record. */
function fhirclientLaunch(state: string) {
  sessionStorage.setItem('SMART_KEY', JSON.stringify(state));
  sessionStorage.setItem(state, JSON.stringify({ key: state, tokenResponse: {} }));
}

describe('the launch a tab is waiting for', () => {
  it('is taken only with its own, non-empty state, and only once', () => {
    const state = newLaunchState();
    expect(state).toMatch(/^[A-Za-z0-9_-]{32}$/);
    recordLaunch({ state, stayConnected: true });
    expect(takeLaunch('')).toBeUndefined();
    expect(takeLaunch(null)).toBeUndefined();
    expect(takeLaunch('unknown')).toBeUndefined();
    // A stray answer does not cancel the launch the user is in.
    expect(takeLaunch(state)).toEqual({ state, stayConnected: true });
    expect(takeLaunch(state)).toBeUndefined();
  });

  it('is only the latest one, as in fhirclient', () => {
    recordLaunch({ state: 'first', stayConnected: false });
    recordLaunch({ state: 'second', stayConnected: false });
    expect(takeLaunch('first')).toBeUndefined();
    expect(takeLaunch('second')).toEqual({ state: 'second', stayConnected: false });
  });
});

describe('a kept session', () => {
  it('is not taken up once its token has run out, and is then forgotten', () => {
    const now = Date.now();
    keepSession({ base: 'https://ehr.example.org/fhir', token: 't', expiresAt: now / 1000 + 60 });
    expect(keptSession(now)?.token).toBe('t');
    expect(keptSession(now + 61_000)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('is forgotten on sign-out with every key of fhirclient and of this app', () => {
    localStorage.setItem('unrelated', 'kept');
    sessionStorage.setItem('unrelated', 'kept');
    recordLaunch({ state: 'pending', stayConnected: true });
    fhirclientLaunch('pending');
    keepSession({ base: 'https://ehr.example.org/fhir', token: 'secret' });
    forgetSmart();
    expect(Object.keys(sessionStorage)).toEqual(['unrelated']);
    expect(keptSession()).toBeUndefined();
    expect(localStorage.getItem('unrelated')).toBe('kept');
    localStorage.clear();
  });
});
