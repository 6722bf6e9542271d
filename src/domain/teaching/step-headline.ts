import { describeCourseState } from '../machine/selectors.ts';
import { stateOf, type TherapySnapshot } from '../machine/replay-case.ts';

/**
 * What a teaching step says about where the course stands. The Case view's words speak to the
 * clinician entering a case ("Intake: document a metastatic site…"); a trainee is shown a case,
 * not asked to enter one, so before the course reaches a decision the step says what is known.
 */
export function teachingStepHeadline(
  snapshot: TherapySnapshot,
  revealed: number,
  formatDate: (iso: string) => string,
): string {
  if (stateOf(snapshot) === 'intake') {
    return revealed === 0
      ? 'Before the first event: the patient as first seen'
      : 'Work-up under way: no metastatic site or receptor status on record yet';
  }
  return describeCourseState(snapshot, formatDate);
}
