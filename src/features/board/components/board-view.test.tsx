// @vitest-environment jsdom
import { freshLibraryForEachTest } from '../../../../test/fresh-library.ts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { renderApp } from '../../../../test/render.tsx';
import { saveCase } from '../../../session/library/case-store.ts';
import { BoardView } from './board-view.tsx';

freshLibraryForEachTest({ localStorage: true });

const boneLiver = buildCase({ age: 62 }, [
  { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone' }, { site: 'liver' }] },
  { date: '2024-01-20', type: 'start-line', regimen: ['letrozole'] },
]);

describe('the tumor-board agenda', () => {
  it('lists cases under their one name, in the library and on the agenda', async () => {
    const user = userEvent.setup();
    // Records written before the display name existed hold such a title.
    await saveCase({
      id: 'a',
      title: 'HR+/HER2- case 0f21',
      caseFile: boneLiver,
      expectedRevision: 'new',
    });
    await saveCase({
      id: 'b',
      title: 'Mrs A',
      caseFile: { ...boneLiver, title: 'Mrs A' },
      expectedRevision: 'new',
    });
    renderApp(<BoardView />);
    const library = (await screen.findByRole('heading', { name: 'Library' })).closest('section')!;
    const named = await within(library).findByText(/62 y, HR\+\/HER2-, bone \+ liver, line 1/);
    expect(library).not.toHaveTextContent('case 0f21');
    expect(within(library).getByText(/Mrs A/)).toBeInTheDocument();

    await user.click(within(named.closest('li')!).getByRole('button', { name: 'Add to agenda' }));
    const agenda = screen.getByRole('heading', { name: /Agenda/ }).closest('section')!;
    const item = within(agenda).getByRole('listitem');
    expect(item).toHaveTextContent('62 y, HR+/HER2-, bone + liver, line 1');
    expect(item).not.toHaveTextContent('case 0f21');
    expect(
      within(item).getByRole('button', {
        name: 'Move 62 y, HR+/HER2-, bone + liver, line 1 up',
      }),
    ).toBeDisabled();

    // The handout, printed from the agenda, uses the same name.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '62 y, HR+/HER2-, bone + liver, line 1',
    );
  });
});
