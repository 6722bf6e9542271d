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
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText(/1 of 2 decisions matched/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('Step 3 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(screen.getByText('Step 0 of 4')).toBeInTheDocument();
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
