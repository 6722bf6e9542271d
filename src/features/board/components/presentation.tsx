import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { getErrorMessage } from '../../../domain/index.ts';
import { caseFileName } from '../../../domain/board/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { exportTimeline } from '../timeline-export.ts';

/**
 * The presentation: full screen, one case at a time, with a toolbar that stays at the top while
 * the case scrolls. Each case opens at its top (the patient summary first).
 */
export function Presentation({
  index,
  total,
  caseName,
  meetingDate,
  onGo,
  onExit,
  children,
}: {
  index: number;
  total: number;
  caseName: string;
  meetingDate: string;
  onGo: (index: number) => void;
  onExit: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Said for the case it concerns only.
  const [problem, setProblem] = useState<{ index: number; message: string }>();
  const exportProblem = problem?.index === index ? problem.message : undefined;
  const setExportProblem = (message: string | undefined) =>
    setProblem(message === undefined ? undefined : { index, message });

  // Another case: back to its top, before it is painted.
  useLayoutEffect(() => {
    const element = ref.current;
    if (element) element.scrollTop = 0;
  }, [index]);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (
        target instanceof HTMLElement &&
        (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable)
      )
        return;
      if (e.key === 'ArrowRight') onGo(index + 1);
      if (e.key === 'ArrowLeft') onGo(index - 1);
      if (e.key === 'Escape') onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, onGo, onExit]);

  const exportChart = (kind: 'svg' | 'png') => {
    const chart = ref.current?.querySelector<HTMLElement>('.timeline-chart');
    if (!chart) {
      setExportProblem('The timeline is not drawn yet: wait a moment and try again.');
      return;
    }
    const title = `${caseName} · timeline · ${formatDate(meetingDate)}`;
    exportTimeline(chart, {
      kind,
      title,
      fileName: caseFileName(caseName, 'timeline', meetingDate),
    }).then(
      () => setExportProblem(undefined),
      (error: unknown) =>
        setExportProblem(`The timeline could not be exported: ${getErrorMessage(error)}.`),
    );
  };

  return (
    <div
      className="presentation no-print"
      role="dialog"
      aria-modal="true"
      aria-label={`Case ${index + 1} of ${total}`}
      tabIndex={-1}
      ref={ref}
    >
      <div className="presentation-bar">
        <span className="presentation-bar__position">
          Case {index + 1} of {total}
        </span>
        <span className="muted presentation-bar__keys">← → to move, Esc to leave</span>
        <span className="presentation-bar__actions">
          <button type="button" onClick={() => exportChart('svg')}>
            Timeline as SVG
          </button>
          <button type="button" onClick={() => exportChart('png')}>
            Timeline as PNG
          </button>
          <button type="button" onClick={() => onGo(index - 1)} disabled={index === 0}>
            ← Previous
          </button>
          <button type="button" onClick={() => onGo(index + 1)} disabled={index === total - 1}>
            Next →
          </button>
          <button type="button" className="primary" onClick={onExit}>
            Leave (Esc)
          </button>
        </span>
        {exportProblem ? (
          <p className="form-error presentation-bar__problem" role="alert">
            {exportProblem}
          </p>
        ) : null}
      </div>
      {children}
    </div>
  );
}
