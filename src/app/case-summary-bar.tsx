import { useLayoutEffect, useRef } from 'react';
import { PatientSummary } from '../components/patient-summary/patient-summary.tsx';
import { summarisePatient, todayIsoDate } from '../domain/index.ts';
import { formatDate } from '../lib/format.ts';
import { useCaseSession } from '../session/case-session.tsx';
import { CourseStateBanner } from './course-state-banner.tsx';

/**
 * The top of the Case view, kept in sight while the page scrolls: the case's name and state,
 * then the patient summary (without the state, which the banner above says and announces).
 * Its height is published as `--case-summary-height`, so in-page targets (skip links) land
 * below it however many lines it wraps to.
 */
export function CaseSummaryBar() {
  const { snapshot, recommendation } = useCaseSession();
  const summary = summarisePatient(snapshot, recommendation.openQuestions, {
    asOf: todayIsoDate(),
    formatDate,
  });
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const publish = () =>
      root.style.setProperty('--case-summary-height', `${Math.ceil(element.offsetHeight)}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--case-summary-height');
    };
  }, []);
  return (
    <div className="case-summary-bar" ref={bar}>
      <CourseStateBanner />
      <PatientSummary summary={summary} formatDate={formatDate} showState={false} />
    </div>
  );
}
