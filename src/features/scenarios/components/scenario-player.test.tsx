// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarioFailures } from '../../../../mocks/handlers/scenarios.ts';
import { server } from '../../../../mocks/node.ts';
import { renderApp } from '../../../../test/render.tsx';
import { ScenarioLibrary } from './scenario-player.tsx';

const renderLibrary = () => renderApp(<ScenarioLibrary />);

describe('teaching scenarios', () => {
  it('lists the scenarios and steps through one to its summary', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(
      await screen.findByRole('button', { name: 'HR+/HER2-, joint pain on anastrozole' }),
    );
    expect(await screen.findByText(/Intolerance is not progression/)).toBeInTheDocument();
    const forward = screen.getByRole('button', { name: 'Forward →' });
    await user.click(forward);
    // Step 1: sites documented, a line must be chosen before going on.
    expect(
      screen.getByText(/Decision point: what would you choose for line 1/),
    ).toBeInTheDocument();
    expect(forward).toBeDisabled();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Your choice' }),
      'chemotherapy-single-agent',
    );
    await user.click(screen.getByRole('button', { name: 'Show what the documents support' }));
    expect(screen.getByText(/not among the supported options/)).toBeInTheDocument();
    expect(forward).toBeEnabled();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(
      screen.getByText(/Decision point: what would you choose for line 2/),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your choice' }), 'tamoxifen');
    await user.click(screen.getByRole('button', { name: 'Show what the documents support' }));
    expect(
      screen.getByText(/supported by the documents for this patient \(tier: alternative\)/),
    ).toBeInTheDocument();
    await user.click(forward);
    const summary = screen.getByRole('region', { name: 'Scenario summary' });
    expect(within(summary).getByText(/1 of 2 decisions matched/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('Step 3 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(screen.getByText('Step 0 of 4')).toBeInTheDocument();
  });

  it('shows the patient summary as of each step, in words', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await user.click(
      await screen.findByRole('button', { name: 'HR+/HER2-, joint pain on anastrozole' }),
    );
    const summary = await screen.findByRole('region', { name: 'Patient summary' });
    expect(summary).toHaveTextContent('HR-positive (ER+ PR+), HER2-negative');
    expect(summary).toHaveTextContent('postmenopausal · 68 years');
    expect(summary).toHaveTextContent('no germline BRCA mutation');
    expect(summary).toHaveTextContent('Sites: none documented yet');
    expect(summary).toHaveTextContent('Treatment lines: none yet');

    await user.click(screen.getByRole('button', { name: 'Forward →' }));
    expect(screen.getByRole('region', { name: 'Patient summary' })).toHaveTextContent(
      'Sites: bone ×2',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your choice' }), 'tamoxifen');
    await user.click(screen.getByRole('button', { name: 'Show what the documents support' }));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    // Step 3: the first line ended by intolerance, its months to the day it ended.
    const step3 = screen.getByRole('region', { name: 'Patient summary' });
    expect(step3).toHaveTextContent(
      'Treatment lines: 1. anastrozole, 11 Mar 2024 – 10 Jun 2024 (3 months, intolerance)',
    );
    expect(step3.textContent).not.toMatch(/\b[a-z]+(?:-[a-z0-9]+)+\b/);
    const log = within(document.querySelector<HTMLElement>('.event-log')!);
    expect(log.getByText(/Metastases: bone ×2/)).toBeInTheDocument();
    expect(log.getByText(/Started anastrozole/)).toBeInTheDocument();
    expect(log.getByText(/Intolerance of anastrozole/)).toBeInTheDocument();
  });

  it('says when the scenario list is not found', async () => {
    server.use(scenarioFailures.indexNotFound);
    renderLibrary();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The scenario list was not found (404)',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says when the scenario list is malformed', async () => {
    server.use(scenarioFailures.indexMalformed);
    renderLibrary();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The scenario list is damaged: it is not valid JSON',
    );
  });

  it('shows progress for a slow response, then the list', async () => {
    server.use(scenarioFailures.indexSlow);
    renderLibrary();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the scenarios…');
    expect(
      await screen.findByRole('heading', { name: /Scenarios \(16\)/ }, { timeout: 2000 }),
    ).toBeInTheDocument();
  });

  it('names the problem in a damaged scenario file', async () => {
    const user = userEvent.setup();
    server.use(scenarioFailures.caseDamaged);
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: /single brain metastasis/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /is damaged: patient.pr: is required/,
    );
  });
});
