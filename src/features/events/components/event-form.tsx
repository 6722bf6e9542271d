import { useId, useState } from 'react';
import { useWarnBeforeLeaving } from '../../../lib/use-warn-before-leaving.ts';
import { FieldError } from '../../../components/forms/field-error.tsx';
import { emptySiteDraft, SitesFields } from '../../../components/forms/sites-fields.tsx';
import {
  assessments,
  brcaStatuses,
  decisionChoices,
  localModalities,
  receptorStatuses,
  siteNames,
  type CaseEvent,
  type EventType,
} from '../../../domain/index.ts';
import type { EditResult } from '../../../session/case-log.ts';
import { eventTypeLabels } from '../../../components/events/event-labels.ts';
import { RegimenPicker } from './regimen-picker.tsx';
import { emptyDraft, validateDraft, type EventDraft } from './event-draft.ts';

export interface EventFormProps {
  readonly allowedTypes: readonly EventType[];
  readonly initial: EventDraft;
  readonly notBefore: string | undefined;
  readonly runningRegimen: readonly string[];
  readonly candidates: ReadonlyArray<{ id: string; label: string }>;
  readonly submitLabel: string;
  readonly onSubmit: (event: CaseEvent) => EditResult;
  readonly onCancel?: () => void;
}

const biomarkerLabels = {
  er: 'ER',
  pr: 'PR',
  her2: 'HER2',
  brca: 'Germline BRCA',
  pdl1: 'PD-L1',
} as const;

/**
 * One form for every event type; the type list holds only what the current state allows.
 * Fields validate with the case format's schema; a refused event keeps everything typed.
 */
export function EventForm(props: EventFormProps) {
  const {
    allowedTypes,
    initial,
    notBefore,
    runningRegimen,
    candidates,
    submitLabel,
    onSubmit,
    onCancel,
  } = props;
  const id = useId();
  const [draft, setDraft] = useState<EventDraft>(initial);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [refusal, setRefusal] = useState<string>();
  const [touched, setTouched] = useState(false);
  // Something typed and not yet recorded: leaving the page asks first.
  const [edited, setEdited] = useState(false);
  useWarnBeforeLeaving(edited);

  const change = (patch: Partial<EventDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setEdited(true);
    setRefusal(undefined);
    // Validate as the user types once they have tried to submit, so errors clear as fixed.
    if (touched) {
      const result = validateDraft(next, notBefore);
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const submit = () => {
    setTouched(true);
    const result = validateDraft(draft, notBefore);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const applied = onSubmit(result.event);
    if (!applied.ok) {
      setRefusal(applied.reason);
      return;
    }
    setTouched(false);
    setEdited(false);
    setDraft(emptyDraft(draft.type, draft.date));
  };

  const fieldId = (name: string) => `${id}-${name}`;
  const errorFor = (name: string) => errors[name];
  const described = (name: string) =>
    errorFor(name) ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(name)}-error` } : {};

  return (
    <form
      className="event-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field-grid">
        <label>
          Event
          <select
            aria-label="Event"
            value={draft.type}
            onChange={(e) => {
              const type = allowedTypes.find((t) => t === e.target.value);
              if (!type) return;
              // A progression names only new or growing sites: start it with none.
              if (type === 'progression') change({ type, sites: [] });
              else if (type === 'metastases' && draft.sites.length === 0)
                change({ type, sites: [emptySiteDraft()] });
              else change({ type });
            }}
          >
            {allowedTypes.map((t) => (
              <option key={t} value={t}>
                {eventTypeLabels[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input
            type="date"
            value={draft.date}
            min={notBefore}
            max="2100-12-31"
            onChange={(e) => change({ date: e.target.value })}
            {...described('date')}
          />
          <FieldError id={`${fieldId('date')}-error`} message={errorFor('date')} />
        </label>
      </div>

      {draft.type === 'start-line' ? (
        <RegimenField draft={draft} change={change} error={errorFor('regimen')} />
      ) : null}

      {draft.type === 'response' ? (
        <label>
          Assessment
          <select
            aria-label="Assessment"
            value={draft.assessment}
            onChange={(e) => change({ assessment: e.target.value })}
          >
            {assessments.map((a) => (
              <option key={a} value={a}>
                {a === 'complete'
                  ? 'complete response'
                  : a === 'partial'
                    ? 'partial response'
                    : 'stable disease'}
              </option>
            ))}
          </select>
        </label>
      ) : null}

      {draft.type === 'metastases' || draft.type === 'progression' ? (
        <>
          {draft.type === 'progression' && draft.sites.length === 0 ? (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                change({
                  sites: [
                    { site: 'bone', count: '', symptomatic: 'unrecorded', complications: [] },
                  ],
                })
              }
            >
              Add new or growing sites
            </button>
          ) : (
            <SitesFields
              sites={draft.sites}
              onChange={(sites) => change({ sites })}
              errors={Object.fromEntries(
                draft.sites.flatMap((_, i) =>
                  errors[`sites.${i}`] ? [[i, errors[`sites.${i}`] ?? '']] : [],
                ),
              )}
            />
          )}
          {draft.type === 'progression' ? (
            <p className="muted small">
              Sites are optional for a progression: give the new or growing ones.
            </p>
          ) : null}
          <FieldError id={`${fieldId('sites')}-error`} message={errorFor('sites')} />
        </>
      ) : null}

      {draft.type === 'intolerance' ? (
        <fieldset>
          <legend>Which drugs could not be tolerated? (none ticked: the whole regimen)</legend>
          {runningRegimen.map((agent) => (
            <label key={agent} className="checkbox">
              <input
                type="checkbox"
                checked={draft.agents.includes(agent)}
                onChange={(e) =>
                  change({
                    agents: e.target.checked
                      ? [...draft.agents, agent]
                      : draft.agents.filter((a) => a !== agent),
                  })
                }
              />
              {agent}
            </label>
          ))}
        </fieldset>
      ) : null}

      {draft.type === 'receptor-update' ? (
        <div className="field-grid">
          {(Object.keys(biomarkerLabels) as Array<keyof typeof biomarkerLabels>).map((field) => (
            <label key={field}>
              {biomarkerLabels[field]}
              <select
                aria-label={biomarkerLabels[field]}
                value={draft.biomarkers[field]}
                onChange={(e) =>
                  change({ biomarkers: { ...draft.biomarkers, [field]: e.target.value } })
                }
              >
                <option value="">no change</option>
                {(field === 'brca' ? brcaStatuses : receptorStatuses).map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : null}

      {draft.type === 'local-therapy' ? (
        <div className="field-grid">
          <label>
            Modality
            <select
              aria-label="Modality"
              value={draft.modality}
              onChange={(e) => change({ modality: e.target.value })}
            >
              {localModalities.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            Site
            <select
              aria-label="Site"
              value={draft.site}
              onChange={(e) => change({ site: e.target.value })}
            >
              {siteNames.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            Technique (optional)
            <input
              value={draft.technique}
              onChange={(e) => change({ technique: e.target.value })}
            />
          </label>
        </div>
      ) : null}

      {draft.type === 'decision' ? (
        <div className="field-grid">
          <label>
            Candidate
            <select
              aria-label="Candidate"
              value={draft.candidate}
              onChange={(e) => change({ candidate: e.target.value })}
              {...described('candidate')}
            >
              <option value="">choose…</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            <FieldError id={`${fieldId('candidate')}-error`} message={errorFor('candidate')} />
          </label>
          <label>
            Decision
            <select
              aria-label="Decision"
              value={draft.choice}
              onChange={(e) => change({ choice: e.target.value })}
            >
              {decisionChoices.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            Follow-up (optional)
            <input
              type="date"
              value={draft.followUp}
              onChange={(e) => change({ followUp: e.target.value })}
              {...described('followUp')}
            />
            <FieldError id={`${fieldId('followUp')}-error`} message={errorFor('followUp')} />
          </label>
          <label className="wide">
            Rationale
            <textarea
              value={draft.rationale}
              onChange={(e) => change({ rationale: e.target.value })}
              rows={2}
            />
          </label>
        </div>
      ) : null}

      {draft.type === 'intolerance' || draft.type === 'break' || draft.type === 'stop-treatment' ? (
        <label className="wide">
          Note (optional)
          <input value={draft.note} onChange={(e) => change({ note: e.target.value })} />
        </label>
      ) : null}

      <FieldError id={`${fieldId('general')}-error`} message={errorFor('general')} />
      {refusal ? (
        <p className="form-error" role="alert">
          Not recorded: {refusal}. Nothing you typed was lost.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function RegimenField({
  draft,
  change,
  error,
}: {
  draft: EventDraft;
  change: (patch: Partial<EventDraft>) => void;
  error: string | undefined;
}) {
  return (
    <RegimenPicker
      regimen={draft.regimen}
      onChange={(regimen) => change({ regimen })}
      error={error}
    />
  );
}
