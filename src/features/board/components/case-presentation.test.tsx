// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import {
  knowledgeVersion,
  recommendCase,
  todayIsoDate,
  type CaseEvent,
} from '../../../domain/index.ts';
import { caseDisagreements, markPresented } from '../../../domain/board/index.ts';
import { knowledge } from '../../../lib/knowledge.ts';
import { CasePresentation } from './case-presentation.tsx';

const caseFile = buildCase({ er: 'positive', pr: 'positive', her2: 'negative' }, [
  { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
]);

function renderForm(
  onDecision: (event: CaseEvent) => Promise<string | undefined>,
  meetingDate?: string,
) {
  render(
    <CasePresentation
      caseFile={caseFile}
      previous={undefined}
      onDecision={onDecision}
      {...(meetingDate ? { meetingDate } : {})}
    />,
  );
  const form = screen.getByRole('heading', { name: 'Record a decision' }).closest('form')!;
  return within(form);
}

describe('the tumor board’s decision form', () => {
  it('says what is missing, field by field, and records nothing', async () => {
    const user = userEvent.setup();
    const onDecision = vi.fn(() => Promise.resolve(undefined));
    const form = renderForm(onDecision);
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    expect(form.getByRole('combobox', { name: 'Candidate' })).toHaveAccessibleDescription(
      'Choose a candidate',
    );
    expect(form.getByRole('textbox', { name: 'Rationale' })).toHaveAccessibleDescription(
      'Give a rationale',
    );
    expect(onDecision).not.toHaveBeenCalled();
  });

  it('offers candidates by label, records the decision once stored and clears the rationale', async () => {
    const user = userEvent.setup();
    let store: (refusal: string | undefined) => void = () => {};
    const onDecision = vi.fn(() => new Promise<string | undefined>((resolve) => (store = resolve)));
    const form = renderForm(onDecision);
    const candidate = form.getByRole('combobox', { name: 'Candidate' });
    const first = candidate.querySelectorAll('option')[1]!;
    expect(first.textContent).not.toBe(first.value);
    await user.selectOptions(candidate, first);
    await user.type(form.getByRole('textbox', { name: 'Rationale' }), ' Agreed by the board ');
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    expect(form.getByRole('status')).toHaveTextContent('Saving the decision…');
    expect(form.getByRole('button', { name: 'Record decision' })).toBeDisabled();
    expect(onDecision).toHaveBeenCalledWith({
      date: todayIsoDate(),
      type: 'decision',
      candidate: first.value,
      choice: 'accepted',
      rationale: 'Agreed by the board',
      knowledgeVersion,
    });
    store(undefined);
    expect(await form.findByText('Decision recorded.')).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: 'Rationale' })).toHaveValue('');
  });

  it('keeps what was typed when saving fails, with the error and an export', async () => {
    const user = userEvent.setup();
    const form = renderForm(() => Promise.reject(new Error('no space')));
    await user.selectOptions(form.getByRole('combobox', { name: 'Candidate' }), [
      form.getByRole('combobox', { name: 'Candidate' }).querySelectorAll('option')[1]!,
    ]);
    await user.type(form.getByRole('textbox', { name: 'Rationale' }), 'Board agreed');
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    const alert = await form.findByText(/The decision was not saved: no space/);
    expect(within(alert).getByRole('button', { name: 'Export now' })).toBeInTheDocument();
    expect(form.getByRole('status')).not.toHaveTextContent('Decision recorded');
    expect(form.getByRole('textbox', { name: 'Rationale' })).toHaveValue('Board agreed');
  });

  it('refuses a follow-up before the decision date', async () => {
    const user = userEvent.setup();
    const onDecision = vi.fn(() => Promise.resolve(undefined));
    const form = renderForm(onDecision);
    const followUp = form.getByLabelText('Follow-up (optional)');
    await user.type(followUp, '2025-01-01');
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    expect(followUp).toHaveAccessibleDescription(
      `The follow-up 2025-01-01 is before the decision date ${todayIsoDate()}`,
    );
    expect(onDecision).not.toHaveBeenCalled();
  });
});

describe('the date of a board decision', () => {
  it('is the meeting date unless changed, and the follow-up cannot be before it', async () => {
    const user = userEvent.setup();
    const onDecision = vi.fn(() => Promise.resolve(undefined));
    const form = renderForm(onDecision, '2025-02-04');
    const date = form.getByLabelText('Decision date');
    expect(date).toHaveValue('2025-02-04');
    fireEvent.change(date, { target: { value: '2025-02-06' } });
    const candidate = form.getByRole('combobox', { name: 'Candidate' });
    const first = candidate.querySelectorAll('option')[1]!;
    await user.selectOptions(candidate, first);
    await user.type(form.getByRole('textbox', { name: 'Rationale' }), 'Agreed');
    const followUp = form.getByLabelText('Follow-up (optional)');
    fireEvent.change(followUp, { target: { value: '2025-02-05' } });
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    expect(followUp).toHaveAccessibleDescription(
      'The follow-up 2025-02-05 is before the decision date 2025-02-06',
    );
    expect(onDecision).not.toHaveBeenCalled();
    // Fixed: the message goes as the field changes, and the decision is taken with both dates.
    fireEvent.change(followUp, { target: { value: '2025-05-06' } });
    expect(followUp).not.toHaveAccessibleDescription(/before/);
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    expect(onDecision).toHaveBeenCalledWith(
      expect.objectContaining({
        date: '2025-02-06',
        followUp: '2025-05-06',
        candidate: first.value,
      }),
    );
    // Stored: the form empties, the date stays for the next decision.
    expect(await form.findByText('Decision recorded.')).toBeInTheDocument();
    expect(candidate).toHaveValue('');
    expect(followUp).toHaveValue('');
    expect(form.getByRole('textbox', { name: 'Rationale' })).toHaveValue('');
    expect(date).toHaveValue('2025-02-06');
  });

  it('refuses a decision dated before the course’s last event or after today', async () => {
    const user = userEvent.setup();
    const onDecision = vi.fn(() => Promise.resolve(undefined));
    const form = renderForm(onDecision, '2025-01-01');
    const date = form.getByLabelText('Decision date');
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    expect(date).toHaveAccessibleDescription(
      'The decision date 2025-01-01 is before the last event of the course (2025-01-10)',
    );
    fireEvent.change(date, { target: { value: '2099-01-01' } });
    expect(date).toHaveAccessibleDescription(/The decision date 2099-01-01 is in the future/);
    expect(onDecision).not.toHaveBeenCalled();
  });
});

/** A stored value shown as is: a lowercase word joined by hyphens ("de-novo", "lymph-node"). */
const storedId = /\b[a-z]+(?:-[a-z0-9]+)+\b/;

const twoLines = buildCase(
  { er: 'positive', pr: 'negative', her2: 'negative', age: 58, ecog: 1, pdl1: 'unknown' },
  [
    { date: '2024-01-10', type: 'metastases', sites: [{ site: 'lymph-node', count: 2 }] },
    { date: '2024-01-20', type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
    { date: '2025-01-20', type: 'progression', sites: [{ site: 'liver' }] },
  ],
);

describe('the tumor-board presentation', () => {
  it('names the case as every screen does and gives the patient summary in words', () => {
    render(<CasePresentation caseFile={twoLines} previous={undefined} />);
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: '58 y, HR+/HER2-, lymph node + liver, line 2',
      }),
    ).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Patient summary' });
    expect(summary).toHaveTextContent('HR-positive (ER+ PR−), HER2-negative');
    expect(summary).toHaveTextContent('postmenopausal');
    expect(summary).toHaveTextContent('no germline BRCA mutation');
    expect(summary).toHaveTextContent('Sites: lymph node ×2, liver');
    expect(summary).toHaveTextContent(
      '1. letrozole + palbociclib, 20 Jan 2024 – 20 Jan 2025 (12 months, progression)',
    );
    expect(summary.textContent).not.toMatch(storedId);
    const header = summary.closest('header')!;
    expect(header.textContent).not.toMatch(
      /\b(er|pr|her2|brca|pdl1) (positive|negative)|onTherapy|choosing-line/,
    );
  });

  it('says new events and decisions in words, candidates by label', () => {
    const before = recommendCase(twoLines, knowledge);
    if (!before.ok) throw new Error('case does not replay');
    const previous = markPresented(twoLines.events, before.recommendation, '2025-01-25');
    const decided = buildCase(twoLines.patient, [
      ...twoLines.events,
      {
        date: '2025-02-01',
        type: 'decision',
        candidate: 'fulvestrant',
        choice: 'accepted',
        rationale: 'Agreed',
      },
    ]);
    render(<CasePresentation caseFile={decided} previous={previous} />);
    expect(
      screen.getByText(/New events: Accepted: Fulvestrant \(1 Feb 2025\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 Feb 2025: Accepted: Fulvestrant — Agreed/)).toBeInTheDocument();
  });

  it('gives tiers in words and each disagreement once, naming the candidates it concerns', () => {
    const her2 = buildCase(
      { er: 'negative', pr: 'negative', her2: 'positive', age: 45, menopause: 'pre' },
      [
        { date: '2023-06-10', type: 'metastases', sites: [{ site: 'lung', count: 2 }] },
        {
          date: '2023-06-20',
          type: 'start-line',
          regimen: ['pertuzumab', 'trastuzumab', 'docetaxel'],
        },
        { date: '2024-11-04', type: 'progression', sites: [{ site: 'brain' }] },
      ],
    );
    const result = recommendCase(her2, knowledge);
    if (!result.ok) throw new Error('case does not replay');
    const shown = result.recommendation.candidates.slice(0, 4);
    const disagreements = caseDisagreements(shown);
    // The case is worth testing: one disagreement concerns several of the shown candidates.
    expect(disagreements.some((d) => d.candidates.length > 1)).toBe(true);
    render(<CasePresentation caseFile={her2} previous={undefined} />);
    const list = screen.getByRole('heading', { name: /Top candidates/ }).nextElementSibling!;
    expect(list).not.toHaveTextContent(/disagree/i);
    for (const tag of list.querySelectorAll('.tier-tag'))
      expect(tag.textContent).toMatch(/^(Preferred|Alternative|Consider)$/);
    const section = screen.getByRole('heading', { name: 'Where the documents disagree' })
      .nextElementSibling as HTMLElement;
    expect(within(section).getAllByRole('listitem')).toHaveLength(disagreements.length);
    const page = document.body.textContent ?? '';
    for (const d of disagreements) {
      const about = d.about.slice(1);
      expect(page.split(about)).toHaveLength(2);
      expect(section).toHaveTextContent(`concerns ${d.candidates.join(', ')}`);
    }
  });
});
