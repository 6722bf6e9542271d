import { useId } from 'react';
import {
  decisionChoices,
  type DecisionDraft,
  type DecisionDraftErrors,
} from '../../domain/index.ts';
import { FieldError } from './field-error.tsx';
import { SelectField } from './select-field.tsx';

export interface DecisionFieldsProps {
  readonly draft: DecisionDraft;
  /** Called with the changed field only, so a form holding more than a decision can merge it. */
  readonly onChange: (patch: Partial<DecisionDraft>) => void;
  /** What may be chosen: the user sees the labels, the draft holds the id. */
  readonly candidates: ReadonlyArray<{ readonly id: string; readonly label: string }>;
  /** Problems by field, as `validateDecisionDraft` gives them; each shows under its field. */
  readonly errors?: DecisionDraftErrors;
  /** The decision's date: the follow-up picker starts there. */
  readonly decisionDate?: string | undefined;
}

/**
 * The fields of a decision on a candidate: the candidate, accepted / declined / deferred, an
 * optional follow-up date and the rationale. Used by the event form and the tumor board; check
 * what they hold with `validateDecisionDraft` (domain), in a `noValidate` form (the follow-up's
 * `min` would otherwise let the browser refuse the form with its own words). Each field is
 * named by its label alone, not by its label and its error.
 */
export function DecisionFields({
  draft,
  onChange,
  candidates,
  errors = {},
  decisionDate,
}: DecisionFieldsProps) {
  const id = useId();
  const described = (field: 'followUp' | 'rationale') =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};
  return (
    <div className="field-grid">
      <SelectField
        label="Candidate"
        options={[
          { value: '', label: 'choose…' },
          ...candidates.map((c) => ({ value: c.id, label: c.label })),
        ]}
        value={draft.candidate}
        onChange={(candidate) => onChange({ candidate })}
        error={errors.candidate}
      />
      <SelectField
        label="Decision"
        values={decisionChoices}
        value={draft.choice}
        onChange={(choice) => onChange({ choice })}
        error={errors.choice}
      />
      <label>
        Follow-up (optional)
        <input
          aria-label="Follow-up (optional)"
          type="date"
          value={draft.followUp}
          min={decisionDate || undefined}
          max="2100-12-31"
          onChange={(e) => onChange({ followUp: e.target.value })}
          {...described('followUp')}
        />
        <FieldError id={`${id}-followUp-error`} message={errors.followUp} />
      </label>
      <label className="wide">
        Rationale
        <textarea
          aria-label="Rationale"
          value={draft.rationale}
          onChange={(e) => onChange({ rationale: e.target.value })}
          rows={2}
          {...described('rationale')}
        />
        <FieldError id={`${id}-rationale-error`} message={errors.rationale} />
      </label>
    </div>
  );
}
