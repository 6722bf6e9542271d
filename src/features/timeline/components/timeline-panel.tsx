import { useState } from 'react';
import { MeasuredTimelineChart } from '../../../components/timeline/measured-timeline-chart.tsx';
import { TimelineTable } from '../../../components/timeline/timeline-table.tsx';
import { useCaseSession } from '../../../session/case-session.tsx';

export function TimelinePanel() {
  const { timeline } = useCaseSession();
  const [view, setView] = useState<'chart' | 'table'>('chart');
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
      {timeline.origin === undefined ? (
        <p className="muted">The timeline starts when metastatic sites are documented.</p>
      ) : view === 'chart' ? (
        <MeasuredTimelineChart timeline={timeline} />
      ) : (
        <TimelineTable timeline={timeline} />
      )}
    </section>
  );
}
