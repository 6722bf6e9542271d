// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PatientSummary as Summary } from '../../domain/index.ts';
import { PatientSummary } from './patient-summary.tsx';

const summary: Summary = {
  subtype: 'HR-positive (ER+ PR+), HER2-negative',
  facts: ['postmenopausal', '62 years', 'ECOG 1'],
  sites: ['bone ×3 (symptomatic: pain)', 'liver ×2'],
  lines: [
    {
      number: 1,
      regimen: 'letrozole + palbociclib',
      start: '2024-01-20',
      end: '2025-01-20',
      months: 12,
      ending: 'progression',
    },
    {
      number: 2,
      regimen: 'fulvestrant',
      start: '2025-02-01',
      end: undefined,
      months: 2.9,
      ending: 'still running',
    },
  ],
  unknowns: ['BRCA (could open 2 options)'],
};

describe('PatientSummary', () => {
  it('is a region named "Patient summary" with who, where and the course in three lines', () => {
    render(<PatientSummary summary={summary} formatDate={(iso) => iso} />);
    const region = screen.getByRole('region', { name: 'Patient summary' });
    const lines = within(region)
      .getAllByText((_, el) => el?.classList.contains('patient-summary__line') ?? false)
      .map((el) => el.textContent);
    expect(lines).toEqual([
      'HR-positive (ER+ PR+), HER2-negative · postmenopausal · 62 years · ECOG 1',
      'Sites: bone ×3 (symptomatic: pain), liver ×2 Still unknown: BRCA (could open 2 options)',
      'Lines: 1. letrozole + palbociclib, 2024-01-20–2025-01-20 (12 mo, progression); 2. fulvestrant, 2025-02-01 onwards (2.9 mo, still running)',
    ]);
  });

  it('says when nothing is documented yet', () => {
    render(
      <PatientSummary
        summary={{ ...summary, sites: [], lines: [], unknowns: [] }}
        formatDate={(iso) => iso}
      />,
    );
    const region = screen.getByRole('region', { name: 'Patient summary' });
    expect(region).toHaveTextContent('Sites: none documented yet');
    expect(region).toHaveTextContent('Lines: none yet');
    expect(region).not.toHaveTextContent('Still unknown');
  });
});
