// @vitest-environment jsdom
import { freshLibraryForEachTest } from '../../../../test/fresh-library.ts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { renderApp } from '../../../../test/render.tsx';
import { getCase, saveCase } from '../../../session/library/case-store.ts';
import { LibraryPanel } from './library-panel.tsx';

freshLibraryForEachTest();

const boneLiver = buildCase({ age: 62 }, [
  { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone' }, { site: 'liver' }] },
  { date: '2024-01-20', type: 'start-line', regimen: ['letrozole'] },
]);
const lung = buildCase({ age: 71 }, [
  { date: '2024-01-10', type: 'metastases', sites: [{ site: 'lung' }] },
]);

describe('the library lists each case under its one name', () => {
  it('shows the name built from the patient, not an old stored "case 0f21" title', async () => {
    // Records written before the display name existed hold such a title.
    await saveCase({
      id: 'a',
      title: 'HR+/HER2- case 0f21',
      caseFile: boneLiver,
      expectedRevision: 'new',
    });
    await saveCase({
      id: 'b',
      title: 'HR+/HER2- case 9c3e',
      caseFile: lung,
      expectedRevision: 'new',
    });
    await saveCase({
      id: 'c',
      title: 'Mrs A',
      caseFile: { ...lung, title: 'Mrs A' },
      expectedRevision: 'new',
    });
    renderApp(<LibraryPanel />);
    const table = await screen.findByRole('table', { name: 'Saved cases' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names.sort()).toEqual([
      '62 y, HR+/HER2-, bone + liver, line 1',
      '71 y, HR+/HER2-, lung, line 1',
      'Mrs A',
    ]);
    expect(names.join()).not.toMatch(/case [0-9a-f]{4}/);
  });

  it('finds a case by its name, and renaming without a change keeps it untitled', async () => {
    await saveCase({ id: 'a', title: 'x', caseFile: boneLiver, expectedRevision: 'new' });
    await saveCase({ id: 'b', title: 'y', caseFile: lung, expectedRevision: 'new' });
    const user = userEvent.setup();
    renderApp(<LibraryPanel />);
    const table = await screen.findByRole('table', { name: 'Saved cases' });
    await user.type(screen.getByRole('searchbox', { name: 'Search saved cases' }), 'liver');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['62 y, HR+/HER2-, bone + liver, line 1']);
    await user.click(within(table).getByRole('button', { name: 'Rename' }));
    expect(screen.getByRole('textbox', { name: 'New title' })).toHaveValue(
      '62 y, HR+/HER2-, bone + liver, line 1',
    );
    await user.click(within(table).getByRole('button', { name: 'Save' }));
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent(
      '62 y, HR+/HER2-, bone + liver, line 1',
    );
    expect((await getCase('a'))?.caseFile.title).toBeUndefined();
  });
});

describe('Export FHIR (mCODE)', () => {
  it('says which required elements the file leaves out, once per element', async () => {
    const saved: Blob[] = [];
    const originalCreate = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:test';
    };
    try {
      const user = userEvent.setup();
      renderApp(<LibraryPanel />, { caseFile: boneLiver });
      await user.click(screen.getByRole('button', { name: 'Export FHIR (mCODE)' }));
      const note = await screen.findByText(/FHIR file saved/);
      const report = note.closest('[role=status]');
      expect(report).not.toBeNull();
      const items = within(report as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
      // The case holds no name and no prescriber: reported, not made up.
      expect(items.some((t) => t.startsWith('Patient.name'))).toBe(true);
      expect(items.filter((t) => t.startsWith('MedicationRequest.requester'))).toHaveLength(1);
      expect(saved).toHaveLength(1);
      const bundle = JSON.parse(await (saved[0] as Blob).text()) as {
        resourceType: string;
        entry: { resource: { resourceType: string; name?: unknown } }[];
      };
      expect(bundle.resourceType).toBe('Bundle');
      const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient');
      expect(patient?.resource.name).toBeUndefined();
      await user.click(screen.getByRole('button', { name: 'Hide this note' }));
      expect(screen.queryByText(/FHIR file saved/)).not.toBeInTheDocument();
    } finally {
      URL.createObjectURL = originalCreate;
    }
  });
});
