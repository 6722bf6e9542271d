// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from './view-error-boundary.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('the chart could not be drawn');
  return <p>Chart drawn</p>;
}

describe('a failing view', () => {
  it('shows what failed and the export, keeps the rest of the page, and can try again', async () => {
    // React reports the caught error on the console; keep the test output readable.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const exportCase = vi.fn();
    render(
      <>
        <header>Header stays</header>
        <ViewErrorBoundary
          name="Case"
          fallbackActions={
            <button type="button" onClick={exportCase}>
              Export the open case
            </button>
          }
        >
          <Fragile />
        </ViewErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Case view stopped working: the chart could not be drawn',
    );
    expect(screen.getByText('Header stays')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export the open case' }));
    expect(exportCase).toHaveBeenCalledOnce();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
