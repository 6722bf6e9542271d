import { eventInWords, type CaseEvent } from '../../domain/index.ts';
import { optionLabel } from '../../lib/knowledge.ts';

/**
 * One line describing an event in the log, the announcements and the FHIR review: the same words
 * as the summary, the timeline and the board (a decision names its option, not its id).
 */
export function describeEvent(event: CaseEvent): string {
  return eventInWords(event, optionLabel);
}
