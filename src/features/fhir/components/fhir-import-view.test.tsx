// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fhirFailures, resetFhirServer } from '../../../../mocks/fhir/server.ts';
import { server } from '../../../../mocks/node.ts';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { CaseSessionProvider } from '../../../session/case-session.tsx';
import { FhirImportView } from './fhir-import-view.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetFhirServer();
  cleanup();
});
afterAll(() => server.close());

function renderView() {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <CaseSessionProvider initialCase={buildCase({}, [])}>
        <FhirImportView onOpened={vi.fn()} />
      </CaseSessionProvider>
    </QueryClientProvider>,
  );
}

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
