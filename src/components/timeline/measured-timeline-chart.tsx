import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Timeline } from '../../domain/index.ts';

// recharts is about half of the JavaScript: the chart loads only when a screen shows it.
const TimelineChart = lazy(() => import('./timeline-chart.tsx'));

/** The timeline chart sized to its container, loaded on demand. */
export function MeasuredTimelineChart({ timeline }: { timeline: Timeline }) {
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
  return (
    <div ref={ref} className="measured-timeline">
      <Suspense fallback={<p className="muted">Loading the chart…</p>}>
        <TimelineChart timeline={timeline} width={width} />
      </Suspense>
    </div>
  );
}
