// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  emptyDecisionDraft,
  validateDecisionDraft,
  type DecisionDraft,
  type DecisionDraftErrors,
} from '../../domain/index.ts';
import { DecisionFields } from './decision-fields.tsx';

const candidates = [
  { id: 'ai-cdk46', label: 'Aromatase inhibitor + CDK4/6 inhibitor' },
  { id: 'fulvestrant', label: 'Fulvestrant' },
];

/** The fields in a form that checks them on submit, as the event form and the board do. */
function Harness({ onValid }: { onValid: (event: unknown) => void }) {
  const [draft, setDraft] = useState<DecisionDraft>(emptyDecisionDraft);
  const [errors, setErrors] = useState<DecisionDraftErrors>({});
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = validateDecisionDraft(draft, { decisionDate: '2025-03-01' });
        setErrors(result.ok ? {} : result.errors);
        if (result.ok) onValid(result.event);
      }}
    >
      <DecisionFields
        draft={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        candidates={candidates}
        errors={errors}
        decisionDate="2025-03-01"
      />
      <button type="submit">Record</button>
    </form>
  );
}

describe('DecisionFields', () => {
  it('offers the candidates by label and reports each change as a patch of one field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <DecisionFields
        draft={emptyDecisionDraft}
        onChange={onChange}
        candidates={candidates}
        decisionDate="2025-03-01"
      />,
    );
    const candidate = screen.getByRole('combobox', { name: 'Candidate' });
    expect([...candidate.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'choose…',
      'Aromatase inhibitor + CDK4/6 inhibitor',
      'Fulvestrant',
    ]);
    await user.selectOptions(candidate, 'Fulvestrant');
    expect(onChange).toHaveBeenLastCalledWith({ candidate: 'fulvestrant' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Decision' }), 'deferred');
    expect(onChange).toHaveBeenLastCalledWith({ choice: 'deferred' });
    await user.type(screen.getByRole('textbox', { name: 'Rationale' }), 'x');
    expect(onChange).toHaveBeenLastCalledWith({ rationale: 'x' });
    expect(screen.getByLabelText('Follow-up (optional)')).toHaveAttribute('min', '2025-03-01');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows each problem under its field, tied to it for screen readers', () => {
    render(
      <DecisionFields
        draft={emptyDecisionDraft}
        onChange={vi.fn()}
        candidates={candidates}
        errors={{ candidate: 'Choose a candidate', rationale: 'is too long' }}
      />,
    );
    const candidate = screen.getByRole('combobox', { name: 'Candidate' });
    expect(candidate).toHaveAttribute('aria-invalid', 'true');
    expect(candidate).toHaveAccessibleDescription('Choose a candidate');
    const rationale = screen.getByRole('textbox', { name: 'Rationale' });
    expect(rationale).toHaveAccessibleDescription('is too long');
    expect(screen.getByLabelText('Follow-up (optional)')).not.toHaveAttribute('aria-invalid');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Choose a candidate',
      'is too long',
    ]);
  });

  it('with validateDecisionDraft: refuses an early follow-up, then gives the event', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<Harness onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a candidate');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Candidate' }), 'Fulvestrant');
    const followUp = screen.getByLabelText('Follow-up (optional)');
    await user.type(followUp, '2025-02-01');
    await user.type(screen.getByRole('textbox', { name: 'Rationale' }), ' Board agreed ');
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(followUp).toHaveAccessibleDescription(
      'The follow-up 2025-02-01 is before the decision date 2025-03-01',
    );
    expect(onValid).not.toHaveBeenCalled();

    await user.clear(followUp);
    await user.type(followUp, '2025-06-01');
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onValid).toHaveBeenCalledWith({
      date: '2025-03-01',
      type: 'decision',
      candidate: 'fulvestrant',
      choice: 'accepted',
      rationale: 'Board agreed',
      followUp: '2025-06-01',
    });
  });
});
