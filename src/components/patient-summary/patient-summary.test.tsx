// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PatientSummary as Summary } from '../../domain/index.ts';
import { PatientSummary } from './patient-summary.tsx';

const summary: Summary = {
  subtype: 'HR-positive (ER+ PR+), HER2-negative',
  facts: ['postmenopausal', '62 years', 'ECOG 1', 'BRCA unknown', 'PD-L1 negative', 'de novo'],
  sites: ['bone ×3 (symptomatic: pain)', 'liver ×2'],
  state: 'Line 2 running since 1 Feb 2025',
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
  unknowns: ['BRCA status (could open PARP inhibitor)'],
};

const lineTexts = (region: HTMLElement) =>
  [...region.querySelectorAll('.patient-summary__line')].map((el) => el.textContent);

describe('PatientSummary', () => {
  it('is a region named "Patient summary": who, where and what is unknown, and the course', () => {
    render(<PatientSummary summary={summary} formatDate={(iso) => `<${iso}>`} />);
    const region = screen.getByRole('region', { name: 'Patient summary' });
    expect(lineTexts(region)).toEqual([
      'HR-positive (ER+ PR+), HER2-negative · postmenopausal · 62 years · ECOG 1 · BRCA unknown · PD-L1 negative · de novo',
      'Sites: bone ×3 (symptomatic: pain), liver ×2 · Still unknown: BRCA status (could open PARP inhibitor)',
      'Line 2 running since 1 Feb 2025 · Treatment lines: 1. letrozole + palbociclib, <2024-01-20> – <2025-01-20> (12 months, progression); 2. fulvestrant, since <2025-02-01> (2.9 months, still running)',
    ]);
  });

  it('leaves the state out where a banner already says it', () => {
    render(<PatientSummary summary={summary} formatDate={(iso) => iso} showState={false} />);
    const region = screen.getByRole('region', { name: 'Patient summary' });
    expect(lineTexts(region)[2]).toMatch(/^Treatment lines: 1\. letrozole/);
    expect(region).not.toHaveTextContent('running since');
  });

  it('dates the last two lines only, so a long course stays short', () => {
    const four = [1, 2, 3, 4].map((n) => ({
      ...summary.lines[0]!,
      number: n,
      regimen: `drug ${n}`,
      start: `202${n}-01-01`,
      end: `202${n}-06-01`,
    }));
    render(
      <PatientSummary
        summary={{ ...summary, lines: four }}
        formatDate={(iso) => iso}
        showState={false}
      />,
    );
    expect(lineTexts(screen.getByRole('region', { name: 'Patient summary' }))[2]).toBe(
      'Treatment lines: 1. drug 1 (12 months, progression); 2. drug 2 (12 months, progression); ' +
        '3. drug 3, 2023-01-01 – 2023-06-01 (12 months, progression); 4. drug 4, 2024-01-01 – 2024-06-01 (12 months, progression)',
    );
  });

  it('says when nothing is documented yet, and no "Still unknown" when nothing would change', () => {
    render(
      <PatientSummary
        summary={{ ...summary, sites: [], lines: [], unknowns: [] }}
        formatDate={(iso) => iso}
      />,
    );
    const region = screen.getByRole('region', { name: 'Patient summary' });
    expect(region).toHaveTextContent('Sites: none documented yet');
    expect(region).toHaveTextContent('Treatment lines: none yet');
    expect(region).not.toHaveTextContent('Still unknown');
  });

  it('prints as plain paragraphs, the same three lines, and no landmark', () => {
    const { container } = render(
      <PatientSummary summary={summary} formatDate={(iso) => iso} variant="print" />,
    );
    expect(screen.queryByRole('region')).toBeNull();
    const printed = container.querySelector('.patient-summary.patient-summary--print');
    expect(printed?.tagName).toBe('DIV');
    expect(lineTexts(printed as HTMLElement)).toHaveLength(3);
    expect(printed).toHaveTextContent('HR-positive (ER+ PR+), HER2-negative · postmenopausal');
    expect(printed).toHaveTextContent('Line 2 running since 1 Feb 2025 · Treatment lines: 1.');
  });
});
