// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeTimeline, timelineSvgText } from './timeline-export.ts';

/** A rendered chart as the page holds it: the recharts surface, and the legend as HTML. */
function renderedChart(): HTMLElement {
  // A fixed fixture parsed as a document, not written into a live element's innerHTML.
  const parsed = new DOMParser().parseFromString(
    `<figure class="timeline-chart">
    <div class="timeline-chart__plot">
      <svg class="recharts-surface" width="400" height="200" tabindex="0">
        <defs><pattern id="timeline-pattern-chemotherapy"><rect width="3" height="8" /></pattern></defs>
        <text x="10" y="20">Line 1</text>
        <rect x="50" y="10" width="100" height="20" fill="#1f77b4" tabindex="0" />
      </svg>
    </div>
    <figcaption>
      <ul class="timeline-legend" aria-label="Legend">
        <li><svg width="16" height="16"><rect width="16" height="16" fill="#1f77b4" /></svg> aromatase inhibitor</li>
        <li><svg width="16" height="16"><path d="M0 0L8 8" fill="#a40e26" /></svg> progression</li>
        <li>→ line still running</li>
      </ul>
    </figcaption></figure>`,
    'text/html',
  );
  const figure = parsed.body.firstElementChild as HTMLElement;
  document.body.append(document.adoptNode(figure));
  return figure;
}

describe('the exported timeline', () => {
  it('has the title, the chart and the legend of what is drawn, in one drawing', () => {
    const chart = renderedChart();
    const title = 'Mrs A · timeline · 6 Dec 2026';
    const { svg, width, height } = composeTimeline(chart, title);
    expect(svg.querySelector('title')?.textContent).toBe(title);
    expect(svg.querySelector('.export-title')?.textContent).toBe(title);
    const legend = [...svg.querySelectorAll('.export-legend-item text')].map((t) => t.textContent);
    expect(legend).toEqual(['aromatase inhibitor', 'progression', '→ line still running']);
    // The legend's swatches come along, in the chart's colours.
    expect(svg.querySelector('.export-legend-item rect[fill="#1f77b4"]')).not.toBeNull();
    // Room around the chart for labels at its edges; nothing left to tab to.
    expect(width).toBeGreaterThanOrEqual(400 + 2 * 24);
    expect(height).toBeGreaterThan(200 + 18);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(svg.querySelector('[tabindex]')).toBeNull();
    // Measured out of sight, then taken out of the page again.
    expect(document.querySelectorAll('svg').length).toBe(3);
    const text = timelineSvgText(chart, title);
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Mrs A · timeline · 6 Dec 2026');
  });

  it('widens the drawing for a title longer than the chart', () => {
    const title = `${'A very long case name, '.repeat(8)}timeline`;
    const { width } = composeTimeline(renderedChart(), title);
    expect(width).toBeGreaterThan(title.length * 18 * 0.5);
  });

  it('says when there is no chart to export', () => {
    expect(() => composeTimeline(document.createElement('figure'), 'x')).toThrow(
      'the chart is not drawn yet',
    );
  });
});
