import { assign, setup } from 'xstate';
import type { CaseEvent, Patient } from '../case/case-schema.ts';
import {
  endBreak,
  endRunningLine,
  hasEnoughFactsToRecommend,
  recordBiomarkerUpdate,
  recordDecision,
  recordIntolerance,
  recordLocalTherapy,
  recordMetastases,
  recordProgression,
  recordResponse,
  runningLine,
  startBreak,
  startLine,
} from './context-updates.ts';
import { initialContext, type TherapyContext } from './therapy-context.ts';

/**
 * The course of treatment as a state machine. Events are the case file's events, unchanged.
 * An event a state does not accept is not silently dropped: replay-case.ts asks `can()` first
 * and reports the rejection with a reason (rejection-reasons.ts).
 */

/** Facts that may be recorded at any point of the course: they never start or end a line. */
const recordFactsAtAnyPoint = {
  metastases: { actions: 'recordMetastases' },
  'receptor-update': { actions: 'recordBiomarkerUpdate' },
  'local-therapy': { actions: 'recordLocalTherapy' },
  decision: { actions: 'recordDecision' },
} as const;

const startNewLine = {
  target: 'on-line',
  guard: 'isDifferentFromRunningRegimen',
  actions: 'startLine',
} as const;

const endLineOnProgressionOrIntolerance = {
  progression: { target: 'choosing-line', actions: 'recordProgression' },
  intolerance: {
    target: 'choosing-line',
    guard: 'namesOnlyRunningAgents',
    actions: 'recordIntolerance',
  },
  'stop-treatment': { target: 'supportive-care', actions: 'stopTreatment' },
  response: { actions: 'recordResponse' },
} as const;

export const therapyLineMachine = setup({
  types: {
    context: {} as TherapyContext,
    events: {} as CaseEvent,
    input: {} as { patient: Patient },
  },
  guards: {
    hasEnoughFactsToRecommend: ({ context }) => hasEnoughFactsToRecommend(context),
    /** Restarting the very regimen that is running is not a new line. */
    isDifferentFromRunningRegimen: ({ context, event }) => {
      if (event.type !== 'start-line') return false;
      const line = runningLine(context);
      if (!line) return true;
      const same =
        line.regimen.length === event.regimen.length &&
        event.regimen.every((agent) => line.regimen.includes(agent));
      return !same;
    },
    /** Intolerance names agents of the running line only (none named means all of them). */
    namesOnlyRunningAgents: ({ context, event }) => {
      if (event.type !== 'intolerance') return false;
      const line = runningLine(context);
      if (!line) return false;
      return (event.agents ?? []).every((agent) => line.regimen.includes(agent));
    },
  },
  actions: {
    recordMetastases: assign(({ context, event }) =>
      event.type === 'metastases' ? recordMetastases(context, event) : context,
    ),
    recordBiomarkerUpdate: assign(({ context, event }) =>
      event.type === 'receptor-update' ? recordBiomarkerUpdate(context, event) : context,
    ),
    recordLocalTherapy: assign(({ context, event }) =>
      event.type === 'local-therapy' ? recordLocalTherapy(context, event) : context,
    ),
    recordDecision: assign(({ context, event }) =>
      event.type === 'decision' ? recordDecision(context, event) : context,
    ),
    startLine: assign(({ context, event }) =>
      event.type === 'start-line' ? startLine(context, event) : context,
    ),
    recordResponse: assign(({ context, event }) =>
      event.type === 'response' ? recordResponse(context, event) : context,
    ),
    recordProgression: assign(({ context, event }) =>
      event.type === 'progression' ? recordProgression(context, event) : context,
    ),
    recordIntolerance: assign(({ context, event }) =>
      event.type === 'intolerance' ? recordIntolerance(context, event) : context,
    ),
    startBreak: assign(({ context, event }) =>
      event.type === 'break' ? startBreak(context, event) : context,
    ),
    endBreak: assign(({ context, event }) =>
      event.type === 'resume' ? endBreak(context, event) : context,
    ),
    stopTreatment: assign(({ context, event }) =>
      endRunningLine(context, event.date, 'stop-treatment'),
    ),
  },
}).createMachine({
  id: 'therapy-line',
  context: ({ input }) => initialContext(input.patient),
  initial: 'intake',
  states: {
    intake: {
      always: { target: 'choosing-line', guard: 'hasEnoughFactsToRecommend' },
      on: { ...recordFactsAtAnyPoint },
    },
    'choosing-line': {
      on: {
        ...recordFactsAtAnyPoint,
        'start-line': startNewLine,
        'stop-treatment': { target: 'supportive-care' },
      },
    },
    'on-line': {
      on: {
        ...recordFactsAtAnyPoint,
        ...endLineOnProgressionOrIntolerance,
        'start-line': startNewLine,
        break: { target: 'on-break', actions: 'startBreak' },
      },
    },
    'on-break': {
      on: {
        ...recordFactsAtAnyPoint,
        ...endLineOnProgressionOrIntolerance,
        'start-line': startNewLine,
        resume: { target: 'on-line', actions: 'endBreak' },
      },
    },
    'supportive-care': {
      on: {
        ...recordFactsAtAnyPoint,
        'start-line': { target: 'on-line', actions: 'startLine' },
      },
    },
  },
});

export type TherapyLineMachine = typeof therapyLineMachine;
export type CourseStateName =
  'intake' | 'choosing-line' | 'on-line' | 'on-break' | 'supportive-care';
export const courseStates: readonly CourseStateName[] = [
  'intake',
  'choosing-line',
  'on-line',
  'on-break',
  'supportive-care',
];
