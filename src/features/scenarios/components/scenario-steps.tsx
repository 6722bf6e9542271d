import { useEffect, useMemo, useRef, useState } from 'react';
import { PatientSummary } from '../../../components/patient-summary/patient-summary.tsx';
import { CitationList } from '../../../components/ui/citation.tsx';
import {
  eventInWords,
  summarisePatient,
  todayIsoDate,
  type CaseFile,
} from '../../../domain/index.ts';
import {
  gradePick,
  groupChoicesByModality,
  pickableOptions,
  reviewScenario,
  scenarioSteps,
  teachingStepHeadline,
  type Answers,
  type ScenarioCompletion,
} from '../../../domain/teaching/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { knowledge, optionLabel } from '../../../lib/knowledge.ts';
import type { ScenarioEntry } from '../api/scenarios-queries.ts';
import { ChoiceForm } from './choice-form.tsx';
import { ScenarioReview } from './scenario-review.tsx';

const choiceGroups = groupChoicesByModality(pickableOptions(knowledge));

export interface ScenarioPlayerProps {
  readonly entry: ScenarioEntry;
  readonly caseFile: CaseFile;
  /**
   * The step shown (events revealed). Given, the player follows it and reports moves through
   * `onStepChange` (so an address can drive it); not given, the player keeps its own.
   */
  readonly step?: number | undefined;
  readonly onStepChange?: ((step: number) => void) | undefined;
  /** Called when every decision point is answered and the summary is reached. */
  readonly onComplete?: ((completion: ScenarioCompletion) => void) | undefined;
  /** The scenario offered after the summary. */
  readonly next?: { readonly title: string; readonly go: () => void } | undefined;
  /** Move the focus to the title when shown (arriving by "Next scenario"). */
  readonly focusTitle?: boolean | undefined;
}

const clamp = (n: number, last: number) => Math.min(Math.max(0, Math.trunc(n)), last);

/**
 * One scenario, revealed an event at a time. Each step shows where the course stands, the
 * patient summary and the course so far; at a decision point the trainee chooses before seeing
 * what the documents support. After the last step, the summary returns to the learning goal.
 */
export function ScenarioPlayer({
  entry,
  caseFile,
  step: controlledStep,
  onStepChange,
  onComplete,
  next,
  focusTitle = false,
}: ScenarioPlayerProps) {
  const steps = useMemo(() => scenarioSteps(caseFile, knowledge), [caseFile]);
  const last = steps.length - 1;
  const [ownStep, setOwnStep] = useState(0);
  const position = clamp(Number.isFinite(controlledStep) ? (controlledStep ?? 0) : ownStep, last);
  const [answers, setAnswers] = useState<Answers>({});
  const step = steps[position];
  const revealed = answers[position] !== undefined;
  const mustAnswer = step?.isDecisionPoint === true && !revealed;
  const canForward = position < last && !mustAnswer;
  const atEnd = position === last && !mustAnswer;
  const review = useMemo(
    () => reviewScenario(steps, answers, { goal: entry.goal, optionLabel }),
    [steps, answers, entry.goal],
  );

  const go = (to: number) => {
    const target = clamp(to, last);
    setOwnStep(target);
    onStepChange?.(target);
  };
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target;
      if (target instanceof HTMLElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
        return;
      if (e.key === 'ArrowRight' && canForward) goRef.current(position + 1);
      if (e.key === 'ArrowLeft' && position > 0) goRef.current(position - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canForward, position]);

  // Completed once every decision point is answered and the summary is in view.
  const onCompleteRef = useRef(onComplete);
  useEffect(() => {
    onCompleteRef.current = onComplete;
  });
  useEffect(() => {
    if (atEnd && review.complete)
      onCompleteRef.current?.({ on: todayIsoDate(), matched: review.matched, total: review.total });
  }, [atEnd, review.complete, review.matched, review.total]);

  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);

  if (!step) return null;
  const { snapshot } = step;
  const pick = answers[position];
  const grade = pick !== undefined ? gradePick(step.recommendation, pick) : undefined;
  // The patient as of this step: a running line's months count to the last event revealed,
  // not to today (a scenario's dates are in the past).
  const patientSummary = summarisePatient(snapshot, step.recommendation.openQuestions, {
    asOf: caseFile.events[position - 1]?.date ?? todayIsoDate(),
    formatDate,
  });

  return (
    <article className="scenario-player" aria-labelledby="scenario-title">
      <h2 id="scenario-title" ref={title} tabIndex={-1}>
        {entry.title}
      </h2>
      <p>
        <strong>Learning goal:</strong> {entry.goal}{' '}
        <span className="muted">({entry.difficulty})</span>
      </p>
      <div className="scenario-controls" role="group" aria-label="Step through">
        <button type="button" onClick={() => go(position - 1)} disabled={position === 0}>
          ← Back
        </button>
        <span aria-live="polite">
          Step {position} of {last}
        </span>
        <button
          type="button"
          className="primary"
          onClick={() => go(position + 1)}
          disabled={!canForward}
        >
          Forward →
        </button>
        <button
          type="button"
          onClick={() => {
            setAnswers({});
            go(0);
          }}
        >
          Restart
        </button>
      </div>
      <p className="state-banner" role="status">
        <strong>{teachingStepHeadline(snapshot, position, formatDate)}</strong>
      </p>
      <PatientSummary
        summary={patientSummary}
        formatDate={formatDate}
        showState={false}
        className="scenario-patient-summary"
      />
      <h3>Course so far</h3>
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
          {!revealed ? (
            <ChoiceForm
              groups={choiceGroups}
              onChoose={(id) => setAnswers((a) => ({ ...a, [position]: id }))}
            />
          ) : (
            <div className="reveal">
              {grade ? (
                <p
                  className={grade.supported ? 'grade grade--yes' : 'grade grade--no'}
                  role="status"
                >
                  Your choice, {optionLabel(pick ?? '')}:{' '}
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
      {atEnd ? <ScenarioReview review={review} next={next} /> : null}
    </article>
  );
}
