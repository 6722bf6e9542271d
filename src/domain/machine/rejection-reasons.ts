import type { CaseEvent } from '../case/case-schema.ts';
import type { EventType } from '../case/case-schema.ts';
import { runningLine } from './context-updates.ts';
import type { TherapyContext } from './therapy-context.ts';
import type { CourseStateName } from './therapy-line-machine.ts';

/**
 * Why an event is rejected in a state. The machine decides *whether* (`snapshot.can(event)`);
 * this table says *why*, in words a clinician can act on.
 */
const notAcceptedIn: Partial<Record<CourseStateName, Partial<Record<EventType, string>>>> = {
  intake: {
    'start-line':
      'a line cannot start before a metastatic site and at least one of ER, PR or HER2 are documented',
    response: 'no line is running to assess',
    progression: 'no line is running; record new sites with a metastases event',
    intolerance: 'no line is running',
    break: 'no line is running',
    resume: 'there is no treatment break to end',
    'stop-treatment': 'no treatment has started',
  },
  'choosing-line': {
    response: 'no line is running to assess; the last line has ended',
    progression: 'no line is running; record new or growing sites with a metastases event',
    intolerance: 'no line is running',
    break: 'no line is running to pause',
    resume: 'there is no treatment break to end',
  },
  'on-line': {
    resume: 'the line is running, not on a break',
  },
  'on-break': {
    break: 'the line is already on a break',
  },
  'supportive-care': {
    response: 'anti-cancer treatment has stopped; no line is running',
    progression:
      'anti-cancer treatment has stopped; record new or growing sites with a metastases event',
    intolerance: 'anti-cancer treatment has stopped',
    break: 'anti-cancer treatment has stopped',
    resume: 'there is no treatment break to end; start a line to restart treatment',
    'stop-treatment': 'treatment has already stopped',
  },
};

/** The reason an event the machine refused was refused. */
export function rejectionReason(
  state: CourseStateName,
  context: TherapyContext,
  event: CaseEvent,
): string {
  const fromTable = notAcceptedIn[state]?.[event.type];
  if (fromTable) return fromTable;
  const line = runningLine(context);
  if (event.type === 'start-line' && line) {
    return `${event.regimen.join(' + ')} is already the running line ${line.number}`;
  }
  if (event.type === 'intolerance' && line) {
    const outside = (event.agents ?? []).filter((agent) => !line.regimen.includes(agent));
    return `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in the running line (${line.regimen.join(' + ')})`;
  }
  return `a ${event.type} event is not possible in state ${state}`;
}
