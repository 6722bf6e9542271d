// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { collectionBundle } from '../../../../mocks/fhir/patients.ts';
import { type CaseFile } from '../../../domain/index.ts';
import { importFhirBundle, type FhirImportDraft } from '../../../domain/fhir/index.ts';
import { FhirReview } from './fhir-review.tsx';

function draftOf(id: string): FhirImportDraft {
  const result = importFhirBundle(collectionBundle(id));
  if (!result.ok) throw new Error('synthetic patient did not import');
  return result.draft;
}

describe('FHIR import review', () => {
  it('shows what was found and refuses a selection the course cannot take, saving nothing', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(caseFile: CaseFile) => void>();
    render(
      <FhirReview
        draft={draftOf('hr-positive')}
        origin="file a.json"
        onSave={onSave}
        onDiscard={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: /Review the import: Ada/ })).toBeInTheDocument();
    expect(screen.getByText(/resources mapped/)).toHaveTextContent(
      /13 resources mapped, 1 not mapped, 0 not used/,
    );
    // Leaving out the metastases leaves a line that could not have started.
    await user.click(screen.getByRole('checkbox', { name: /Include Metastases: bone/ }));
    await user.click(screen.getByRole('button', { name: 'Save as a new case and open it' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /events\[0\]: start-line on 2024-02-01 is not possible/,
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('re-checks the course as the user corrects it, before anything is saved', async () => {
    const user = userEvent.setup();
    render(
      <FhirReview
        draft={draftOf('hr-positive')}
        origin="file a.json"
        onSave={vi.fn()}
        onDiscard={vi.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/Ready to save/);
    await user.click(screen.getByRole('checkbox', { name: /Include Metastases: bone/ }));
    expect(screen.getByRole('status')).toHaveTextContent(/Not ready to save/);
    expect(
      screen.getAllByText(/Would be refused: start-line on 2024-02-01/).length,
    ).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: /Include Metastases: bone/ }));
    expect(screen.getByRole('status')).toHaveTextContent(/Ready to save/);
    expect(screen.queryByText(/Would be refused/)).toBeNull();
  });

  it('points out a left-out line that a corrected receptor status makes possible', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(caseFile: CaseFile) => void>();
    render(
      <FhirReview
        draft={draftOf('messy')}
        origin="file m.json"
        onSave={onSave}
        onDiscard={vi.fn()}
      />,
    );
    expect(screen.queryByText(/now fits/)).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'ER' }), 'positive');
    expect(screen.getByText(/now fits: tick to include/)).toBeInTheDocument();
    const row = screen.getByText(/now fits/).closest('tr');
    const box = row?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!box) throw new Error('row without a checkbox');
    await user.click(box);
    expect(screen.getByRole('status')).toHaveTextContent(/Ready to save/);
    await user.click(screen.getByRole('button', { name: 'Save as a new case and open it' }));
    expect(onSave.mock.calls[0]?.[0].events.some((e) => e.type === 'start-line')).toBe(true);
  });

  it('saves the corrected baseline and the chosen title', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(caseFile: CaseFile) => void>();
    render(
      <FhirReview
        draft={draftOf('hr-positive')}
        origin="file a.json"
        onSave={onSave}
        onDiscard={vi.fn()}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Presentation' }), 'recurrent');
    await user.selectOptions(screen.getByRole('combobox', { name: 'PD-L1' }), 'negative');
    const title = screen.getByRole('textbox', { name: 'Case title' });
    await user.clear(title);
    await user.type(title, 'Ada, board 12 May');
    await user.click(screen.getByRole('button', { name: 'Save as a new case and open it' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved?.title).toBe('Ada, board 12 May');
    expect(saved?.patient).toMatchObject({
      presentation: 'recurrent',
      pdl1: 'negative',
      er: 'positive',
    });
    expect(saved?.events).toHaveLength(5);
  });

  it('filters the resource list and marks facts to check in words, not colour only', async () => {
    const user = userEvent.setup();
    render(
      <FhirReview draft={draftOf('messy')} origin="server" onSave={vi.fn()} onDiscard={vi.fn()} />,
    );
    expect(screen.getAllByText('Check').length).toBeGreaterThan(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'not-mapped');
    const rows = screen.getAllByRole('row').filter((r) => r.textContent?.includes('Not mapped'));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(screen.queryByText('Mapped')).not.toBeInTheDocument();
  });
});

describe('FHIR import review of a real public record', () => {
  it('shows early-stage treatment, stage, histology and variants without using them', () => {
    const text = readFileSync('test/fixtures/fhir-public/mcode-ig-jenny-m-bundle.json', 'utf8');
    const result = importFhirBundle(JSON.parse(text));
    if (!result.ok) throw new Error('the mCODE example did not import');
    render(
      <FhirReview
        draft={result.draft}
        origin="file jenny.json"
        onSave={vi.fn()}
        onDiscard={vi.fn()}
      />,
    );
    const section = screen.getByRole('region', { name: /Also in the record/ });
    expect(within(section).getByText(/Early-stage treatment/)).toBeInTheDocument();
    expect(within(section).getAllByText(/curative intent/).length).toBeGreaterThanOrEqual(5);
    expect(within(section).getByRole('rowheader', { name: 'Histology' })).toBeInTheDocument();
    expect(within(section).getByText('PALB2 variant (somatic)')).toBeInTheDocument();
  });

  it('offers radiotherapy for the user to confirm, unticked', () => {
    const text = readFileSync('test/fixtures/fhir-public/ctm-service-patient-data.json', 'utf8');
    const result = importFhirBundle(JSON.parse(text));
    if (!result.ok) throw new Error('the public record did not import');
    render(
      <FhirReview draft={result.draft} origin="file p.json" onSave={vi.fn()} onDiscard={vi.fn()} />,
    );
    const box = screen.getAllByRole('checkbox', { name: /Include .*brain.* on 2018-01-26/i })[0];
    expect(box).not.toBeChecked();
    expect(screen.getAllByText(/To confirm:/).length).toBeGreaterThan(0);
  });
});
