import { downloadBlob } from '../../lib/download.ts';

/**
 * Exports the presented timeline as one drawing (SVG or PNG) that reads on its own: a title
 * with the case's name and the date, the chart, and the legend of what the chart draws (on
 * screen the legend is HTML under the chart, so it is redrawn here in SVG). The drawing is
 * measured in the page, so no label is cut at its edge.
 */

const svgNs = 'http://www.w3.org/2000/svg';
const fontFamily = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const pad = 24;
const titleSize = 18;
const legendSize = 13;
const swatch = 16;

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

const size = (svg: SVGSVGElement, attribute: 'width' | 'height') => {
  const stated = Number.parseFloat(svg.getAttribute(attribute) ?? '');
  if (Number.isFinite(stated) && stated > 0) return stated;
  const box = svg.getBoundingClientRect();
  return attribute === 'width' ? box.width : box.height;
};

/** A text's width: measured when the browser can, else estimated from its length. */
function textWidth(node: SVGTextElement, text: string, fontSize: number): number {
  try {
    const measured = node.getComputedTextLength();
    if (measured > 0) return measured;
  } catch {
    // Not laid out (jsdom): estimate.
  }
  return text.length * fontSize * 0.6;
}

/** The extent of what is drawn inside a group, when the browser can measure it. */
function drawnBox(node: SVGGraphicsElement): DOMRect | undefined {
  try {
    const box = node.getBBox();
    return box.width > 0 && box.height > 0 ? box : undefined;
  } catch {
    return undefined;
  }
}

export interface ComposedTimeline {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
}

/**
 * Builds the drawing from a rendered chart (`figure.timeline-chart`): its SVG surface and its
 * legend list. Attached out of sight while it is measured, then detached.
 */
export function composeTimeline(chart: HTMLElement, title: string): ComposedTimeline {
  const surface = chart.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!surface) throw new Error('the chart is not drawn yet');
  const chartWidth = size(surface, 'width');
  const chartHeight = size(surface, 'height');

  const root = element('svg', { xmlns: svgNs, 'font-family': fontFamily, role: 'img' });
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-20000px;top:0;visibility:hidden;';
  holder.append(root);
  document.body.append(holder);
  try {
    const label = element('title', {});
    label.textContent = title;
    const background = element('rect', { x: 0, y: 0, fill: '#ffffff' });
    const heading = element('text', {
      x: pad,
      y: pad + titleSize,
      'font-size': titleSize,
      'font-weight': 700,
      fill: '#1b1f24',
      class: 'export-title',
    });
    heading.textContent = title;
    root.append(label, background, heading);

    // The chart itself, its labels free to run past its own box (measured below).
    const plot = element('g', { class: 'export-chart' });
    const copy = surface.cloneNode(true);
    if (!(copy instanceof SVGSVGElement)) throw new Error('the chart is not an SVG drawing');
    for (const node of copy.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    copy.setAttribute('overflow', 'visible');
    copy.setAttribute('width', String(chartWidth));
    copy.setAttribute('height', String(chartHeight));
    plot.append(copy);
    root.append(plot);
    const top = pad + titleSize + 16;
    const box = drawnBox(plot);
    const left = box ? Math.min(0, box.x) : 0;
    const over = box ? Math.max(0, box.x + box.width - chartWidth) : 0;
    const above = box ? Math.min(0, box.y) : 0;
    const below = box ? Math.max(0, box.y + box.height - chartHeight) : 0;
    copy.setAttribute('x', String(pad - left));
    copy.setAttribute('y', String(top - above));
    const plotWidth = chartWidth - left + over;
    const titleWidth = textWidth(heading, title, titleSize);
    const width = Math.ceil(Math.max(plotWidth, titleWidth) + 2 * pad);

    // The legend, in rows that fit the width.
    const legend = element('g', { class: 'export-legend', 'font-size': legendSize });
    root.append(legend);
    const legendTop = top - above + chartHeight + below + 16;
    let x = pad;
    let y = legendTop;
    const rowHeight = swatch + 10;
    for (const item of chart.querySelectorAll('.timeline-legend li')) {
      const text = (item.textContent ?? '').trim();
      if (text === '') continue;
      const entry = element('g', { class: 'export-legend-item' });
      const icon = item.querySelector('svg');
      const words = element('text', { 'font-size': legendSize, fill: '#1b1f24' });
      words.textContent = text;
      entry.append(words);
      legend.append(entry);
      const iconWidth = icon ? swatch + 6 : 0;
      const itemWidth = iconWidth + textWidth(words, text, legendSize);
      if (x > pad && x + itemWidth > width - pad) {
        x = pad;
        y += rowHeight;
      }
      if (icon) {
        const mark = element('g', { transform: `translate(${x} ${y})` });
        for (const child of icon.childNodes) mark.append(child.cloneNode(true));
        entry.insertBefore(mark, words);
      }
      words.setAttribute('x', String(x + iconWidth));
      words.setAttribute('y', String(y + swatch - 3));
      x += itemWidth + 20;
    }
    const height = Math.ceil(y + rowHeight + pad);
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(height));
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    background.setAttribute('width', String(width));
    background.setAttribute('height', String(height));
    return { svg: root, width, height };
  } finally {
    root.remove();
    holder.remove();
  }
}

export function timelineSvgText(chart: HTMLElement, title: string): string {
  return new XMLSerializer().serializeToString(composeTimeline(chart, title).svg);
}

async function toPng({ svg, width, height }: ComposedTimeline): Promise<Blob> {
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
  );
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the drawing could not be turned into an image'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the image could not be encoded');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportTimeline(
  chart: HTMLElement,
  { kind, title, fileName }: { kind: 'svg' | 'png'; title: string; fileName: string },
): Promise<void> {
  const composed = composeTimeline(chart, title);
  if (kind === 'svg') {
    const text = new XMLSerializer().serializeToString(composed.svg);
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${fileName}.svg`);
    return;
  }
  downloadBlob(await toPng(composed), `${fileName}.png`);
}
