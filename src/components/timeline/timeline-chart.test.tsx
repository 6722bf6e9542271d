import { parseIsoDate } from '../../domain/index.ts';
// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import { buildTimeline, replayCase } from '../../domain/index.ts';
import { formatDate } from '../../lib/format.ts';
import TimelineChart, { labelPlacement } from './timeline-chart.tsx';

const course = buildCase({}, [
  { date: parseIsoDate('2025-01-10'), type: 'metastases', sites: [{ site: 'bone' }] },
  { date: parseIsoDate('2025-01-20'), type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
  { date: parseIsoDate('2025-04-20'), type: 'response', assessment: 'partial' },
  { date: parseIsoDate('2025-09-01'), type: 'progression' },
  { date: parseIsoDate('2025-09-15'), type: 'start-line', regimen: ['capecitabine'] },
]);

function timelineOf(caseFile: typeof course) {
  const { snapshot, applied } = replayCase(caseFile);
  return buildTimeline(applied, snapshot.context, '2026-01-01');
}

describe('TimelineChart', () => {
  it('draws one band per line as a button naming the line, and pins its details on click', () => {
    render(<TimelineChart timeline={timelineOf(course)} width={800} />);
    const first = screen.getByRole('button', { name: /^Line 1: letrozole \+ palbociclib/ });
    const second = screen.getByRole('button', { name: /^Line 2: capecitabine/ });
    // One bar per drug class: two for the combination, one for capecitabine.
    expect(first.querySelectorAll('rect[fill^="#"]')).toHaveLength(2);
    expect(second.querySelectorAll('rect[fill^="#"]')).toHaveLength(1);
    // Chemotherapy carries a pattern as well as its colour; endocrine therapy does not.
    expect(second.querySelector('rect[fill="url(#timeline-pattern-chemotherapy)"]')).not.toBeNull();
    expect(first.querySelector('rect[fill="url(#timeline-pattern-chemotherapy)"]')).toBeNull();
    // The running line says so in its label.
    expect(second.textContent).toContain('capecitabine →');

    fireEvent.click(first);
    const pinned = document.querySelector('.pinned');
    expect(pinned).toHaveTextContent('Line 1: letrozole + palbociclib');
    expect(pinned).toHaveTextContent('ended by progression');
  });

  it('pins a marker from the keyboard, and unpins', () => {
    render(<TimelineChart timeline={timelineOf(course)} width={800} />);
    const marker = screen.getByRole('button', { name: `Progression, ${formatDate('2025-09-01')}` });
    fireEvent.keyDown(marker, { key: 'Enter' });
    const pinned = document.querySelector('.pinned') as HTMLElement;
    expect(pinned).toHaveTextContent(formatDate('2025-09-01'));
    fireEvent.click(within(pinned).getByRole('button', { name: 'Unpin' }));
    expect(pinned).toHaveTextContent('Point at or tab to a band or marker');
  });

  it('reports what it drew, and redraws when a marker is added', () => {
    const { rerender } = render(<TimelineChart timeline={timelineOf(course)} width={800} />);
    const figure = document.querySelector('figure.timeline-chart');
    expect(figure).toHaveAttribute('data-lines', '2');
    const before = Number(figure?.getAttribute('data-markers'));
    const more = {
      ...course,
      events: [
        ...course.events,
        {
          date: parseIsoDate('2025-11-01'),
          type: 'response' as const,
          assessment: 'stable' as const,
        },
      ],
    };
    rerender(<TimelineChart timeline={timelineOf(more)} width={800} />);
    expect(figure).toHaveAttribute('data-markers', String(before + 1));
    expect(screen.getAllByRole('button', { name: /^Response/ })).toHaveLength(2);
  });

  it('names each drug class and each modality pattern in the legend', () => {
    render(<TimelineChart timeline={timelineOf(course)} width={800} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    for (const text of [
      'aromatase inhibitor',
      'CDK4/6 inhibitor',
      'chemotherapy',
      'Chemotherapy: diagonal stripes',
      'Progression',
    ]) {
      expect(within(legend).getByText(text)).toBeInTheDocument();
    }
  });

  it("shows a mark's details beside it on keyboard focus and on hover, and hides them on Escape", () => {
    render(<TimelineChart timeline={timelineOf(course)} width={800} />);
    const marker = screen.getByRole('button', { name: `Progression, ${formatDate('2025-09-01')}` });
    expect(screen.queryByTestId('timeline-detail')).toBeNull();
    fireEvent.focus(marker);
    const detail = screen.getByTestId('timeline-detail');
    expect(detail).toHaveTextContent(`Progression${formatDate('2025-09-01')}`);
    // Beside the mark, inside the drawing: positioned, not a line of text under the legend.
    expect(detail.closest('.timeline-chart__plot')).not.toBeNull();
    expect(detail.style.left || detail.style.right).not.toBe('');
    fireEvent.keyDown(marker, { key: 'Escape' });
    expect(screen.queryByTestId('timeline-detail')).toBeNull();

    const band = screen.getByRole('button', { name: /^Line 1: letrozole \+ palbociclib/ });
    fireEvent.mouseEnter(band);
    expect(screen.getByTestId('timeline-detail')).toHaveTextContent('ended by progression');
    fireEvent.mouseLeave(band);
    expect(screen.queryByTestId('timeline-detail')).toBeNull();
  });

  it('gives every mark a keyboard stop and an accessible name', () => {
    render(<TimelineChart timeline={timelineOf(course)} width={800} />);
    const marks = document.querySelectorAll('.timeline-marker, .timeline-band');
    expect(marks.length).toBe(5); // two bands, three markers
    for (const mark of marks) {
      expect(mark).toHaveAttribute('tabindex', '0');
      expect(mark.getAttribute('aria-label')).toMatch(/\S/);
    }
  });

  it('lists in the legend only the classes, patterns and marks this course shows', () => {
    render(<TimelineChart timeline={timelineOf(course)} width={800} />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.trim());
    expect(items).toEqual([
      'aromatase inhibitor',
      'CDK4/6 inhibitor',
      'chemotherapy',
      'Targeted therapy: dots',
      'Chemotherapy: diagonal stripes',
      'Sites documented',
      'Response',
      'Progression',
      '→ line still running',
    ]);
  });

  it('says "line still running" only while a line is given', () => {
    const stopped = buildCase({}, [
      ...course.events,
      { date: parseIsoDate('2025-12-01'), type: 'stop-treatment' },
    ]);
    const onBreak = buildCase({}, [
      ...course.events,
      { date: parseIsoDate('2025-12-01'), type: 'break' },
    ]);
    const resumed = buildCase({}, [
      ...onBreak.events,
      { date: parseIsoDate('2025-12-20'), type: 'resume' },
    ]);
    for (const [caseFile, running] of [
      [stopped, false],
      [onBreak, false],
      [resumed, true],
    ] as const) {
      const { unmount } = render(<TimelineChart timeline={timelineOf(caseFile)} width={800} />);
      const legend = screen.getByRole('list', { name: 'Legend' });
      expect(legend.textContent?.includes('line still running')).toBe(running);
      const second = screen.getByRole('button', { name: /^Line 2: capecitabine/ });
      expect(second.textContent?.includes('→')).toBe(running);
      expect(second.getAttribute('aria-label')?.includes('still running')).toBe(running);
      unmount();
    }
  });

  it('never writes a regimen over the row names, shortening it where nothing fits', () => {
    // A short line near the start of a narrow chart: no room inside, after or before.
    const place = labelPlacement(140, 30, 'pertuzumab + trastuzumab + docetaxel →', 400);
    expect(place.anchor === 'end' ? place.x - place.text.length * 7.4 : place.x).toBeGreaterThan(
      128,
    );
    expect(place.text.endsWith('…')).toBe(true);
    expect(labelPlacement(140, 300, 'capecitabine', 800)).toEqual({
      x: 144,
      anchor: 'start',
      text: 'capecitabine',
    });
  });
});
