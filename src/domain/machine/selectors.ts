import { eventTypes, type CaseEvent, type EventType } from '../case/case-schema.ts';
import { parseIsoDate } from '../case/iso-date.ts';
import { runningLine } from './context-updates.ts';
import type { TherapySnapshot } from './replay-case.ts';
import { stateOf } from './replay-case.ts';

/**
 * Questions the UI asks of a snapshot. Answers come from the machine (`can`), so the screen
 * can never offer an action the machine would refuse.
 */

/** A representative event of each type, used only to ask the machine whether the type fits. */
const probeDate = parseIsoDate('2100-12-31');

function probe(type: EventType, snapshot: TherapySnapshot): CaseEvent {
  const date = probeDate;
  switch (type) {
    case 'metastases':
      return { date, type, sites: [{ site: 'other' }] };
    case 'start-line': {
      // A regimen no running line can equal, so the "same regimen" guard does not answer.
      const running = runningLine(snapshot.context);
      return {
        date,
        type,
        regimen: running?.regimen.includes('capecitabine') ? ['eribulin'] : ['capecitabine'],
      };
    }
    case 'response':
      return { date, type, assessment: 'stable' };
    case 'progression':
      return { date, type };
    case 'intolerance':
      return { date, type };
    case 'break':
    case 'resume':
    case 'stop-treatment':
      return { date, type };
    case 'receptor-update':
      return { date, type, er: 'unknown' };
    case 'local-therapy':
      return { date, type, modality: 'radiation', site: 'bone' };
    case 'decision':
      return { date, type, candidate: 'palliative-care', choice: 'deferred', rationale: '' };
  }
}

export function allowedEventTypes(snapshot: TherapySnapshot): EventType[] {
  return eventTypes.filter((type) => snapshot.can(probe(type, snapshot)));
}

/** The course state in words: "Line 2: choosing next treatment". */
export function describeCourseState(
  snapshot: TherapySnapshot,
  formatDate: (iso: string) => string,
): string {
  const { context } = snapshot;
  const line = runningLine(context);
  switch (stateOf(snapshot)) {
    case 'intake':
      return 'Intake: document a metastatic site and ER, PR or HER2 to see treatment options';
    case 'choosing-line':
      return `Line ${context.lines.length + 1}: choosing next treatment`;
    case 'on-line':
      return line ? `Line ${line.number} running since ${formatDate(line.start)}` : 'Line running';
    case 'on-break': {
      const since = line?.breaks.at(-1)?.start;
      return line
        ? `Line ${line.number} on a treatment break${since ? ` since ${formatDate(since)}` : ''}`
        : 'On a treatment break';
    }
    case 'supportive-care':
      return 'Supportive care: anti-cancer treatment stopped';
  }
}
