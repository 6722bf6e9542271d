// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SkipLinks } from './skip-links.tsx';

describe('SkipLinks', () => {
  it('moves the focus to the section heading without touching the address fragment', () => {
    window.location.hash = '#case=shared';
    render(
      <>
        <SkipLinks />
        <h2 id="candidates-heading">Candidates</h2>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Skip to the candidates' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Candidates' }));
    expect(window.location.hash).toBe('#case=shared');
  });

  it('leads to the timeline with one link', () => {
    render(
      <>
        <SkipLinks />
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
        </section>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Skip to the timeline' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Timeline' }));
  });
});
