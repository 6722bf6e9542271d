import { useId, useMemo, useState } from 'react';
import { DecisionFields } from '../../../components/forms/decision-fields.tsx';
import { FieldError } from '../../../components/forms/field-error.tsx';
import { QuotedCitation, SourcesDisclosure } from '../../../components/ui/citation.tsx';
import { PatientSummary } from '../../../components/patient-summary/patient-summary.tsx';
import { MeasuredTimelineChart } from '../../../components/timeline/measured-timeline-chart.tsx';
import {
  agentsInWords,
  buildTimeline,
  describeCourseState,
  emptyDecisionDraft,
  decisionInWords,
  eventInWords,
  getErrorMessage,
  knowledgeVersion,
  recommendCase,
  caseDisplayName,
  summarisePatient,
  newEventDate,
  todayIsoDate,
  validateDecisionDraft,
  type CaseEvent,
  type CaseFile,
  type DecisionDraft,
  type DecisionDraftErrors,
} from '../../../domain/index.ts';
import {
  boardDecisionDateProblem,
  caseDisagreements,
  changesSince,
  type PresentedMark,
} from '../../../domain/board/index.ts';
import { capitalise, formatDate, tierLabels } from '../../../lib/format.ts';
import { useWarnBeforeLeaving } from '../../../lib/use-warn-before-leaving.ts';
import { downloadCase } from '../../../lib/download.ts';
import { knowledge, optionLabel } from '../../../lib/knowledge.ts';

/** One case as the board sees it: summary, timeline, state, top candidates, open questions, changes. */
/** One replay of the case gives the recommendation, the course, the timeline and the summary. */
function presentationOf(caseFile: CaseFile) {
  const result = recommendCase(caseFile, knowledge);
  if (!result.ok) return result;
  const { snapshot, applied } = result.replay;
  const today = todayIsoDate();
  return {
    ok: true as const,
    recommendation: result.recommendation,
    snapshot,
    timeline: buildTimeline(applied, snapshot.context, today, optionLabel),
    summary: summarisePatient(snapshot, result.recommendation.openQuestions, {
      asOf: today,
      formatDate,
    }),
  };
}

export function CasePresentation({
  caseFile,
  previous,
  meetingDate,
  onDecision,
  topCount = 4,
}: {
  caseFile: CaseFile;
  previous: PresentedMark | undefined;
  /** The meeting's date: a decision is recorded under it unless changed. */
  meetingDate?: string;
  /** Resolves to a refusal in words, or undefined once stored; rejects when saving failed. */
  onDecision?: (event: CaseEvent) => Promise<string | undefined>;
  topCount?: number;
}) {
  // Derived once per case file: the decision form's typing does not redo the replay.
  const derived = useMemo(() => presentationOf(caseFile), [caseFile]);
  if (!derived.ok) {
    return (
      <p className="form-error" role="alert">
        This case cannot be replayed: {derived.problems.map((p) => p.message).join('; ')}
      </p>
    );
  }
  const { recommendation, snapshot, timeline, summary } = derived;
  const changes = changesSince(previous, caseFile.events, recommendation);
  const open = recommendation.openQuestions.filter((q) => q.couldOpen.length > 0);
  const shown = recommendation.candidates.slice(0, topCount);
  // Several candidates often share a disagreement: it is said once, naming them.
  const disagreements = caseDisagreements(shown);
  const decisions = snapshot.context.decisions;

  return (
    <article className="case-presentation">
      <header>
        <h2>{caseDisplayName(caseFile, snapshot)}</h2>
        <p className="presentation-state">
          <strong>{describeCourseState(snapshot, formatDate)}</strong>
        </p>
        {/* The state is said just above, large; the summary gives the rest in words. */}
        <PatientSummary
          summary={summary}
          formatDate={formatDate}
          showState={false}
          className="presentation-summary"
        />
      </header>
      <section className="presentation-grid">
        <div>
          <h3>Top candidates for line {recommendation.line}</h3>
          <ol className="presentation-candidates">
            {shown.map((c) => (
              <li key={c.id}>
                {c.urgent ? <span className="urgent-tag">Urgent</span> : null}
                <strong>{c.label}</strong>{' '}
                <span className={`tier-tag tier-tag--${c.tier}`}>{tierLabels[c.tier]}</span>
                {c.components.length > 0 ? (
                  <span className="muted"> {agentsInWords(c.components)}</span>
                ) : null}
                {c.assumptions ? (
                  <p className="small pending">If: {c.assumptions.join('; ')}</p>
                ) : null}
                {c.tierBasis.source ? <QuotedCitation source={c.tierBasis.source} /> : null}
                <SourcesDisclosure
                  sources={c.sources.filter((s) => s.sentence !== c.tierBasis.source?.sentence)}
                />
              </li>
            ))}
          </ol>
          {disagreements.length > 0 ? (
            <>
              <h3>Where the documents disagree</h3>
              <ul className="presentation-disagreements">
                {disagreements.map((d) => (
                  <li key={d.id}>
                    {capitalise(d.about)}{' '}
                    <span className="muted small">
                      (documents {d.docs.join(', ')}; concerns {d.candidates.join(', ')})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div>
          <h3>Open questions</h3>
          {open.length === 0 ? (
            <p className="muted">No biomarker result is missing that would change the options.</p>
          ) : (
            <ul>
              {open.map((q) => (
                <li key={q.field}>
                  {q.question}: could open {q.couldOpen.map((o) => o.label).join(', ')}
                </li>
              ))}
            </ul>
          )}
          <h3>Since last presented</h3>
          {changes.firstPresentation ? (
            <p>First presentation of this case.</p>
          ) : (
            <ul className="changes">
              <li>
                {changes.newEvents.length === 0
                  ? 'No new events.'
                  : `New events: ${changes.newEvents.map((e) => `${eventInWords(e, optionLabel)} (${formatDate(e.date)})`).join(', ')}`}
              </li>
              {changes.appeared.length > 0 ? (
                <li>New candidates: {changes.appeared.map((c) => c.label).join(', ')}</li>
              ) : null}
              {changes.disappeared.length > 0 ? (
                <li>No longer candidates: {changes.disappeared.join(', ')}</li>
              ) : null}
              {changes.knowledgeChanged ? <li>The knowledge base changed since then.</li> : null}
            </ul>
          )}
          <h3>Decisions</h3>
          {decisions.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ul>
              {decisions.map((d, i) => (
                <li key={i}>
                  {formatDate(d.date)}: {decisionInWords(d, optionLabel)} — {d.rationale}
                  {d.followUp ? ` (follow-up ${formatDate(d.followUp)})` : ''}
                  {d.knowledgeVersion ? ` [knowledge base ${d.knowledgeVersion}]` : ''}
                </li>
              ))}
            </ul>
          )}
          {onDecision ? (
            <DecisionForm
              candidates={recommendation.candidates.map(({ id, label }) => ({ id, label }))}
              caseFile={caseFile}
              defaultDate={meetingDate ?? newEventDate(caseFile.events, todayIsoDate())}
              onDecision={onDecision}
            />
          ) : null}
        </div>
      </section>
      {timeline.origin !== undefined ? (
        <section className="presentation-timeline">
          <h3>Timeline</h3>
          <MeasuredTimelineChart timeline={timeline} />
        </section>
      ) : null}
    </article>
  );
}

type DecisionOutcome =
  | { readonly kind: 'saving' }
  | { readonly kind: 'recorded' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string; readonly unsaved: CaseFile };

/**
 * The board's decision on a candidate, dated the meeting unless changed. "Decision recorded"
 * is said only once the decision is stored, and then the form empties; when storing fails the
 * typed text stays, with the error and an export of the case including the decision.
 */
function DecisionForm({
  candidates,
  caseFile,
  defaultDate,
  onDecision,
}: {
  candidates: ReadonlyArray<{ id: string; label: string }>;
  caseFile: CaseFile;
  defaultDate: string;
  onDecision: (event: CaseEvent) => Promise<string | undefined>;
}) {
  const formId = useId();
  const [draft, setDraft] = useState<DecisionDraft>(emptyDecisionDraft);
  const [date, setDate] = useState(defaultDate);
  const [errors, setErrors] = useState<DecisionDraftErrors>({});
  // Once a record was tried, the fields are checked as they change, so errors clear as fixed.
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<DecisionOutcome>();
  useWarnBeforeLeaving(draft.rationale.trim() !== '');
  const validate = (next: DecisionDraft, nextDate: string) => {
    const dateProblem = boardDecisionDateProblem(nextDate, caseFile.events, todayIsoDate());
    const result = validateDecisionDraft(next, {
      decisionDate: nextDate,
      knowledgeVersion,
      rationaleRequired: true,
    });
    if (dateProblem === undefined) return result;
    return {
      ok: false as const,
      errors: { ...(result.ok ? {} : result.errors), date: dateProblem },
    };
  };
  const recheck = (next: DecisionDraft, nextDate: string) => {
    if (outcome?.kind === 'refused') setOutcome(undefined);
    if (checking) {
      const result = validate(next, nextDate);
      setErrors(result.ok ? {} : result.errors);
    }
  };
  const change = (patch: Partial<DecisionDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    recheck(next, date);
  };
  const dateErrorId = `${formId}-date-error`;
  return (
    <form
      className="decision-form no-print"
      noValidate
      aria-labelledby={`${formId}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        if (outcome?.kind === 'saving') return;
        setChecking(true);
        const result = validate(draft, date);
        if (!result.ok) {
          setErrors(result.errors);
          setOutcome(undefined);
          return;
        }
        setErrors({});
        const { event } = result;
        setOutcome({ kind: 'saving' });
        onDecision(event).then(
          (refusal) => {
            if (refusal !== undefined) {
              setOutcome({ kind: 'refused', message: refusal });
              return;
            }
            setOutcome({ kind: 'recorded' });
            setChecking(false);
            setDraft(emptyDecisionDraft);
          },
          (error: unknown) =>
            setOutcome({
              kind: 'failed',
              message: getErrorMessage(error),
              unsaved: { ...caseFile, events: [...caseFile.events, event] },
            }),
        );
      }}
    >
      <h3 id={`${formId}-heading`}>Record a decision</h3>
      <label className="decision-date">
        Decision date
        <input
          type="date"
          value={date}
          max="2100-12-31"
          onChange={(e) => {
            setDate(e.target.value);
            recheck(draft, e.target.value);
          }}
          {...(errors.date ? { 'aria-invalid': true, 'aria-describedby': dateErrorId } : {})}
        />
        <FieldError id={dateErrorId} message={errors.date} />
      </label>
      <DecisionFields
        draft={draft}
        onChange={change}
        candidates={candidates}
        errors={errors}
        decisionDate={date}
      />
      <FieldError id={`${formId}-general-error`} message={errors.general} />
      <button type="submit" className="primary" disabled={outcome?.kind === 'saving'}>
        Record decision
      </button>
      <p role="status">
        {outcome?.kind === 'saving'
          ? 'Saving the decision…'
          : outcome?.kind === 'recorded'
            ? 'Decision recorded.'
            : outcome?.kind === 'refused'
              ? outcome.message
              : ''}
      </p>
      {outcome?.kind === 'failed' ? (
        <p className="form-error" role="alert">
          The decision was not saved: {outcome.message}. What you typed is kept.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => downloadCase(outcome.unsaved)}
          >
            Export now
          </button>{' '}
          (the exported case includes this decision)
        </p>
      ) : null}
    </form>
  );
}
