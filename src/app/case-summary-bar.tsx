import { PatientSummary } from '../components/patient-summary/patient-summary.tsx';
import { summarisePatient, todayIsoDate } from '../domain/index.ts';
import { formatDate } from '../lib/format.ts';
import { useCaseSession } from '../session/case-session.tsx';
import { CourseStateBanner } from './course-state-banner.tsx';

/**
 * The top of the Case view, kept in sight while the page scrolls: the case's name and state,
 * then the patient summary.
 */
export function CaseSummaryBar() {
  const { snapshot, recommendation } = useCaseSession();
  const summary = summarisePatient(snapshot.context, recommendation.openQuestions, todayIsoDate());
  return (
    <div className="case-summary-bar">
      <CourseStateBanner />
      <PatientSummary summary={summary} formatDate={formatDate} />
    </div>
  );
}
