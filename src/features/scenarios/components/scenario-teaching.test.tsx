// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  parseTeachingProgress,
  serialiseTeachingProgress,
  teachingProgressKey,
} from '../../../domain/teaching/index.ts';
import { renderApp } from '../../../../test/render.tsx';
import { ScenarioLibrary, type ScenarioLibraryProps } from './scenario-player.tsx';

/**
 * Teaching mode as a trainee meets it: the patient and the course before each choice, the
 * choices grouped by modality, the summary at the end against the learning goal with the
 * documents' words, and progress kept across scenarios in this browser.
 */

const intolerance = 'HR+/HER2-, joint pain on anastrozole';
const renderLibrary = (props: ScenarioLibraryProps = {}) =>
  renderApp(<ScenarioLibrary {...props} />);

beforeEach(() => {
  localStorage.clear();
});

async function choose(user: UserEvent, optionId: string) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Your choice' }), optionId);
  await user.click(screen.getByRole('button', { name: 'Show what the documents support' }));
}

/** Plays the intolerance scenario to its summary: one choice ruled out, one supported. */
async function finishIntolerance(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: intolerance }));
  const forward = await screen.findByRole('button', { name: 'Forward →' });
  await user.click(forward);
  await choose(user, 'chemotherapy-single-agent');
  await user.click(forward);
  await user.click(forward);
  await choose(user, 'tamoxifen');
  await user.click(forward);
  return screen.getByRole('region', { name: 'Scenario summary' });
}

describe('a teaching step', () => {
  it('shows the patient summary and the course so far before the choice', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: intolerance }));
    await user.click(await screen.findByRole('button', { name: 'Forward →' }));
    const summary = screen.getByRole('region', { name: 'Patient summary' });
    const course = screen.getByRole('heading', { name: 'Course so far' });
    const choice = screen.getByRole('combobox', { name: 'Your choice' });
    expect(summary).toHaveTextContent('Sites: bone ×2');
    expect(document.querySelector('.event-log')).toHaveTextContent('Metastases: bone ×2');
    // In reading order: the patient, then the course, then the choice.
    expect(summary.compareDocumentPosition(course) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(course.compareDocumentPosition(choice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("never shows the Case view's prompts to the clinician", async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: intolerance }));
    const player = await screen.findByRole('article');
    expect(within(player).getByRole('status')).toHaveTextContent(
      'Before the first event: the patient as first seen',
    );
    expect(player).not.toHaveTextContent(/Intake:|document a metastatic site/);
  });

  it('groups the choices by modality, each regimen once', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: intolerance }));
    await user.click(await screen.findByRole('button', { name: 'Forward →' }));
    const select = screen.getByRole('combobox', { name: 'Your choice' });
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual([
      'Immunotherapy (with chemotherapy)',
      'Targeted therapy (some with endocrine therapy or chemotherapy)',
      'Endocrine therapy (some with chemotherapy)',
      'Chemotherapy',
    ]);
    const groupOf = (id: string) =>
      select.querySelector<HTMLOptionElement>(`option[value="${id}"]`)?.closest('optgroup')?.label;
    expect(groupOf('tamoxifen')).toMatch(/^Endocrine/);
    expect(groupOf('aromatase-inhibitor-cdk46')).toMatch(/^Targeted/);
    expect(groupOf('chemotherapy-combination')).toBe('Chemotherapy');
    expect(groupOf('atezolizumab-nab-paclitaxel')).toMatch(/^Immunotherapy/);
    const values = [...select.querySelectorAll('optgroup option')].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(new Set(values).size).toBe(values.length);
    expect(
      screen.getByText(`Your choice (all ${values.length} regimens, grouped by modality)`),
    ).toBeInTheDocument();
  });
});

describe('the end of a scenario', () => {
  it('returns to the learning goal and sets each choice against the documents, quoted', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const summary = await finishIntolerance(user);
    expect(summary).toHaveTextContent(
      'Back to the learning goal: Intolerance is not progression: tamoxifen when aromatase inhibitors cannot be taken; chemotherapy is not opened.',
    );
    expect(summary).toHaveTextContent('1 of 2 decisions matched what the documents support.');

    const line1 = within(summary).getByRole('region', { name: 'Line 1 (step 1)' });
    expect(line1).toHaveTextContent('Single-agent chemotherapy: not supported');
    const supported1 = within(line1).getAllByRole('listitem');
    expect(supported1[0]).toHaveTextContent(/^Aromatase inhibitor preferred/);
    // The choice ruled out is quoted in its column; the preferred option in full in the list.
    const pickColumn = line1.querySelector('.decision-review__pick');
    expect(pickColumn?.querySelectorAll('figure.quote[data-sentence]').length).toBeGreaterThan(0);
    expect(supported1[0]?.querySelector('figure.quote blockquote')?.textContent).toMatch(
      /aromatase inhibitor/i,
    );

    const line2 = within(summary).getByRole('region', { name: 'Line 2 (step 3)' });
    expect(line2).toHaveTextContent('Tamoxifen: supported (tier: alternative)');
    const tamoxifenQuote = line2.querySelector('.decision-review__pick figure.quote');
    expect(tamoxifenQuote?.getAttribute('data-sentence')).toMatch(/^003\//);
    expect(tamoxifenQuote).toHaveTextContent(/tamoxifen/i);
    expect(within(line2).getByText('your choice').closest('li')).toHaveClass('is-pick');
  });

  it('offers the next scenario and moves the focus to it', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await finishIntolerance(user);
    await user.click(
      screen.getByRole('button', { name: 'Next scenario: HR+/HER2+, first to third line' }),
    );
    const title = await screen.findByRole('heading', {
      level: 2,
      name: 'HR+/HER2+, first to third line',
    });
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole('button', { name: 'HR+/HER2+, first to third line' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('button', { name: intolerance })).not.toHaveAttribute('aria-current');
    expect(screen.getByText(/^Step 0 of \d+$/)).toBeInTheDocument();
  });
});

describe('progress across scenarios', () => {
  it('marks a finished scenario, keeps the mark in this browser and shows it again', async () => {
    const user = userEvent.setup();
    const first = renderLibrary();
    await finishIntolerance(user);
    const item = screen.getByRole('button', { name: intolerance }).closest('li');
    expect(item).toHaveTextContent('Completed (1 of 2 matched)');
    expect(item).toHaveClass('is-current');
    expect(screen.getByText('1 of 16 completed in this browser')).toBeInTheDocument();
    const stored = parseTeachingProgress(localStorage.getItem(teachingProgressKey));
    expect(stored['aromatase-inhibitor-intolerance']).toMatchObject({ matched: 1, total: 2 });

    first.unmount();
    renderLibrary();
    const again = (await screen.findByRole('button', { name: intolerance })).closest('li');
    expect(again).toHaveTextContent('Completed (1 of 2 matched)');
    expect(again).not.toHaveClass('is-current');
  });

  it('does not mark a scenario whose decisions were skipped by jumping to the end', async () => {
    renderLibrary({ scenarioId: 'aromatase-inhibitor-intolerance', step: 4 });
    expect(await screen.findByRole('region', { name: 'Scenario summary' })).toHaveTextContent(
      '0 of 2 decisions matched what the documents support (2 not answered).',
    );
    expect(screen.getByText('0 of 16 completed in this browser')).toBeInTheDocument();
    expect(localStorage.getItem(teachingProgressKey)).toBeNull();
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another version', JSON.stringify({ format: 'mbc-teaching-progress/9', completed: {} })],
    ['a wrong shape', JSON.stringify({ format: 'mbc-teaching-progress/1', completed: 'all' })],
  ])('reads stored progress that is %s as none, and writes over it', async (_, text) => {
    localStorage.setItem(teachingProgressKey, text);
    const user = userEvent.setup();
    renderLibrary();
    expect(await screen.findByText('0 of 16 completed in this browser')).toBeInTheDocument();
    await finishIntolerance(user);
    expect(Object.keys(parseTeachingProgress(localStorage.getItem(teachingProgressKey)))).toEqual([
      'aromatase-inhibitor-intolerance',
    ]);
  });

  it('keeps the good entries of damaged progress', async () => {
    localStorage.setItem(
      teachingProgressKey,
      JSON.stringify({
        format: 'mbc-teaching-progress/1',
        completed: {
          'brain-single': { on: '2026-01-02', matched: 1, total: 1 },
          'brain-several': { on: 'soon', matched: 9, total: 1 },
        },
      }),
    );
    renderLibrary();
    expect(
      (await screen.findByRole('button', { name: /single brain metastasis/ })).closest('li'),
    ).toHaveTextContent('Completed (1 of 1 matched)');
    expect(
      screen.getByRole('button', { name: /several brain metastases/ }).closest('li'),
    ).not.toHaveTextContent('Completed');
  });

  it('still works when the browser refuses to store anything', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      const user = userEvent.setup();
      renderLibrary();
      await finishIntolerance(user);
      expect(screen.getByText('1 of 16 completed in this browser')).toBeInTheDocument();
    } finally {
      setItem.mockRestore();
    }
  });

  it('offers the next scenario not yet completed', async () => {
    localStorage.setItem(
      teachingProgressKey,
      serialiseTeachingProgress({
        'her2-positive-three-lines': { on: '2026-01-02', matched: 3, total: 3 },
      }),
    );
    const user = userEvent.setup();
    renderLibrary();
    await finishIntolerance(user);
    expect(
      screen.getByRole('button', { name: 'Next scenario: HR-/HER2+, lung metastases' }),
    ).toBeInTheDocument();
  });
});

describe('the place as state an address can drive', () => {
  it('follows the scenario and step given, and reports each move', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    const view = renderLibrary({
      scenarioId: 'aromatase-inhibitor-intolerance',
      step: 2,
      onNavigate,
    });
    expect(await screen.findByText('Step 2 of 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: intolerance })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(screen.getByRole('button', { name: '← Back' }));
    expect(onNavigate).toHaveBeenLastCalledWith({
      scenarioId: 'aromatase-inhibitor-intolerance',
      step: 1,
    });
    // Controlled: the step shown is the one given until the owner passes another.
    expect(screen.getByText('Step 2 of 4')).toBeInTheDocument();
    view.rerender(
      <ScenarioLibrary
        scenarioId="aromatase-inhibitor-intolerance"
        step={1}
        onNavigate={onNavigate}
      />,
    );
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /single brain metastasis/ }));
    expect(onNavigate).toHaveBeenLastCalledWith({ scenarioId: 'brain-single', step: 0 });
  });

  it('keeps a step out of range within the scenario', async () => {
    renderLibrary({ scenarioId: 'aromatase-inhibitor-intolerance', step: 99 });
    expect(await screen.findByText('Step 4 of 4')).toBeInTheDocument();
  });

  it('says when the scenario asked for is not in the list', async () => {
    renderLibrary({ scenarioId: 'no-such-scenario', step: 0 });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no scenario “no-such-scenario” in the list',
    );
    expect(screen.getByRole('navigation', { name: 'Scenarios' })).toBeInTheDocument();
  });
});
