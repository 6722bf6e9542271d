import { JudgementNotice } from '../components/ui/judgement-notice.tsx';
import { CandidatesPanel } from '../features/candidates/components/candidates-panel.tsx';
import { EventsPanel } from '../features/events/components/events-panel.tsx';
import { ExamplesMenu } from '../features/examples/components/examples-menu.tsx';
import { exampleCases } from '../features/examples/example-cases.ts';
import { blankCase } from '../features/examples/blank-case.ts';
import { PatientForm } from '../features/intake/components/patient-form.tsx';
import { TimelinePanel } from '../features/timeline/components/timeline-panel.tsx';
import { CaseSessionProvider, useCaseSession } from '../session/case-session.tsx';
import { CourseStateBanner } from './course-state-banner.tsx';
import { SourcesFooter } from './sources-footer.tsx';
import './app.css';

/** Which case to open first: `?example=<id>` opens a bundled example, otherwise a blank case. */
function initialCase() {
  const id = new URLSearchParams(window.location.search).get('example');
  return exampleCases.find((x) => x.id === id)?.caseFile ?? blankCase();
}

export function App() {
  return (
    <CaseSessionProvider initialCase={initialCase()}>
      <Dashboard />
    </CaseSessionProvider>
  );
}

function Dashboard() {
  const { loadCount } = useCaseSession();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Metastatic breast cancer: next-line options</h1>
        <ExamplesMenu />
      </header>
      <JudgementNotice />
      <CourseStateBanner />
      <main className="dashboard">
        <div className="column column--input">
          <section className="panel">
            <PatientForm key={loadCount} />
          </section>
          <EventsPanel key={`events-${loadCount}`} />
        </div>
        <div className="column column--output">
          <CandidatesPanel />
          <TimelinePanel />
        </div>
      </main>
      <SourcesFooter />
    </div>
  );
}
