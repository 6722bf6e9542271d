// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fhirFailures, issueAccessToken, resetFhirServer } from '../../../../mocks/fhir/server.ts';
import { server } from '../../../../mocks/node.ts';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { renderApp } from '../../../../test/render.tsx';
import { keepSession } from '../smart-storage.ts';
import { FhirImportView } from './fhir-import-view.tsx';

afterEach(() => {
  resetFhirServer();
  sessionStorage.clear();
});

const renderView = () =>
  renderApp(<FhirImportView onOpened={vi.fn()} />, { caseFile: buildCase({}, []) });

describe('import from a FHIR server', () => {
  it('searches the server, reads the chosen record page by page and opens the review', async () => {
    const user = userEvent.setup();
    renderView();
    await user.type(screen.getByLabelText('Find a patient (name or id)'), 'Test');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.click(await screen.findByRole('button', { name: /Import Fay/ }));
    const heading = await screen.findByRole(
      'heading',
      { name: /Review the import: Fay/ },
      { timeout: 5000 },
    );
    expect(heading).toBeInTheDocument();
    expect(screen.getByText(/Course \(24 of 24 events included\)/)).toBeInTheDocument();
  });

  it('retries a failing server a bounded number of times, then says what to do', async () => {
    server.use(fhirFailures.searchServerError);
    const user = userEvent.setup();
    renderView();
    await user.type(screen.getByLabelText('Find a patient (name or id)'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const alert = await screen.findByText(/Search failed: the server failed \(500\)/, undefined, {
      timeout: 6000,
    });
    expect(alert).toHaveTextContent(/try again later/);
  });

  it('reports a malformed answer without retrying', async () => {
    server.use(fhirFailures.malformedJson);
    const user = userEvent.setup();
    renderView();
    await user.type(screen.getByLabelText('Find a patient (name or id)'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/is not valid JSON/)).toBeInTheDocument();
  });
});

describe('a SMART sign-in kept with "Stay connected"', () => {
  it('is taken up again in this tab, reads with its token, and "Sign out" forgets it', async () => {
    const base = `${window.location.origin}/fhir`;
    const token = issueAccessToken('hr-positive');
    keepSession({ base, token });
    // A left-over fhirclient record, as a launch that never came back would leave it.
    sessionStorage.setItem('SMART_KEY', JSON.stringify('left-over'));
    sessionStorage.setItem('left-over', JSON.stringify({ tokenResponse: {} }));
    const sent: Array<string | null> = [];
    server.use(
      http.get('*/fhir/Patient', ({ request }) => {
        sent.push(request.headers.get('Authorization'));
        return undefined;
      }),
    );
    const user = userEvent.setup();
    renderView();
    expect(screen.getByText(`Signed in to ${base}`)).toBeInTheDocument();
    expect(screen.getByLabelText(/Stay connected/)).toBeChecked();
    await user.type(screen.getByLabelText('Find a patient (name or id)'), 'Test');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('button', { name: /Import Fay/ })).toBeInTheDocument();
    expect(sent).toEqual([`Bearer ${token}`]);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(screen.getByText(`Signed out of ${base}`, { exact: false })).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Signed in to/)).not.toBeInTheDocument();
    // What was found with the token is gone with it; a new search goes without a token.
    expect(screen.queryByRole('button', { name: /Import Fay/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('button', { name: /Import Fay/ })).toBeInTheDocument();
    expect(sent).toEqual([`Bearer ${token}`, null]);
  });
});
