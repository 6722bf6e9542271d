// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import type { CaseEvent } from '../../../domain/index.ts';
import type { EditResult } from '../../../session/case-log.ts';
import { emptyDraft } from './event-draft.ts';
import { EventForm } from './event-form.tsx';

function renderForm(onSubmit: (event: CaseEvent) => EditResult) {
  render(
    <EventForm
      allowedTypes={['start-line', 'metastases', 'stop-treatment']}
      initial={emptyDraft('start-line', '2025-02-01')}
      notBefore="2025-01-10"
      runningRegimen={[]}
      candidates={[]}
      submitLabel="Record event"
      onSubmit={onSubmit}
    />,
  );
}

describe('EventForm', () => {
  it('offers only the event types it is given', () => {
    renderForm(() => ({ ok: false, reason: 'unused' }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'Start a line of therapy',
      'Metastatic sites documented',
      'Stop anti-cancer treatment',
    ]);
  });

  it('completes brand names to canonical drugs with their class, and names an unknown word', async () => {
    const user = userEvent.setup();
    const accepted = buildCase({}, []);
    const submitted = vi.fn((): EditResult => ({ ok: true, caseFile: accepted }));
    renderForm(submitted);
    const input = screen.getByLabelText(/Regimen: add a drug/);
    await user.type(input, 'Femara{Enter}');
    await user.type(input, 'Phesgo{Enter}');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'letrozole aromatase inhibitor×',
      'trastuzumab anti-HER2×',
      'pertuzumab anti-HER2×',
    ]);
    await user.type(input, 'letrozol{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown drug "letrozol"');
    expect(input).toHaveValue('letrozol');
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(submitted).toHaveBeenCalledWith({
      date: '2025-02-01',
      type: 'start-line',
      regimen: ['letrozole', 'trastuzumab', 'pertuzumab'],
    });
  });

  it('shows field errors next to the field and keeps what was typed', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn((): EditResult => ({ ok: false, reason: 'unused' }));
    renderForm(submitted);
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(screen.getByText('must name at least one drug')).toBeInTheDocument();
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2024-12-31');
    expect(
      screen.getByText("2024-12-31 is before the previous event's date 2025-01-10"),
    ).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('shows the reason when the course refuses the event and keeps the form filled', async () => {
    const user = userEvent.setup();
    renderForm(() => ({ ok: false, reason: 'letrozole is already the running line 1' }));
    await user.type(screen.getByLabelText(/Regimen: add a drug/), 'letrozole{Enter}');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not recorded: letrozole is already the running line 1. Nothing you typed was lost.',
    );
    const chips = screen.getByRole('list', { name: 'Drugs in the regimen' });
    expect(chips).toHaveTextContent('letrozole');
  });

  it('validates lesion counts as they are typed', async () => {
    const user = userEvent.setup();
    renderForm(() => ({ ok: false, reason: 'unused' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Event' }), 'metastases');
    await user.type(screen.getByLabelText('Lesions'), '2.5');
    expect(screen.getByText('Lesion count must be a whole number')).toBeInTheDocument();
    expect(screen.getByLabelText('Lesions')).toHaveValue('2.5');
  });
});

describe('EventForm for a progression', () => {
  it('records no sites unless the user adds new or growing ones', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn((): EditResult => ({ ok: false, reason: 'checked' }));
    render(
      <EventForm
        allowedTypes={['response', 'progression']}
        initial={emptyDraft('response', '2025-06-01')}
        notBefore="2025-01-10"
        runningRegimen={['letrozole']}
        candidates={[]}
        submitLabel="Record event"
        onSubmit={submitted}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Event' }), 'progression');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(submitted).toHaveBeenLastCalledWith({ date: '2025-06-01', type: 'progression' });
    await user.click(screen.getByRole('button', { name: 'Add new or growing sites' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Site' }), 'liver');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(submitted).toHaveBeenLastCalledWith({
      date: '2025-06-01',
      type: 'progression',
      sites: [{ site: 'liver' }],
    });
  });

  it('records a decision with the shared decision fields: labels shown, follow-up not before the decision', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn((): EditResult => ({ ok: false, reason: 'unused' }));
    render(
      <EventForm
        allowedTypes={['decision']}
        initial={emptyDraft('decision', '2025-02-01')}
        notBefore="2025-01-10"
        runningRegimen={[]}
        candidates={[{ id: 'fulvestrant-alone', label: 'Fulvestrant alone' }]}
        submitLabel="Record event"
        onSubmit={submitted}
      />,
    );
    expect(screen.getByRole('option', { name: 'Fulvestrant alone' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Candidate'), 'Fulvestrant alone');
    await user.type(screen.getByLabelText('Follow-up (optional)'), '2025-01-20');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(
      screen.getByText('The follow-up 2025-01-20 is before the decision date 2025-02-01'),
    ).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Follow-up (optional)'));
    await user.type(screen.getByLabelText('Follow-up (optional)'), '2025-03-01');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(submitted).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'decision',
        candidate: 'fulvestrant-alone',
        followUp: '2025-03-01',
      }),
    );
  });

  it('refuses a date after today, saying it is in the future', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn((): EditResult => ({ ok: false, reason: 'unused' }));
    renderForm(submitted);
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(
      screen.getByText(/^2099-01-01 is in the future \(today is \d{4}-\d{2}-\d{2}\)$/),
    ).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('chooses no response result for the user', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn((): EditResult => ({ ok: false, reason: 'unused' }));
    render(
      <EventForm
        allowedTypes={['response']}
        initial={emptyDraft('response', '2025-02-01')}
        notBefore="2025-01-10"
        runningRegimen={['letrozole']}
        candidates={[]}
        submitLabel="Record event"
        onSubmit={submitted}
      />,
    );
    expect(screen.getByLabelText('Assessment')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(screen.getByText(/^Choose the assessment/)).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('Assessment'), 'stable disease');
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(submitted).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'response', assessment: 'stable' }),
    );
  });

  it('offers the known drug a misspelt name was meant to be, and adds it on a click', async () => {
    const user = userEvent.setup();
    renderForm(() => ({ ok: false, reason: 'unused' }));
    const input = screen.getByLabelText(/Regimen: add a drug/);
    await user.type(input, 'letrozol{Enter}');
    expect(screen.getByText('Unknown drug "letrozol"')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Did you mean letrozole?' }));
    expect(screen.getByRole('list', { name: 'Drugs in the regimen' })).toHaveTextContent(
      'letrozole',
    );
    expect(screen.queryByText(/Unknown drug/)).not.toBeInTheDocument();
  });
});
