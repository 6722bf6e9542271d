import { useEffect, useMemo, useState } from 'react';
import { SelectField } from '../../../components/forms/select-field.tsx';
import { PatientSummary } from '../../../components/patient-summary/patient-summary.tsx';
import { CitationList } from '../../../components/ui/citation.tsx';
import {
  describeCourseState,
  eventInWords,
  gradePick,
  pickableOptions,
  replayCase,
  scenarioSteps,
  summariseAnswers,
  summarisePatient,
  todayIsoDate,
  type Answers,
  type CaseFile,
} from '../../../domain/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { useScenario, useScenarioIndex, type ScenarioEntry } from '../api/scenarios-queries.ts';
import { knowledge, optionLabel } from '../../../lib/knowledge.ts';

const options = pickableOptions(knowledge);
const pickOptions = [
  { value: '', label: 'choose…' },
  ...options.map((o) => ({ value: o.id, label: o.label })),
];

/** Teaching mode: pick a scenario, step through its events, choose at each decision point. */
export function ScenarioLibrary() {
  const index = useScenarioIndex();
  const [chosen, setChosen] = useState<ScenarioEntry>();
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
  return (
    <div className="scenario-layout">
      <nav className="panel scenario-list" aria-label="Scenarios">
        <h2>Scenarios ({index.data.length})</h2>
        <ol>
          {index.data.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="link-button"
                aria-current={chosen?.id === entry.id ? 'true' : undefined}
                onClick={() => setChosen(entry)}
              >
                {entry.title}
              </button>{' '}
              <span className="muted small">{entry.difficulty}</span>
            </li>
          ))}
        </ol>
      </nav>
      <div className="panel scenario-main">
        {chosen ? (
          <ScenarioLoader key={chosen.id} entry={chosen} />
        ) : (
          <p>Choose a scenario to start.</p>
        )}
      </div>
    </div>
  );
}

function ScenarioLoader({ entry }: { entry: ScenarioEntry }) {
  const scenario = useScenario(entry);
  if (scenario.isPending) return <p role="status">Loading “{entry.title}”…</p>;
  if (scenario.isError) {
    return (
      <p className="form-error" role="alert">
        {scenario.error.message}.
      </p>
    );
  }
  return <ScenarioPlayer entry={entry} caseFile={scenario.data} />;
}

export function ScenarioPlayer({ entry, caseFile }: { entry: ScenarioEntry; caseFile: CaseFile }) {
  const steps = useMemo(() => scenarioSteps(caseFile, knowledge), [caseFile]);
  const [position, setPosition] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [revealed, setRevealed] = useState<Readonly<Record<number, boolean>>>({});
  const [draftPick, setDraftPick] = useState('');
  const step = steps[position];
  const last = steps.length - 1;
  const mustAnswer = step?.isDecisionPoint === true && !revealed[position];
  const canForward = position < last && !mustAnswer;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target;
      if (target instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
        return;
      if (e.key === 'ArrowRight' && canForward) setPosition((p) => p + 1);
      if (e.key === 'ArrowLeft') setPosition((p) => Math.max(0, p - 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canForward]);

  if (!step) return null;
  const snapshot = replayCase(caseFile, position).snapshot;
  const pick = answers[position];
  const grade =
    pick !== undefined && revealed[position] ? gradePick(step.recommendation, pick) : undefined;
  const summary = summariseAnswers(steps, answers);
  // The patient as of this step: a running line's months count to the last event revealed,
  // not to today (a scenario's dates are in the past).
  const patientSummary = summarisePatient(snapshot, step.recommendation.openQuestions, {
    asOf: caseFile.events[position - 1]?.date ?? todayIsoDate(),
    formatDate,
  });

  return (
    <article className="scenario-player" aria-labelledby="scenario-title">
      <h2 id="scenario-title">{entry.title}</h2>
      <p>
        <strong>Learning goal:</strong> {entry.goal}{' '}
        <span className="muted">({entry.difficulty})</span>
      </p>
      <div className="scenario-controls" role="group" aria-label="Step through">
        <button
          type="button"
          onClick={() => setPosition((p) => Math.max(0, p - 1))}
          disabled={position === 0}
        >
          ← Back
        </button>
        <span aria-live="polite">
          Step {position} of {last}
        </span>
        <button
          type="button"
          className="primary"
          onClick={() => setPosition((p) => p + 1)}
          disabled={!canForward}
        >
          Forward →
        </button>
        <button
          type="button"
          onClick={() => {
            setPosition(0);
            setAnswers({});
            setRevealed({});
          }}
        >
          Restart
        </button>
      </div>
      <p className="state-banner" role="status">
        <strong>{describeCourseState(snapshot, formatDate)}</strong>
      </p>
      <PatientSummary
        summary={patientSummary}
        formatDate={formatDate}
        showState={false}
        className="scenario-patient-summary"
      />
      <h3>Events so far</h3>
      {position === 0 ? (
        <p className="muted">Nothing yet: step forward to reveal the first event.</p>
      ) : (
        <ol className="event-log">
          {caseFile.events.slice(0, position).map((event, i) => (
            <li key={i}>
              {formatDate(event.date)}: {eventInWords(event, optionLabel)}
            </li>
          ))}
        </ol>
      )}
      {step.isDecisionPoint ? (
        <section className="decision-point" aria-labelledby="decision-heading">
          <h3 id="decision-heading">
            Decision point: what would you choose for line {step.recommendation.line}?
          </h3>
          {!revealed[position] ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (draftPick === '') return;
                setAnswers((a) => ({ ...a, [position]: draftPick }));
                setRevealed((r) => ({ ...r, [position]: true }));
                setDraftPick('');
              }}
            >
              <SelectField
                label="Your choice (from every regimen option)"
                ariaLabel="Your choice"
                options={pickOptions}
                value={draftPick}
                onChange={setDraftPick}
              />
              <button type="submit" className="primary" disabled={draftPick === ''}>
                Show what the documents support
              </button>
            </form>
          ) : (
            <div className="reveal">
              {grade ? (
                <p
                  className={grade.supported ? 'grade grade--yes' : 'grade grade--no'}
                  role="status"
                >
                  Your choice, {options.find((o) => o.id === pick)?.label}:{' '}
                  {grade.supported
                    ? `supported by the documents for this patient (tier: ${grade.tier}).`
                    : `not among the supported options: ${grade.reason}.`}
                </p>
              ) : null}
              <h4>What the documents support here</h4>
              <ol className="supported-list">
                {step.recommendation.candidates
                  .filter((c) => c.components.length > 0)
                  .map((c) => (
                    <li key={c.id}>
                      <strong>{c.label}</strong>{' '}
                      <span className={`tier-tag tier-tag--${c.tier}`}>{c.tier}</span>
                      <p className="small">{c.rationale}</p>
                      <CitationList sources={c.sources} />
                    </li>
                  ))}
              </ol>
            </div>
          )}
        </section>
      ) : null}
      {position === last && !mustAnswer ? (
        <section className="scenario-summary" aria-labelledby="summary-heading">
          <h3 id="summary-heading">Summary</h3>
          <p>
            {summary.supported} of {summary.total} decision{summary.total === 1 ? '' : 's'} matched
            what the documents support
            {summary.answered < summary.total
              ? ` (${summary.total - summary.answered} not answered)`
              : ''}
            .
          </p>
          <ul>
            {summary.graded.map(({ step: s, pick: p, grade: g }) => (
              <li key={s.revealed}>
                Line {s.recommendation.line} (step {s.revealed}):{' '}
                {p === undefined
                  ? 'not answered'
                  : `${options.find((o) => o.id === p)?.label ?? p}: ${g?.supported ? 'supported' : 'not supported'}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
