import { caseDisplayName, describeCourseState, stateOf } from '../domain/index.ts';
import { formatDate } from '../lib/format.ts';
import { useCaseSession } from '../session/case-session.tsx';

/** The case's one name (caseDisplayName) and the machine's state in words, always visible. */
export function CourseStateBanner() {
  const { snapshot, caseFile } = useCaseSession();
  const name = caseDisplayName(caseFile, snapshot);
  return (
    <div
      className={`state-banner state-banner--${stateOf(snapshot)}`}
      role="status"
      aria-live="polite"
    >
      {/* One line however long the title: the full name is in `title` and read out. */}
      <span className="state-banner__case" title={name}>
        {name}
      </span>
      <strong className="state-banner__state" data-testid="course-state">
        {describeCourseState(snapshot, formatDate)}
      </strong>
    </div>
  );
}
