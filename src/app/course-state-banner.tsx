import { caseDisplayName, describeCourseState, stateOf } from '../domain/index.ts';
import { formatDate } from '../lib/format.ts';
import { useCaseSession } from '../session/case-session.tsx';

/** The machine's state in words, always visible. */
export function CourseStateBanner() {
  const { snapshot, caseFile } = useCaseSession();
  return (
    <div
      className={`state-banner state-banner--${stateOf(snapshot)}`}
      role="status"
      aria-live="polite"
    >
      <span className="state-banner__case">{caseDisplayName(caseFile, snapshot.context)}</span>
      <strong className="state-banner__state" data-testid="course-state">
        {describeCourseState(snapshot, formatDate)}
      </strong>
    </div>
  );
}
