import { assertEvent, assign, setup, type StateValueFrom } from 'xstate';
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
      assertEvent(event, 'start-line');
      const line = runningLine(context);
      if (!line) return true;
      const same =
        line.regimen.length === event.regimen.length &&
        event.regimen.every((agent) => line.regimen.includes(agent));
      return !same;
    },
    /** Intolerance names agents of the running line only (none named means all of them). */
    namesOnlyRunningAgents: ({ context, event }) => {
      assertEvent(event, 'intolerance');
      const line = runningLine(context);
      if (!line) return false;
      return (event.agents ?? []).every((agent) => line.regimen.includes(agent));
    },
  },
  actions: {
    recordMetastases: assign(({ context, event }) => {
      assertEvent(event, 'metastases');
      return recordMetastases(context, event);
    }),
    recordBiomarkerUpdate: assign(({ context, event }) => {
      assertEvent(event, 'receptor-update');
      return recordBiomarkerUpdate(context, event);
    }),
    recordLocalTherapy: assign(({ context, event }) => {
      assertEvent(event, 'local-therapy');
      return recordLocalTherapy(context, event);
    }),
    recordDecision: assign(({ context, event }) => {
      assertEvent(event, 'decision');
      return recordDecision(context, event);
    }),
    startLine: assign(({ context, event }) => {
      assertEvent(event, 'start-line');
      return startLine(context, event);
    }),
    recordResponse: assign(({ context, event }) => {
      assertEvent(event, 'response');
      return recordResponse(context, event);
    }),
    recordProgression: assign(({ context, event }) => {
      assertEvent(event, 'progression');
      return recordProgression(context, event);
    }),
    recordIntolerance: assign(({ context, event }) => {
      assertEvent(event, 'intolerance');
      return recordIntolerance(context, event);
    }),
    startBreak: assign(({ context, event }) => {
      assertEvent(event, 'break');
      return startBreak(context, event);
    }),
    endBreak: assign(({ context, event }) => {
      assertEvent(event, 'resume');
      return endBreak(context, event);
    }),
    stopTreatment: assign(({ context, event }) => {
      assertEvent(event, 'stop-treatment');
      return endRunningLine(context, event.date, 'stop-treatment');
    }),
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
/** The course states, derived from the machine's own configuration above. */
export type CourseStateName = StateValueFrom<TherapyLineMachine>;

function isCourseStateName(name: string): name is CourseStateName {
  return Object.hasOwn(therapyLineMachine.states, name);
}

/** Every course state, read from the machine at run time, in the order the machine declares them. */
export const courseStates: readonly CourseStateName[] = Object.keys(
  therapyLineMachine.states,
).filter(isCourseStateName);
