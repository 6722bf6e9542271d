// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { recommendCase, type Recommendation } from '../../../domain/index.ts';
import { CandidatesTable } from './candidates-table.tsx';
import { ExcludedTable } from './excluded-table.tsx';
import { knowledge } from '../../../../test/knowledge.ts';

function recommendationFor(): Recommendation {
  const result = recommendCase(
    buildCase({}, [
      {
        date: '2025-03-02',
        type: 'metastases',
        sites: [{ site: 'bone', count: 4, symptomatic: true, complications: ['pain'] }],
      },
    ]),
    knowledge,
  );
  if (!result.ok) throw new Error('invalid case');
  return result.recommendation;
}

const rowIds = () =>
  screen
    .getAllByRole('row')
    .map((row) => row.getAttribute('data-candidate'))
    .filter((id): id is string => id !== null);
const rowOf = (id: string) =>
  document.querySelector<HTMLElement>(`tr[data-candidate="${id}"]`) ??
  (() => {
    throw new Error(`no row ${id}`);
  })();
const columnText = (column: string) =>
  Array.from(document.querySelectorAll(`td[data-column="${column}"]`)).map((td) => td.textContent);

describe('CandidatesTable', () => {
  const recommendation = recommendationFor();

  it('lists candidates in ranked order by default', () => {
    render(<CandidatesTable candidates={recommendation.candidates} />);
    expect(rowIds()).toEqual(recommendation.candidates.map((c) => c.id));
    expect(
      screen.getByText(
        `${recommendation.candidates.length} of ${recommendation.candidates.length} shown`,
      ),
    ).toBeInTheDocument();
  });

  it('sorts tier in clinical order, not alphabetically, and announces it', async () => {
    const user = userEvent.setup();
    render(<CandidatesTable candidates={recommendation.candidates} />);
    await user.click(screen.getByRole('button', { name: /^Tier/ }));
    const tiers = columnText('tier');
    expect(tiers[0]).toBe('Preferred');
    expect(tiers.at(-1)).toBe('Consider');
    expect(screen.getByRole('columnheader', { name: /Tier/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getAllByText('Sorted by tier, ascending').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /^Tier/ }));
    expect(columnText('tier')[0]).toBe('Consider');
  });

  it('sorts by option name alphabetically', async () => {
    const user = userEvent.setup();
    render(<CandidatesTable candidates={recommendation.candidates} />);
    await user.click(screen.getByRole('button', { name: /^Option and agents/ }));
    const labels = recommendation.candidates.map((c) => c.label).sort((a, b) => a.localeCompare(b));
    expect(screen.getAllByRole('row').slice(1)[0]).toHaveTextContent(labels[0] ?? '');
  });

  it('filters by modality and tier, and searches', async () => {
    const user = userEvent.setup();
    render(<CandidatesTable candidates={recommendation.candidates} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Modality' }), 'endocrine');
    expect(columnText('modality').every((text) => /Endocrine|also .*endocrine/.test(text))).toBe(
      true,
    );
    // A hormone drug with a targeted drug shows both modalities and is found under both.
    expect(rowIds()).toContain('aromatase-inhibitor-cdk46');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Modality' }), 'targeted');
    expect(rowIds()).toContain('aromatase-inhibitor-cdk46');
    expect(columnText('modality').every((text) => /Targeted|also .*targeted/.test(text))).toBe(
      true,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Modality' }), 'endocrine');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), 'preferred');
    expect(rowIds()).toEqual(['aromatase-inhibitor']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Modality' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), '');
    await user.type(screen.getByRole('searchbox'), 'palbociclib');
    expect(rowIds()).toEqual(['aromatase-inhibitor-cdk46']);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'no such drug');
    expect(screen.getByText('No candidate matches the filters.')).toBeInTheDocument();
  });

  it('expands a row to show why it applies, its sources and disagreements', async () => {
    const user = userEvent.setup();
    render(<CandidatesTable candidates={recommendation.candidates} />);
    const button = screen.getByRole('button', { name: 'Show details of Tamoxifen' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const detail = document.getElementById('detail-tamoxifen');
    if (!detail) throw new Error('detail row missing');
    const panel = within(detail);
    expect(panel.getByText('Why it applies')).toBeInTheDocument();
    expect(panel.getAllByText(/Stage 4 Breast Cancer Treatment Options/).length).toBeGreaterThan(0);
    expect(panel.getByText('Where the documents disagree')).toBeInTheDocument();
  });

  it('shows a row its quotes once and its rationale once (in the row, not again below)', async () => {
    const user = userEvent.setup();
    render(<CandidatesTable candidates={recommendation.candidates} />);
    await user.click(screen.getByRole('button', { name: 'Show details of Tamoxifen' }));
    const tamoxifen = recommendation.candidates.find((c) => c.id === 'tamoxifen');
    if (!tamoxifen) throw new Error('tamoxifen is not a candidate');
    expect(screen.getAllByText(tamoxifen.rationale)).toHaveLength(1);
    const detail = document.getElementById('detail-tamoxifen');
    expect(detail?.querySelectorAll('blockquote').length).toBeGreaterThan(0);
    expect(
      within(detail as HTMLElement).getAllByRole('button', { name: /^Open document 00\d$/ }).length,
    ).toBeGreaterThan(0);
  });

  it('collapses a long agent list to its class and a count, and opens it on demand or on a search', async () => {
    const user = userEvent.setup();
    render(<CandidatesTable candidates={recommendation.candidates} />);
    const row = () => document.querySelector('tr[data-candidate="chemotherapy-with-endocrine"]');
    const agents = () => row()?.querySelector('.candidate-agents')?.textContent ?? '';
    expect(agents()).toMatch(/^chemotherapy \(15 agents\) \+ hormone therapy \(6 agents\)/);
    expect(agents()).not.toContain('capecitabine');
    const toggle = within(row() as HTMLElement).getByRole('button', { name: /show all/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(agents()).toContain('capecitabine');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(agents()).not.toContain('capecitabine');
    // A short list is never collapsed.
    expect(
      document.querySelector('tr[data-candidate="aromatase-inhibitor-cdk46"] .candidate-agents')
        ?.textContent,
    ).toContain('palbociclib');
    // A search naming a hidden agent shows it.
    await user.type(screen.getByRole('searchbox'), 'capecitabine');
    expect(rowIds()).toContain('chemotherapy-with-endocrine');
    expect(agents()).toContain('capecitabine');
  });

  it('redraws a row whose candidate changed under the same id, and keeps the others as they were', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CandidatesTable candidates={recommendation.candidates} />);
    const [first, second, ...rest] = recommendation.candidates;
    if (!first || !second) throw new Error('the example has at least two candidates');
    await user.click(within(rowOf(first.id)).getByRole('button', { name: /Show details/ }));
    // The next recommendation: the second candidate rebuilt with new words, the rest the same
    // objects (as shareUnchanged hands them on).
    const changed = { ...second, rationale: 'A different reason, after the event.' };
    rerender(<CandidatesTable candidates={[first, changed, ...rest]} />);
    expect(
      within(rowOf(second.id)).getByText('A different reason, after the event.'),
    ).toBeVisible();
    expect(within(rowOf(first.id)).getByRole('button', { name: /Hide details/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(rowIds()).toEqual(recommendation.candidates.map((c) => c.id));
  });

  it('says when what is searched for is in the Why not list, and leads to it', async () => {
    const user = userEvent.setup();
    const result = recommendCase(
      buildCase({ er: 'negative', pr: 'negative', her2: 'negative', brca: 'mutated' }, [
        { date: '2025-03-02', type: 'metastases', sites: [{ site: 'lung', count: 2 }] },
      ]),
      knowledge,
    );
    if (!result.ok) throw new Error('invalid case');
    const { candidates, excluded } = result.recommendation;
    render(
      <>
        <CandidatesTable candidates={candidates} excluded={excluded} />
        <ExcludedTable excluded={excluded} />
      </>,
    );
    await user.type(screen.getByRole('searchbox'), 'palbociclib');
    expect(screen.getByText('No candidate matches the filters.')).toBeInTheDocument();
    const notice = screen.getByText(/^palbociclib: ruled out in/);
    expect(notice).toHaveTextContent(
      'palbociclib: ruled out in “Aromatase inhibitor + CDK4/6 inhibitor”, see Why not',
    );
    await user.click(within(notice).getByRole('button', { name: 'see Why not' }));
    expect(document.activeElement?.getAttribute('data-excluded')).toBe(
      excluded.find((e) => e.label === 'Aromatase inhibitor + CDK4/6 inhibitor')?.id,
    );
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'tamoxifen');
    expect(screen.getByText(/^Tamoxifen: ruled out,/)).toBeInTheDocument();
  });
});
