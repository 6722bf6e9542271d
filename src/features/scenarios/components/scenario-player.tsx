import { useState } from 'react';
import {
  completionOf,
  nextScenarioId,
  type ScenarioCompletion,
} from '../../../domain/teaching/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { useScenario, useScenarioIndex, type ScenarioEntry } from '../api/scenarios-queries.ts';
import { useTeachingProgress } from '../api/teaching-progress.ts';
import { ScenarioPlayer } from './scenario-steps.tsx';
import './scenarios.css';

/** Where the trainee is: the scenario chosen (null: none yet) and the step shown. */
export interface TeachingPlace {
  readonly scenarioId: string | null;
  readonly step: number;
}

export interface ScenarioLibraryProps {
  /**
   * The scenario shown (null: none). Given, the library follows it and `step`, and reports
   * every move through `onNavigate`, so an address can drive both; not given, it keeps its own.
   */
  readonly scenarioId?: string | null | undefined;
  readonly step?: number | undefined;
  readonly onNavigate?: ((place: TeachingPlace) => void) | undefined;
}

/**
 * Teaching mode: the scenarios with the trainee's completed marks (kept in this browser), the
 * chosen one highlighted; the chosen scenario stepped through, then the next one offered.
 */
export function ScenarioLibrary({ scenarioId, step, onNavigate }: ScenarioLibraryProps) {
  const index = useScenarioIndex();
  const { progress, complete } = useTeachingProgress();
  const [own, setOwn] = useState<TeachingPlace>({ scenarioId: null, step: 0 });
  // Set when "Next scenario" opens a scenario, so the focus follows to its title.
  const [arrivedByNext, setArrivedByNext] = useState(false);
  const place: TeachingPlace = {
    scenarioId: scenarioId === undefined ? own.scenarioId : scenarioId,
    step: step ?? own.step,
  };
  const navigate = (to: TeachingPlace) => {
    setOwn(to);
    onNavigate?.(to);
  };

  if (index.isPending) return <p role="status">Loading the scenarios…</p>;
  if (index.isError) {
    return (
      <p className="form-error" role="alert">
        {index.error.message}.{' '}
        <button type="button" className="link-button" onClick={() => void index.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  const entries = index.data;
  const chosen = entries.find((e) => e.id === place.scenarioId);
  const nextId = chosen
    ? nextScenarioId(
        entries.map((e) => e.id),
        chosen.id,
        progress,
      )
    : undefined;
  const nextEntry = entries.find((e) => e.id === nextId);
  const completedCount = entries.filter((e) => completionOf(progress, e.id) !== undefined).length;

  return (
    <div className="scenario-layout">
      <nav className="panel scenario-list" aria-label="Scenarios">
        <h2>Scenarios ({entries.length})</h2>
        <p className="muted small" role="status">
          {completedCount} of {entries.length} completed in this browser
        </p>
        <ol>
          {entries.map((entry) => {
            const done = completionOf(progress, entry.id);
            const current = chosen?.id === entry.id;
            return (
              <li key={entry.id} className={current ? 'is-current' : undefined}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={current ? 'true' : undefined}
                  onClick={() => {
                    setArrivedByNext(false);
                    navigate({ scenarioId: entry.id, step: 0 });
                  }}
                >
                  {entry.title}
                </button>
                <span className="scenario-list__meta muted small">
                  {entry.difficulty}
                  {done ? (
                    <span className="scenario-done" title={`Completed ${formatDate(done.on)}`}>
                      {' · '}
                      <span aria-hidden="true">✓ </span>Completed ({done.matched} of {done.total}{' '}
                      matched)
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="panel scenario-main">
        {chosen ? (
          <ScenarioLoader
            key={chosen.id}
            entry={chosen}
            step={place.step}
            onStepChange={(s) => navigate({ scenarioId: chosen.id, step: s })}
            onComplete={(completion) => complete(chosen.id, completion)}
            next={
              nextEntry
                ? {
                    title: nextEntry.title,
                    go: () => {
                      setArrivedByNext(true);
                      navigate({ scenarioId: nextEntry.id, step: 0 });
                    },
                  }
                : undefined
            }
            focusTitle={arrivedByNext}
          />
        ) : place.scenarioId !== null ? (
          <p className="form-error" role="alert">
            There is no scenario “{place.scenarioId}” in the list: choose one from the list.
          </p>
        ) : (
          <p>Choose a scenario to start.</p>
        )}
      </div>
    </div>
  );
}

function ScenarioLoader({
  entry,
  ...player
}: {
  entry: ScenarioEntry;
  step: number;
  onStepChange: (step: number) => void;
  onComplete: (completion: ScenarioCompletion) => void;
  next: { title: string; go: () => void } | undefined;
  focusTitle: boolean;
}) {
  const scenario = useScenario(entry);
  if (scenario.isPending) return <p role="status">Loading “{entry.title}”…</p>;
  if (scenario.isError) {
    return (
      <p className="form-error" role="alert">
        {scenario.error.message}.
      </p>
    );
  }
  return <ScenarioPlayer entry={entry} caseFile={scenario.data} {...player} />;
}
