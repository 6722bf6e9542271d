import { useId, useState } from 'react';
import { useWarnBeforeLeaving } from '../../../lib/use-warn-before-leaving.ts';
import { FieldError } from '../../../components/forms/field-error.tsx';
import { SelectField } from '../../../components/forms/select-field.tsx';
import { todayIsoDate, type CaseEvent, type EventType } from '../../../domain/index.ts';
import type { EditResult } from '../../../session/case-log.ts';
import { draftOnTypeChange, eventTypeForms } from './event-type-fields.tsx';
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
        <SelectField
          label="Event"
          options={allowedTypes.map((t) => ({ value: t, label: eventTypeForms[t].label }))}
          value={draft.type}
          onChange={(type) => change(draftOnTypeChange(draft, type))}
        />
        <label>
          Date
          <input
            type="date"
            value={draft.date}
            min={notBefore}
            max={todayIsoDate()}
            onChange={(e) => change({ date: e.target.value })}
            {...described('date')}
          />
          <FieldError id={`${fieldId('date')}-error`} message={errorFor('date')} />
        </label>
      </div>

      {eventTypeForms[draft.type].fields({
        draft,
        change,
        errors,
        errorFor,
        errorId: (name) => `${fieldId(name)}-error`,
        runningRegimen,
        candidates,
      })}

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
