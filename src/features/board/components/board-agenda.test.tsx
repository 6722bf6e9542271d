// @vitest-environment jsdom
import { freshLibraryForEachTest } from '../../../../test/fresh-library.ts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { renderApp } from '../../../../test/render.tsx';
import { listLibrary, saveCase } from '../../../session/library/case-store.ts';
import type { BundledCases } from '../board-cases.ts';
import { loadAgenda } from '../board-store.ts';
import { BoardView } from './board-view.tsx';

freshLibraryForEachTest({ localStorage: true });

const bone = buildCase({ age: 64, er: 'positive', pr: 'positive', her2: 'negative' }, [
  { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
]);
const liver = buildCase({ age: 51, er: 'negative', pr: 'negative', her2: 'negative' }, [
  { date: '2024-02-10', type: 'metastases', sites: [{ site: 'liver' }] },
]);
// A scenario whose course goes past its question (a first line, then intolerance, then a
// second line): the board takes it at its last question.
const scenarioCase = buildCase({ age: 70, er: 'positive', pr: 'positive', her2: 'negative' }, [
  { date: '2024-03-01', type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
  { date: '2024-03-11', type: 'start-line', regimen: ['anastrozole'] },
  { date: '2024-06-10', type: 'intolerance', agents: ['anastrozole'] },
  { date: '2024-06-24', type: 'start-line', regimen: ['tamoxifen'] },
]);

const bundled: BundledCases = {
  examples: [
    { id: 'bone', title: 'Bone example', caseFile: { ...bone, title: 'Bone example' } },
    { id: 'liver', title: 'Liver example', caseFile: { ...liver, title: 'Liver example' } },
  ],
  listScenarios: () => Promise.resolve([{ id: 'joint-pain', title: 'Joint pain scenario' }]),
  loadScenario: () => Promise.resolve({ ...scenarioCase, title: 'Joint pain scenario' }),
};

const agendaList = () => within(screen.getByRole('region', { name: /Agenda/ })).getByRole('list');
const agendaNames = () =>
  within(agendaList())
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.agenda-item__name')?.textContent);

async function addAll(user: ReturnType<typeof userEvent.setup>) {
  const examples = screen.getByRole('list', { name: 'Bundled examples' });
  const [first, second] = within(examples).getAllByRole('button', { name: 'Add to agenda' });
  await user.click(first!);
  await user.click(second!);
  const scenarios = await screen.findByRole('list', { name: 'Teaching scenarios' });
  await user.click(await within(scenarios).findByRole('button', { name: 'Add to agenda' }));
  await waitFor(() => expect(agendaNames()).toContain('Joint pain scenario'));
}

describe('the agenda from bundled examples and teaching scenarios', () => {
  it('gives each example and scenario its own add control, described by the case', async () => {
    const user = userEvent.setup();
    renderApp(<BoardView bundled={bundled} />);
    const examples = screen.getByRole('list', { name: 'Bundled examples' });
    const buttons = within(examples).getAllByRole('button', { name: 'Add to agenda' });
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toHaveAccessibleDescription(/Bone example/);
    await user.click(buttons[0]!);
    expect(within(examples).getByRole('button', { name: 'On the agenda' })).toBeDisabled();
    expect(screen.getByTestId('agenda-announcement')).toHaveTextContent(
      'Bone example added as number 1 of 1.',
    );
    expect(agendaList()).toHaveTextContent('1.Bone example');
    expect(agendaList()).toHaveTextContent('HR+/HER2-, line 1 · Example');
  });

  it('folds the bundled cases for a user with saved cases, and opens them on a click', async () => {
    const user = userEvent.setup();
    await saveCase({ id: 'mine', title: 'Mine', caseFile: bone, expectedRevision: 'new' });
    renderApp(<BoardView bundled={bundled} />);
    await screen.findByRole('list', { name: 'Saved cases' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Saved cases' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
    const examples = screen.getByText('Bundled examples (2)').closest('details')!;
    expect(examples.open).toBe(false);
    await user.click(screen.getByText('Bundled examples (2)'));
    expect(examples.open).toBe(true);
  });

  it('takes a scenario at its last question, with the lines before it', async () => {
    const user = userEvent.setup();
    renderApp(<BoardView bundled={bundled} />);
    const scenarios = await screen.findByRole('list', { name: 'Teaching scenarios' });
    await user.click(await within(scenarios).findByRole('button', { name: 'Add to agenda' }));
    await waitFor(() => expect(agendaList()).toHaveTextContent('line 2 · Teaching scenario'));
    await user.click(screen.getByRole('button', { name: 'Start presentation' }));
    const dialog = screen.getByRole('dialog', { name: 'Case 1 of 1' });
    expect(within(dialog).getByText('Line 2: choosing next treatment')).toBeInTheDocument();
    // Tamoxifen, started after the question, is the answer: not shown to the board.
    const summary = within(dialog).getByRole('region', { name: 'Patient summary' });
    expect(summary).toHaveTextContent('1. anastrozole, 11 Mar 2024 – 10 Jun 2024 (3 months');
    expect(summary).not.toHaveTextContent('tamoxifen');
  });

  it('reorders by keyboard, says the new place, keeps the focus and keeps it all on reload', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp(<BoardView bundled={bundled} />);
    await addAll(user);
    expect(agendaNames()).toEqual(['Bone example', 'Liver example', 'Joint pain scenario']);
    const down = screen.getByRole('button', { name: 'Move Bone example down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(agendaNames()).toEqual(['Liver example', 'Bone example', 'Joint pain scenario']);
    expect(screen.getByTestId('agenda-announcement')).toHaveTextContent(
      'Bone example is now number 2 of 3 on the agenda.',
    );
    expect(screen.getByRole('button', { name: 'Move Bone example down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(agendaNames()).toEqual(['Liver example', 'Joint pain scenario', 'Bone example']);
    // At the end the Down button is disabled: the focus goes to Up.
    expect(screen.getByRole('button', { name: 'Move Bone example up' })).toHaveFocus();

    const date = screen.getByLabelText('Meeting date');
    fireEvent.change(date, { target: { value: '2026-03-10' } });
    unmount();

    renderApp(<BoardView bundled={bundled} />);
    await waitFor(() =>
      expect(agendaNames()).toEqual(['Liver example', 'Joint pain scenario', 'Bone example']),
    );
    expect(screen.getByLabelText('Meeting date')).toHaveValue('2026-03-10');
  });

  it('reorders by dragging a case onto another place', async () => {
    const user = userEvent.setup();
    renderApp(<BoardView bundled={bundled} />);
    await addAll(user);
    const items = within(agendaList()).getAllByRole('listitem');
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    fireEvent.dragStart(items[2]!, { dataTransfer });
    fireEvent.dragOver(items[0]!, { dataTransfer });
    fireEvent.drop(items[0]!, { dataTransfer });
    expect(agendaNames()).toEqual(['Joint pain scenario', 'Bone example', 'Liver example']);
    expect(screen.getByTestId('agenda-announcement')).toHaveTextContent(
      'Joint pain scenario is now number 1 of 3 on the agenda.',
    );
  });

  it('keeps a half-typed meeting date on screen without storing it', () => {
    renderApp(<BoardView bundled={bundled} />);
    const date = screen.getByLabelText('Meeting date');
    fireEvent.change(date, { target: { value: '2026-04-01' } });
    fireEvent.change(date, { target: { value: '' } });
    expect(date).toHaveAccessibleDescription(/Give the meeting date as a full date/);
    expect(loadAgenda().meetingDate).toBe('2026-04-01');
  });
});

describe('presenting the agenda', () => {
  it('opens each case at its top and can be driven from outside (a URL)', async () => {
    const user = userEvent.setup();
    const onSlideChange = vi.fn();
    const { rerender } = renderApp(
      <BoardView bundled={bundled} slide={undefined} onSlideChange={onSlideChange} />,
    );
    await addAll(user);
    await user.click(screen.getByRole('button', { name: 'Start presentation' }));
    expect(onSlideChange).toHaveBeenLastCalledWith(0);
    rerender(<BoardView bundled={bundled} slide={0} onSlideChange={onSlideChange} />);
    const dialog = screen.getByRole('dialog', { name: 'Case 1 of 3' });
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Bone example');
    dialog.scrollTop = 600;
    await user.click(within(dialog).getByRole('button', { name: 'Next →' }));
    expect(onSlideChange).toHaveBeenLastCalledWith(1);
    rerender(<BoardView bundled={bundled} slide={1} onSlideChange={onSlideChange} />);
    const next = screen.getByRole('dialog', { name: 'Case 2 of 3' });
    expect(next.scrollTop).toBe(0);
    expect(within(next).getByRole('heading', { level: 2 })).toHaveTextContent('Liver example');
    // The summary comes first, before the candidates.
    const summary = within(next).getByRole('region', { name: 'Patient summary' });
    const candidates = within(next).getByRole('heading', { name: /Top candidates/ });
    expect(
      summary.compareDocumentPosition(candidates) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('saves a decision on an example as a new library case that takes its place', async () => {
    const user = userEvent.setup();
    renderApp(<BoardView bundled={bundled} />);
    const examples = screen.getByRole('list', { name: 'Bundled examples' });
    await user.click(within(examples).getAllByRole('button', { name: 'Add to agenda' })[0]!);
    fireEvent.change(screen.getByLabelText('Meeting date'), { target: { value: '2024-05-02' } });
    await user.click(screen.getByRole('button', { name: 'Start presentation' }));
    const form = within(screen.getByRole('form', { name: 'Record a decision' }));
    expect(form.getByLabelText('Decision date')).toHaveValue('2024-05-02');
    const candidate = form.getByRole('combobox', { name: 'Candidate' });
    await user.selectOptions(candidate, candidate.querySelectorAll('option')[1]!);
    await user.type(form.getByRole('textbox', { name: 'Rationale' }), 'Agreed');
    await user.click(form.getByRole('button', { name: 'Record decision' }));
    expect(await form.findByText('Decision recorded.')).toBeInTheDocument();
    const library = await act(() => listLibrary());
    expect(library).toHaveLength(1);
    const saved = library[0]!.status === 'ok' ? library[0]!.stored : undefined;
    expect(saved?.caseFile.events.at(-1)).toMatchObject({ type: 'decision', date: '2024-05-02' });
    expect(loadAgenda().items).toEqual([{ source: 'library', id: saved?.id }]);
    await user.click(screen.getByRole('button', { name: 'Leave (Esc)' }));
    expect(agendaList()).toHaveTextContent('Bone example');
    expect(agendaList()).toHaveTextContent('Library');
  });
});
