/**
 * The app's addresses. Routes live in the fragment (`#/teaching/<id>/step/3`), read and written
 * by wouter's hash location, so any static host serves every address (no server fallback), Back
 * and Forward move between views, steps and slides, and a teacher can send a link to one step.
 * A share link's fragment (`#case=…`) is not a route: it opens the Case view.
 */
export type View = 'dashboard' | 'fhir' | 'teaching' | 'board';

export const views: ReadonlyArray<{ id: View; label: string; path: string }> = [
  { id: 'dashboard', label: 'Case', path: '/' },
  { id: 'fhir', label: 'From the EHR (FHIR)', path: '/fhir' },
  { id: 'teaching', label: 'Teaching scenarios', path: '/teaching' },
  { id: 'board', label: 'Tumor board', path: '/board' },
];

/** The view an address shows; anything unknown (a share link's `case=…`) is the Case view. */
export function viewOfPath(path: string): View {
  const first = path.split('/').filter(Boolean)[0];
  return views.find((v) => v.id !== 'dashboard' && v.path === `/${first}`)?.id ?? 'dashboard';
}

export interface TeachingAddress {
  readonly scenarioId: string | null;
  /** As the player numbers it on screen ("Step 0" is the patient before the first event). */
  readonly step: number;
}

/** `/teaching`, `/teaching/<id>`, `/teaching/<id>/step/<n>`. */
export function teachingAddress(path: string): TeachingAddress {
  const [, id, word, n] = path.split('/').filter(Boolean);
  if (id === undefined) return { scenarioId: null, step: 0 };
  const step = word === 'step' && n !== undefined && /^\d+$/.test(n) ? Number(n) : 0;
  return { scenarioId: decodedSegment(id), step };
}

/** A path segment as typed; a malformed escape (`%E0%A4`) is kept as it is, never a crash. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function teachingPath({ scenarioId, step }: TeachingAddress): string {
  if (scenarioId === null) return '/teaching';
  const base = `/teaching/${encodeURIComponent(scenarioId)}`;
  return step === 0 ? base : `${base}/step/${step}`;
}

/**
 * `/board` (the agenda) or `/board/present/<n>`: the presentation at case n, counted from 1 as
 * its "Case n of m" says. Returns the zero-based slide, or undefined when not presenting.
 */
export function boardSlide(path: string): number | undefined {
  const [, word, n] = path.split('/').filter(Boolean);
  if (word !== 'present') return undefined;
  return n !== undefined && /^\d+$/.test(n) && Number(n) > 0 ? Number(n) - 1 : 0;
}

export function boardPath(slide: number | undefined): string {
  return slide === undefined ? '/board' : `/board/present/${slide + 1}`;
}

/**
 * Addresses from before the routes, still honoured: a SMART launch (`?iss&launch`, or the
 * sign-in's answer `?code&state` / `?error&state`) opens the import screen; `?view=board` and
 * the like open that view. Returns where to go, with the query it keeps, or undefined.
 */
export function legacyAddress(search: string, hashPath: string): string | undefined {
  const params = new URLSearchParams(search);
  const smartLaunch =
    (params.has('iss') && params.has('launch')) ||
    ((params.has('code') || params.has('error')) && params.has('state'));
  // The query stays: the import screen reads the launch parameters from it.
  if (smartLaunch) return viewOfPath(hashPath) === 'fhir' ? undefined : `/fhir?${params}`;
  const wanted = params.get('view');
  if (wanted === null) return undefined;
  params.delete('view');
  const view = views.find((v) => v.id === wanted);
  // A route already in the fragment wins over the old query.
  const path = viewOfPath(hashPath) === 'dashboard' && hashPath === '/' ? view?.path : undefined;
  return `${path ?? hashPath}?${params}`;
}
