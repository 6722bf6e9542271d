// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import type { StoredCase } from '../../../session/library/case-store.ts';
import { boardCase } from '../board-cases.ts';
import { PrintHandout } from './print-handout.tsx';

/** A stored value shown as is: a lowercase word joined by hyphens ("de-novo", "lymph-node"). */
const storedId = /\b[a-z]+(?:-[a-z0-9]+)+\b/;

const caseFile = buildCase(
  { er: 'positive', pr: 'positive', her2: 'negative', age: 62, menopause: 'pre' },
  [
    { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone', count: 3 }] },
    { date: '2024-01-20', type: 'start-line', regimen: ['tamoxifen'] },
    { date: '2025-01-20', type: 'progression' },
    {
      date: '2025-02-01',
      type: 'decision',
      candidate: 'fulvestrant',
      choice: 'accepted',
      rationale: 'Agreed',
      followUp: '2025-04-01',
    },
  ],
);

// Records saved before the display name existed hold a title like this.
const stored: StoredCase = {
  id: 'a',
  title: 'HR+/HER2- case 0f21',
  caseFile,
  createdAt: '2025-02-01T10:00:00Z',
  updatedAt: '2025-02-01T10:00:00Z',
  revision: 1,
};

describe('the printed handout', () => {
  it('heads each page with the case’s one name and prints the patient summary in words', () => {
    render(
      <PrintHandout
        entries={[boardCase({ source: 'library', id: 'a' }, stored.caseFile, stored)]}
        meetingDate="2025-02-01"
      />,
    );
    const page = screen.getByRole('heading', { level: 1 }).closest('section')!;
    expect(within(page).getByRole('heading', { level: 1 })).toHaveTextContent(
      '62 y, HR+/HER2-, bone, line 2',
    );
    expect(page).not.toHaveTextContent('case 0f21');
    const summary = page.querySelector<HTMLElement>('.patient-summary--print')!;
    expect(summary).toHaveTextContent('HR-positive (ER+ PR+), HER2-negative');
    expect(summary).toHaveTextContent('premenopausal');
    expect(summary).toHaveTextContent('Sites: bone ×3');
    // No banner on paper: the summary says the state itself.
    expect(summary).toHaveTextContent(/Line 2: .* · Treatment lines: 1\. tamoxifen/);
    expect(summary).toHaveTextContent('(12 months, progression)');
    expect(summary.textContent).not.toMatch(storedId);
    // Plain text for paper: no landmark, nothing to press.
    expect(within(page).queryByRole('region', { name: 'Patient summary' })).toBeNull();
    expect(within(page).queryByRole('button')).toBeNull();
    expect(within(page).getByText(/Accepted: Fulvestrant\. Agreed/)).toHaveTextContent(
      '1 Feb 2025: Accepted: Fulvestrant. Agreed Follow-up: 1 Apr 2025.',
    );
  });

  it('gives the meeting, the candidates discussed with tiers in words, and plain words only', () => {
    const deNovo = buildCase(
      { er: 'positive', pr: 'positive', her2: 'negative', age: 70, presentation: 'de-novo' },
      [{ date: '2025-01-10', type: 'metastases', sites: [{ site: 'lymph-node', count: 2 }] }],
    );
    render(
      <PrintHandout
        entries={[
          boardCase({ source: 'example', id: 'x' }, deNovo),
          boardCase({ source: 'library', id: 'a' }, stored.caseFile, stored),
        ]}
        meetingDate="2025-03-04"
      />,
    );
    const [first, second] = screen
      .getAllByRole('heading', { level: 1 })
      .map((h) => h.closest('section')!);
    expect(first).toHaveTextContent('Tumor board, 4 Mar 2025 · case 1 of 2');
    expect(second).toHaveTextContent('case 2 of 2');
    expect(first!.querySelector('.patient-summary--print')).toHaveTextContent('de novo');
    const table = within(first!).getByRole('table', { name: /Candidates discussed for line 1/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(4);
    for (const row of rows)
      expect(row.querySelectorAll('td')[0]!.textContent).toMatch(
        /^(Preferred|Alternative|Consider)$/,
      );
    expect(within(first!).getByRole('heading', { name: 'Decision' })).toBeInTheDocument();
    expect(first).toHaveTextContent('None recorded yet.');
    // The closing lines sit with the decision, kept together on paper.
    expect(first!.querySelector('.handout-end .handout-footer')).not.toBeNull();
    const summaryText = first!.querySelector('.patient-summary--print')!.textContent ?? '';
    expect(summaryText).not.toMatch(storedId);
  });
});
