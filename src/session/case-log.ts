import {
  caseFormat,
  dateAfterNextProblem,
  dateBeforePreviousProblem,
  replayCase,
  type CaseEvent,
  type CaseFile,
  type Patient,
  type ReplayResult,
} from '../domain/index.ts';

/**
 * Edits of the open case. Every edit is checked by replaying the whole log: an edit that would
 * make any event impossible (removing the start of a line that later has a response) is refused
 * with the reason, and the case stays as it was.
 */

export type EditResult =
  | { readonly ok: true; readonly caseFile: CaseFile }
  | { readonly ok: false; readonly reason: string };

export function emptyCase(patient: Patient): CaseFile {
  return { format: caseFormat, patient, events: [] };
}

// Case files are never mutated, so a replay can be kept with the file it came from: the check
// of an edit and the session that then opens the edited file share one replay.
const replays = new WeakMap<CaseFile, ReplayResult>();

/** The replay of a whole case file, computed once per file object. */
export function replayOf(caseFile: CaseFile): ReplayResult {
  let replay = replays.get(caseFile);
  if (!replay) {
    replay = replayCase(caseFile);
    replays.set(caseFile, replay);
  }
  return replay;
}

function checked(candidate: CaseFile, what: string): EditResult {
  const { rejections } = replayOf(candidate);
  const first = rejections[0];
  if (!first) return { ok: true, caseFile: candidate };
  return {
    ok: false,
    reason: `${what} would make event ${first.index + 1} (${first.event.type} on ${first.event.date}) impossible: ${first.reason}`,
  };
}

export function appendEvent(caseFile: CaseFile, event: CaseEvent): EditResult {
  const candidate = { ...caseFile, events: [...caseFile.events, event] };
  const result = checked(candidate, 'This event');
  if (result.ok) return result;
  // Phrase a refusal of the new event itself without the "event N" detour.
  const own = replayOf(candidate).rejections.find((r) => r.index === caseFile.events.length);
  return own ? { ok: false, reason: own.reason } : result;
}

export function undoLastEvent(caseFile: CaseFile): CaseFile {
  return { ...caseFile, events: caseFile.events.slice(0, -1) };
}

export function removeEvent(caseFile: CaseFile, index: number): EditResult {
  if (index < 0 || index >= caseFile.events.length) return { ok: false, reason: 'no such event' };
  return checked(
    { ...caseFile, events: caseFile.events.filter((_, i) => i !== index) },
    'Removing it',
  );
}

export function replaceEvent(caseFile: CaseFile, index: number, event: CaseEvent): EditResult {
  if (index < 0 || index >= caseFile.events.length) return { ok: false, reason: 'no such event' };
  const events = caseFile.events.map((e, i) => (i === index ? event : e));
  const previous = events[index - 1];
  const next = events[index + 1];
  const outOfOrder =
    dateBeforePreviousProblem(event.date, previous?.date) ??
    dateAfterNextProblem(event.date, next?.date);
  if (outOfOrder) return { ok: false, reason: outOfOrder };
  return checked({ ...caseFile, events }, 'This change');
}

export function updatePatient(caseFile: CaseFile, patient: Patient): EditResult {
  return checked({ ...caseFile, patient }, 'This change');
}
