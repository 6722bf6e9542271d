import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useCaseSession } from '../../../session/case-session.tsx';
import { TimelineTable } from './timeline-table.tsx';

// recharts is about half of the bundle: load the chart only when the panel shows it.
const TimelineChart = lazy(() => import('./timeline-chart.tsx'));

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(320, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export function TimelinePanel() {
  const { timeline } = useCaseSession();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const { ref, width } = useWidth();
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <div className="panel-header">
        <h2 id="timeline-heading">Timeline</h2>
        <div role="group" aria-label="Timeline view" className="segmented">
          <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            Chart
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </button>
        </div>
      </div>
      <div ref={ref}>
        {timeline.origin === undefined ? (
          <p className="muted">The timeline starts when metastatic sites are documented.</p>
        ) : view === 'chart' ? (
          <Suspense fallback={<p className="muted">Loading the chart…</p>}>
            <TimelineChart timeline={timeline} width={width} />
          </Suspense>
        ) : (
          <TimelineTable timeline={timeline} />
        )}
      </div>
    </section>
  );
}
