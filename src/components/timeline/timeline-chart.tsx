import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  DefaultZIndexes,
} from 'recharts';
import type { DrugClass, Modality, Timeline } from '../../domain/index.ts';
import { formatDate } from '../../lib/format.ts';
import {
  classColours,
  markerPath,
  markerStyles,
  modalityOf,
  toChartData,
  type BandRow,
  type ChartMarkKind,
  type MarkerPoint,
} from './timeline-chart-data.ts';

// Rows tall enough for two parallel bars and a readable label on each.
const rowHeight = 48;
// recharts copies its props into a store after each render that changes them, which costs a
// second render pass; constant objects (and the memoised rows and axes below) keep an event
// that adds only a marker to one pass.
const chartMargin = { top: 12, right: 24, bottom: 28, left: 8 };
const xTick = { fontSize: 13 };
const yTick = { fontSize: 14 };

function dayToDate(origin: string, day: number): string {
  return new Date(Date.parse(`${origin}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Modalities other than endocrine therapy get a pattern over the class colour, so bands differ
 * by more than colour (the legend names each pattern).
 */
const modalityPatterns: Partial<Record<Modality, { id: string; label: string }>> = {
  chemotherapy: { id: 'timeline-pattern-chemotherapy', label: 'Chemotherapy: diagonal stripes' },
  targeted: { id: 'timeline-pattern-targeted', label: 'Targeted therapy: dots' },
  immunotherapy: { id: 'timeline-pattern-immunotherapy', label: 'Immunotherapy: cross-hatch' },
};

function PatternDefs() {
  return (
    <defs>
      <pattern
        id="timeline-pattern-chemotherapy"
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="3" height="8" fill="#ffffff" fillOpacity="0.45" />
      </pattern>
      <pattern id="timeline-pattern-targeted" width="7" height="7" patternUnits="userSpaceOnUse">
        <circle cx="3.5" cy="3.5" r="1.6" fill="#ffffff" fillOpacity="0.6" />
      </pattern>
      <pattern
        id="timeline-pattern-immunotherapy"
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
      >
        <path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" strokeOpacity="0.55" strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}

/** What a mark shows next to itself while hovered or focused, and below the chart once pinned. */
export interface ShownItem {
  readonly title: string;
  readonly detail: string;
  /** Where the mark is in the drawing, so its details appear beside it. */
  readonly x: number;
  readonly y: number;
}

interface MarkHandlers {
  readonly onPin: (item: ShownItem) => void;
  readonly onShow: (item: ShownItem) => void;
  readonly onHide: () => void;
}

/**
 * A chart mark: a tab stop whose details appear beside it on hover and on focus (Escape hides
 * them), and are pinned below the chart when it is clicked or activated from the keyboard.
 */
function markProps(item: ShownItem, { onPin, onShow, onHide }: MarkHandlers) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: () => onPin(item),
    onMouseEnter: () => onShow(item),
    onMouseLeave: onHide,
    onFocus: () => onShow(item),
    onBlur: onHide,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onPin(item);
      } else if (e.key === 'Escape') onHide();
    },
  } as const;
}

const yAxisWidth = 120;
/** Where the drawing of bands starts: left of it are the row names. */
const plotLeft = chartMargin.left + yAxisWidth;
const charWidth = 7.4;

/**
 * Where a band's regimen label goes: inside when it fits, else after the band, else before it
 * (never over the row names); where none fits, shortened with "…" in the widest space (the full
 * name is in the mark's details and accessible name).
 */
export function labelPlacement(x: number, width: number, text: string, chartWidth: number) {
  const textWidth = text.length * charWidth;
  const spaces = [
    { room: width - 8, x: x + 4, anchor: 'start' },
    { room: chartWidth - chartMargin.right - (x + width + 14), x: x + width + 14, anchor: 'start' },
    { room: x - 6 - plotLeft, x: x - 6, anchor: 'end' },
  ] as const;
  const fits = spaces.find((space) => textWidth <= space.room);
  if (fits) return { x: fits.x, anchor: fits.anchor, text } as const;
  const widest = [...spaces].sort((p, q) => q.room - p.room)[0] ?? spaces[0];
  const chars = Math.max(1, Math.floor(widest.room / charWidth) - 1);
  return {
    x: widest.x,
    anchor: widest.anchor,
    text: `${text.slice(0, chars).trimEnd()}…`,
  } as const;
}

interface BandProps {
  readonly band: BandRow;
  readonly top: number;
  readonly bottom: number;
  readonly x0: number;
  readonly width: number;
  readonly slots: number;
  readonly chartWidth: number;
  readonly handlers: MarkHandlers;
}

// Bands are rebuilt from the timeline on every change; compare what is drawn, so an event that
// touches one line redraws only that line.
function sameBand(a: BandProps, b: BandProps): boolean {
  return (
    a.top === b.top &&
    a.bottom === b.bottom &&
    a.x0 === b.x0 &&
    a.width === b.width &&
    a.slots === b.slots &&
    a.chartWidth === b.chartWidth &&
    a.handlers === b.handlers &&
    a.band.title === b.band.title &&
    a.band.detail === b.band.detail &&
    a.band.running === b.band.running &&
    a.band.spans.map((span) => span.drugClass).join() ===
      b.band.spans.map((span) => span.drugClass).join()
  );
}

/**
 * One line's band: one parallel bar per drug class in the class's colour (with the modality's
 * pattern), and the regimen written on or beside it so short lines stay readable with 30 of them.
 */
const Band = memo(function Band({
  band,
  top,
  bottom,
  x0,
  width,
  slots,
  chartWidth,
  handlers,
}: BandProps) {
  const inner = Math.max(4, bottom - top - 6);
  const slotHeight = (inner - (slots - 1)) / slots;
  const label = band.title.replace(/^Line \d+: /, '') + (band.running ? ' →' : '');
  const place = labelPlacement(x0, width, label, chartWidth);
  return (
    <g
      {...markProps(
        { title: band.title, detail: band.detail, x: x0 + Math.min(width, 160) / 2, y: bottom },
        handlers,
      )}
      aria-label={`${band.title}. ${band.detail}`}
      className="timeline-band"
    >
      {band.spans.map((span, i) => {
        const slotTop = top + 3 + i * (slotHeight + 1);
        const pattern = modalityPatterns[modalityOf(span.drugClass)];
        return (
          <g key={span.drugClass}>
            <rect
              x={x0}
              y={slotTop}
              width={width}
              height={slotHeight}
              fill={classColours[span.drugClass]}
            />
            {pattern ? (
              <rect
                x={x0}
                y={slotTop}
                width={width}
                height={slotHeight}
                fill={`url(#${pattern.id})`}
              />
            ) : null}
          </g>
        );
      })}
      <text
        x={place.x}
        y={(top + bottom) / 2}
        dominantBaseline="central"
        textAnchor={place.anchor}
        fill="#1b1f24"
        stroke="#ffffff"
        strokeWidth={3}
        paintOrder="stroke"
        fontSize={13}
        className="timeline-band__label"
      >
        {place.text}
      </text>
    </g>
  );
}, sameBand);

/**
 * Every line's band in one layer, placed with the chart's own scales. Drawing them here rather
 * than as one recharts Bar per class keeps an update to a single render pass.
 */
function BandLayer({
  bands,
  slots,
  chartWidth,
  handlers,
}: {
  bands: readonly BandRow[];
  slots: number;
  chartWidth: number;
  handlers: MarkHandlers;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="timeline-bands">
      {bands.map((band) => {
        const top = y(band.row, { position: 'start' });
        const bottom = y(band.row, { position: 'end' });
        const first = band.spans[0];
        if (top === undefined || bottom === undefined || !first) return null;
        const x0 = x(first.range[0]) ?? 0;
        const x1 = x(first.range[1]) ?? x0;
        return (
          <Band
            key={band.row}
            band={band}
            top={top}
            bottom={bottom}
            x0={x0}
            width={Math.max(2, x1 - x0)}
            slots={slots}
            chartWidth={chartWidth}
            handlers={handlers}
          />
        );
      })}
    </g>
  );
}

/** One event marker; its props are plain values, so unchanged markers skip rendering. */
const Marker = memo(function Marker({
  cx,
  cy,
  kind,
  title,
  date,
  handlers,
}: {
  cx: number;
  cy: number;
  kind: ChartMarkKind;
  title: string;
  date: string;
  handlers: MarkHandlers;
}) {
  const style = markerStyles[kind];
  return (
    <g
      {...markProps({ title, detail: formatDate(date), x: cx, y: cy + 9 }, handlers)}
      aria-label={`${title}, ${formatDate(date)}`}
      className="timeline-marker"
      data-kind={kind}
    >
      <path
        d={markerPath(style.shape, cx, cy, 8)}
        fill={style.colour}
        stroke="#ffffff"
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
    </g>
  );
});

/**
 * Every event marker in one layer, placed with the chart's own scales: one component instead
 * of one recharts series per marker keeps a 30-line course quick to redraw.
 */
function MarkerLayer({
  markers,
  handlers,
}: {
  markers: readonly MarkerPoint[];
  handlers: MarkHandlers;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    // Above the bands, so a marker on a band stays visible.
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="timeline-markers">
        {markers.map((marker, i) => {
          const cx = x(marker.day);
          const cy = y(marker.row, { position: 'middle' });
          if (cx === undefined || cy === undefined) return null;
          return (
            <Marker
              key={`${marker.kind}-${marker.day}-${i}`}
              cx={cx}
              cy={cy}
              kind={marker.kind}
              title={marker.title}
              date={marker.date}
              handlers={handlers}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}

/**
 * Grid and axes, memoised: an event that only adds a marker leaves them (and recharts' store)
 * untouched, so the update is one render of the band and marker layers.
 */
const ChartAxes = memo(function ChartAxes({ origin, endDay }: { origin: string; endDay: number }) {
  const domain = useMemo(() => [0, endDay], [endDay]);
  const tickFormatter = useMemo(
    () => (day: number) =>
      `${formatDate(dayToDate(origin, day)).replace(/^\d+ /, '')} · ${Math.round(day / 30.4375)} mo`,
    [origin],
  );
  return (
    <>
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis
        type="number"
        domain={domain}
        allowDataOverflow
        tickFormatter={tickFormatter}
        tick={xTick}
      />
      <YAxis
        type="category"
        dataKey="row"
        scale="band"
        width={yAxisWidth}
        tick={yTick}
        interval={0}
      />
    </>
  );
});

interface LegendProps {
  readonly classes: readonly DrugClass[];
  readonly kinds: readonly ChartMarkKind[];
  readonly running: boolean;
}

/**
 * The legend: only what this course shows (its classes, their patterns, its kinds of mark, the
 * running arrow when a line runs), redrawn only when that changes (not on every event).
 */
const Legend = memo(
  function Legend({ classes, kinds, running }: LegendProps) {
    const patterns = [...new Set(classes.map(modalityOf))].flatMap(
      (modality) => modalityPatterns[modality] ?? [],
    );
    return (
      <ul className="timeline-legend" aria-label="Legend">
        {classes.map((c) => (
          <li key={c}>
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" rx="2" fill={classColours[c]} />
              {modalityPatterns[modalityOf(c)] ? (
                <rect
                  width="16"
                  height="16"
                  fill={`url(#${modalityPatterns[modalityOf(c)]?.id})`}
                />
              ) : null}
            </svg>{' '}
            {c}
          </li>
        ))}
        {patterns.map((pattern) => (
          <li key={pattern.id}>
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" fill="#5b6f8a" />
              <rect width="16" height="16" fill={`url(#${pattern.id})`} />
            </svg>{' '}
            {pattern.label}
          </li>
        ))}
        {kinds.map((kind) => {
          const style = markerStyles[kind];
          return (
            <li key={kind} data-kind={kind}>
              <svg width="16" height="16" aria-hidden="true">
                <path d={markerPath(style.shape, 8, 8, 6.5)} fill={style.colour} />
              </svg>{' '}
              {style.label}
            </li>
          );
        })}
        {running ? <li>→ line still running</li> : null}
      </ul>
    );
  },
  (a, b) =>
    a.classes.join('|') === b.classes.join('|') &&
    a.kinds.join('|') === b.kinds.join('|') &&
    a.running === b.running,
);

/** The details of the hovered or focused mark, beside it (kept inside the drawing). */
function MarkDetail({ item, width, height }: { item: ShownItem; width: number; height: number }) {
  const left = item.x < width * 0.6;
  const below = item.y < height - 70;
  return (
    <div
      className="timeline-detail"
      data-testid="timeline-detail"
      // The mark's accessible name already says this; the box is for the eye.
      aria-hidden="true"
      style={{
        ...(left
          ? { left: Math.max(0, item.x - 12) }
          : { right: Math.max(0, width - item.x - 12) }),
        ...(below ? { top: item.y + 6 } : { bottom: height - item.y + 24 }),
      }}
    >
      <strong>{item.title}</strong>
      <br />
      {item.detail}
    </div>
  );
}

/**
 * The course over time: one numbered band per line (parallel bars, one per drug class, in the
 * class's colour), markers for events, local therapy per site. Clicking a band or marker pins
 * its details below the chart; hovering or focusing one shows them beside it. Loaded on demand (recharts is large).
 */
export default function TimelineChart({ timeline, width }: { timeline: Timeline; width: number }) {
  const data = useMemo(() => toChartData(timeline), [timeline]);
  const [pinned, setPinned] = useState<ShownItem>();
  const [shown, setShown] = useState<ShownItem>();
  const hide = useCallback(() => setShown(undefined), []);
  // One object for every mark, so a memoised band or marker does not redraw for a new handler.
  const handlers = useMemo<MarkHandlers>(
    () => ({ onPin: setPinned, onShow: setShown, onHide: hide }),
    [hide],
  );
  const origin = timeline.origin ?? '2000-01-01';

  // The category axis takes its rows from the chart data; the bands draw themselves. Keyed by
  // content so the same rows keep the same array (and recharts its computed axes).
  const rowKey = data.rows.join('\n');
  const rows = useMemo(() => rowKey.split('\n').map((row) => ({ row })), [rowKey]);
  const height = Math.max(200, data.rows.length * rowHeight + 70);

  return (
    <figure
      className="timeline-chart"
      data-lines={data.bands.length}
      data-markers={data.markers.length}
    >
      <div className="timeline-chart__plot">
        <ComposedChart
          layout="vertical"
          width={width}
          height={height}
          data={rows}
          margin={chartMargin}
          // recharts' keyboard layer moves a tooltip this chart does not have, and made the whole
          // drawing one extra tab stop; the bands and markers are the keyboard targets instead.
          accessibilityLayer={false}
        >
          <ChartAxes origin={origin} endDay={Math.max(data.endDay, 30)} />
          <ZIndexLayer zIndex={DefaultZIndexes.bar}>
            <PatternDefs />
            <BandLayer
              bands={data.bands}
              slots={data.maxClassesPerLine}
              chartWidth={width}
              handlers={handlers}
            />
          </ZIndexLayer>
          <MarkerLayer markers={data.markers} handlers={handlers} />
        </ComposedChart>
        {shown ? <MarkDetail item={shown} width={width} height={height} /> : null}
      </div>
      <figcaption>
        <Legend classes={data.classesShown} kinds={data.kindsShown} running={data.anyRunning} />
        <div className="pinned" aria-live="polite">
          {pinned ? (
            <>
              <strong>{pinned.title}</strong> — {pinned.detail}{' '}
              <button type="button" className="link-button" onClick={() => setPinned(undefined)}>
                Unpin
              </button>
            </>
          ) : (
            <span className="muted small">
              Point at or tab to a band or marker for its details; click or press Enter to pin them
              here.
            </span>
          )}
        </div>
      </figcaption>
    </figure>
  );
}
