// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../../test/fixtures/case-builder.ts';
import { renderApp } from '../../../../test/render.tsx';
import { parseIsoDate } from '../../../domain/index.ts';
import { EventsPanel } from './events-panel.tsx';

const caseFile = buildCase({}, [
  { date: parseIsoDate('2025-01-10'), type: 'metastases', sites: [{ site: 'bone' }] },
  { date: parseIsoDate('2025-01-20'), type: 'start-line', regimen: ['letrozole'] },
]);

const logEntries = () => document.querySelectorAll('.event-log__item').length;

describe('EventsPanel undo and redo', () => {
  it('puts an undone event back with Redo, and announces both', async () => {
    const user = userEvent.setup();
    renderApp(<EventsPanel />, { caseFile });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(redo).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Undo last event' }));
    expect(logEntries()).toBe(1);
    expect(screen.getByText(/^Undone: /)).toBeInTheDocument();
    expect(redo).toBeEnabled();
    expect(redo).toHaveAttribute('title', expect.stringMatching(/letrozole/));

    await user.click(redo);
    expect(logEntries()).toBe(2);
    expect(screen.getByText(/^Redone: .*letrozole/)).toBeInTheDocument();
    expect(redo).toBeDisabled();
  });

  it('has nothing to redo once another event is recorded after an undo', async () => {
    const user = userEvent.setup();
    renderApp(<EventsPanel />, { caseFile });
    await user.click(screen.getByRole('button', { name: 'Undo last event' }));
    await user.click(screen.getByRole('button', { name: 'Undo last event' }));
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Record event' }));
    expect(logEntries()).toBe(1);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });
});
