import { createActor, initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { CaseEvent, CaseFile, Patient } from '../case/case-schema.ts';
import { dateBeforePreviousProblem } from '../case/event-order.ts';
import { rejectionReason } from './rejection-reasons.ts';
import { therapyLineMachine, type CourseStateName } from './therapy-line-machine.ts';

export type TherapySnapshot = SnapshotFrom<typeof therapyLineMachine>;

/** An event the machine would not take, where it is in the log, and why. */
export interface Rejection {
  readonly index: number;
  readonly event: CaseEvent;
  readonly reason: string;
}

export interface ReplayResult {
  readonly snapshot: TherapySnapshot;
  /** Events that were applied, in order (the log minus the rejected ones). */
  readonly applied: readonly CaseEvent[];
  readonly rejections: readonly Rejection[];
}

export function stateOf(snapshot: TherapySnapshot): CourseStateName {
  return snapshot.value;
}

export function startCourse(patient: Patient): TherapySnapshot {
  const [snapshot] = initialTransition(therapyLineMachine, { patient });
  return snapshot;
}

/**
 * Applies one event: the next snapshot, or the reason it was refused. An event dated before
 * `notBefore` (the previous event's date) is refused too, so the log stays in date order.
 */
export function applyEvent(
  snapshot: TherapySnapshot,
  event: CaseEvent,
  notBefore?: string,
): { ok: true; snapshot: TherapySnapshot } | { ok: false; reason: string } {
  const outOfOrder = dateBeforePreviousProblem(event.date, notBefore);
  if (outOfOrder) return { ok: false, reason: outOfOrder };
  if (!snapshot.can(event)) {
    return { ok: false, reason: rejectionReason(stateOf(snapshot), snapshot.context, event) };
  }
  const [next] = transition(therapyLineMachine, snapshot, event);
  return { ok: true, snapshot: next };
}

/**
 * Replays events (all, or the first `after`) from the patient's baseline. Rejected events are
 * skipped and reported; the rest still apply, so one bad entry does not hide the others.
 * One actor runs the whole log: XState's pure `transition()` builds a scope per call, which is
 * an order of magnitude slower for long logs. The actor never leaves this function.
 */
export function replayEvents(
  patient: Patient,
  events: readonly CaseEvent[],
  after: number = events.length,
): ReplayResult {
  const actor = createActor(therapyLineMachine, { input: { patient } });
  actor.start();
  const applied: CaseEvent[] = [];
  const rejections: Rejection[] = [];
  let lastDate: string | undefined;
  events.slice(0, after).forEach((event, index) => {
    const snapshot = actor.getSnapshot();
    const reason =
      dateBeforePreviousProblem(event.date, lastDate) ??
      (snapshot.can(event)
        ? undefined
        : rejectionReason(stateOf(snapshot), snapshot.context, event));
    if (reason === undefined) {
      actor.send(event);
      applied.push(event);
      lastDate = event.date;
    } else {
      rejections.push({ index, event, reason });
    }
  });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { snapshot, applied, rejections };
}

export function replayCase(caseFile: CaseFile, after?: number): ReplayResult {
  return replayEvents(caseFile.patient, caseFile.events, after);
}
