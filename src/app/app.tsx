import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Router, useLocation } from 'wouter';
import { navigate, useHashLocation } from 'wouter/use-hash-location';
import { JudgementNotice } from '../components/ui/judgement-notice.tsx';
import { ViewErrorBoundary } from '../components/ui/view-error-boundary.tsx';
import { CandidatesPanel } from '../features/candidates/components/candidates-panel.tsx';
import { EventsPanel } from '../features/events/components/events-panel.tsx';
import { ExamplesMenu } from '../features/examples/components/examples-menu.tsx';
import { exampleCases } from '../features/examples/example-cases.ts';
import type { ScenarioEntry } from '../features/scenarios/api/scenarios-queries.ts';
import { PatientForm } from '../features/intake/components/patient-form.tsx';
import { downloadCase } from '../lib/download.ts';
import { LibraryPanel } from '../features/library/components/library-panel.tsx';
import { SaveConflictBanner } from '../features/library/components/save-conflict-banner.tsx';
import { TimelinePanel } from '../features/timeline/components/timeline-panel.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { CaseSessionProvider, useCaseSession } from '../session/case-session.tsx';
import { indexedDbCaseStore } from '../session/library/case-store.ts';
import { CaseSummaryBar } from './case-summary-bar.tsx';
import { chooseInitialCase, type InitialCase } from './initial-case.ts';
import {
  boardPath,
  boardSlide,
  legacyAddress,
  teachingAddress,
  teachingPath,
  viewOfPath,
  views,
} from './routes.ts';
import { SkipLinks } from './skip-links.tsx';
import { SourcesFooter } from './sources-footer.tsx';
import './app.css';

const queryClient = createQueryClient();

// Teaching mode loads on demand: the dashboard is the first screen.
const ScenarioLibrary = lazy(() =>
  import('../features/scenarios/components/scenario-player.tsx').then((m) => ({
    default: m.ScenarioLibrary,
  })),
);

// Tumor-board mode (presentation, print) loads on demand too.
const BoardView = lazy(() =>
  import('../features/board/components/board-view.tsx').then((m) => ({ default: m.BoardView })),
);

// Import from the health record (FHIR, SMART launch) loads on demand as well.
const FhirImportView = lazy(() =>
  import('../features/fhir/components/fhir-import-view.tsx').then((m) => ({
    default: m.FhirImportView,
  })),
);

// What the tumor board can put on its agenda besides the library: the bundled examples, and the
// teaching scenarios (their loader comes with the board's chunk, not the first screen's).
const bundledCases = {
  examples: exampleCases,
  listScenarios: (signal: AbortSignal) =>
    import('../features/scenarios/api/scenarios-queries.ts').then((m) =>
      m.fetchScenarioIndex(signal),
    ),
  loadScenario: (entry: ScenarioEntry, signal: AbortSignal) =>
    import('../features/scenarios/api/scenarios-queries.ts').then((m) =>
      m.fetchScenario(entry, signal),
    ),
};

/**
 * Old addresses (?view=board, a SMART launch) become routes. Called once by main.tsx before the
 * first render, so the first screen is already the right view.
 */
export function applyLegacyAddress(): void {
  const hashPath = `/${window.location.hash.replace(/^#?\/?/, '')}`;
  const to = legacyAddress(window.location.search, hashPath);
  if (to !== undefined) navigate(to, { replace: true });
}

export function App() {
  const [initial, setInitial] = useState<InitialCase>();
  useEffect(() => {
    void chooseInitialCase(window.location).then(setInitial);
    // Pasting another share link into the address bar only changes the fragment: start over.
    // Back to the link the open case came from is not another link.
    const openedFrom = window.location.hash;
    const onHashChange = () => {
      const { hash } = window.location;
      if (hash.startsWith('#case=') && hash !== openedFrom) window.location.reload();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  if (!initial) return <p className="loading">Opening the case…</p>;
  return (
    <QueryClientProvider client={queryClient}>
      <CaseSessionProvider
        initialCase={initial.caseFile}
        {...(initial.id === undefined ? {} : { initialId: initial.id })}
        {...(initial.revision === undefined ? {} : { initialRevision: initial.revision })}
        initialReadOnly={initial.readOnly}
        store={indexedDbCaseStore}
      >
        <Router hook={useHashLocation}>
          <Dashboard notice={initial.notice} />
        </Router>
      </CaseSessionProvider>
    </QueryClientProvider>
  );
}

function Dashboard({ notice }: { notice: string | undefined }) {
  const { loadCount, caseFile } = useCaseSession();
  const [location, setLocation] = useLocation();
  const view = viewOfPath(location);
  const viewName = views.find((v) => v.id === view)?.label ?? view;
  // Every part of the page sits in a landmark: banner (title, views, notice), main, footer.
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__bar">
          <h1>Metastatic breast cancer: next-line options</h1>
          <nav aria-label="Views" className="segmented">
            {views.map((v) => (
              <button
                key={v.id}
                type="button"
                aria-pressed={view === v.id}
                onClick={() => setLocation(v.path)}
              >
                {v.label}
              </button>
            ))}
          </nav>
          {view === 'dashboard' ? <ExamplesMenu /> : null}
        </div>
        <JudgementNotice />
      </header>
      {/* Outside the header so it can stay in view while the page scrolls. */}
      <SaveConflictBanner />
      <main className={`view view--${view}`}>
        <ViewErrorBoundary
          key={view}
          name={viewName}
          fallbackActions={
            <button type="button" className="primary" onClick={() => downloadCase(caseFile)}>
              Export the open case
            </button>
          }
        >
          {view === 'teaching' ? (
            <Suspense fallback={<p role="status">Loading teaching mode…</p>}>
              <ScenarioLibrary
                {...teachingAddress(location)}
                onNavigate={(place) => setLocation(teachingPath(place))}
              />
            </Suspense>
          ) : view === 'fhir' ? (
            <Suspense fallback={<p role="status">Loading the FHIR import…</p>}>
              <FhirImportView onOpened={() => setLocation('/')} />
            </Suspense>
          ) : view === 'board' ? (
            <Suspense fallback={<p role="status">Loading tumor-board mode…</p>}>
              <BoardView
                bundled={bundledCases}
                slide={boardSlide(location)}
                onSlideChange={(slide) => setLocation(boardPath(slide))}
              />
            </Suspense>
          ) : (
            <>
              {notice ? (
                <p className="form-error" role="alert">
                  {notice}
                </p>
              ) : null}
              <SkipLinks />
              <CaseSummaryBar />
              <div className="dashboard">
                <div className="column column--input">
                  <section className="panel" aria-label="Patient">
                    <PatientForm key={loadCount} />
                  </section>
                  <EventsPanel key={`events-${loadCount}`} />
                  <LibraryPanel />
                </div>
                <div className="column column--output">
                  <CandidatesPanel />
                </div>
                {/* Under the candidates; a third column on wide screens, in sight from the start. */}
                <div className="column column--timeline">
                  <TimelinePanel />
                </div>
              </div>
            </>
          )}
        </ViewErrorBoundary>
      </main>
      <SourcesFooter />
    </div>
  );
}
