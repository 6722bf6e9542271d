// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { renderApp } from '../../../../test/render.tsx';
import { PatientForm } from './patient-form.tsx';

const started = buildCase({ er: 'positive', pr: 'unknown', her2: 'unknown' }, [
  { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  { date: '2025-01-20', type: 'start-line', regimen: ['letrozole'] },
]);

describe('PatientForm', () => {
  it('shows every patient field of the case format', () => {
    renderApp(<PatientForm />, { caseFile: started });
    for (const name of [
      'ER',
      'PR',
      'HER2',
      'Germline BRCA',
      'PD-L1',
      'Menopausal status',
      'Presentation',
    ]) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Age')).toBeInTheDocument();
    expect(screen.getByLabelText('ECOG')).toBeInTheDocument();
  });

  it('validates age as typed, says what is wrong and keeps the text', async () => {
    const user = userEvent.setup();
    renderApp(<PatientForm />, { caseFile: started });
    const age = screen.getByLabelText('Age');
    await user.type(age, '12');
    expect(screen.getByText('Age must be at least 18')).toBeInTheDocument();
    expect(age).toHaveValue('12');
    expect(age).toHaveAttribute('aria-invalid', 'true');
    await user.type(age, '00');
    expect(screen.getByText('Age must be at most 120')).toBeInTheDocument();
  });

  it('refuses a change that would make recorded events impossible, and says why', async () => {
    const user = userEvent.setup();
    renderApp(<PatientForm />, { caseFile: started });
    await user.selectOptions(screen.getByRole('combobox', { name: 'ER' }), 'unknown');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Not changed: This change would make event 2 \(start-line/,
    );
    expect(screen.getByRole('combobox', { name: 'ER' })).toHaveValue('positive');
  });
});
