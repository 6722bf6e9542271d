import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Symbols,
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
  markerStyles,
  modalityOf,
  toChartData,
  type BandRow,
  type MarkerPoint,
} from './timeline-chart-data.ts';

const rowHeight = 34;
// recharts copies its props into a store after each render that changes them, which costs a
// second render pass; constant objects (and the memoised rows and axes below) keep an event
// that adds only a marker to one pass.
const chartMargin = { top: 8, right: 24, bottom: 24, left: 8 };
const xTick = { fontSize: 12 };
const yTick = { fontSize: 13 };
const localStyles = {
  radiation: { colour: '#6a3d9a', shape: 'diamond', label: 'Radiation' },
  surgery: { colour: '#333333', shape: 'square', label: 'Surgery' },
} as const;

function styleOf(kind: MarkerPoint['kind']) {
  return kind === 'radiation' || kind === 'surgery' ? localStyles[kind] : markerStyles[kind];
}

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

/** A chart mark that pins its details when clicked or activated from the keyboard. */
function pinnable(pin: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: pin,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pin();
      }
    },
  } as const;
}

/** Where a band's regimen label goes: inside when it fits, else after the band, else before. */
function labelPlacement(x: number, width: number, text: string, chartWidth: number) {
  const textWidth = text.length * 6.6;
  if (textWidth + 8 < width) return { x: x + 4, anchor: 'start' } as const;
  const fitsAfter = x + width + 10 + textWidth < chartWidth - 24;
  return fitsAfter
    ? ({ x: x + width + 10, anchor: 'start' } as const)
    : ({ x: x - 6, anchor: 'end' } as const);
}

interface BandProps {
  readonly band: BandRow;
  readonly top: number;
  readonly bottom: number;
  readonly x0: number;
  readonly width: number;
  readonly slots: number;
  readonly chartWidth: number;
  readonly onPin: (item: PinnedItem) => void;
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
    a.onPin === b.onPin &&
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
  onPin,
}: BandProps) {
  const inner = Math.max(4, bottom - top - 6);
  const slotHeight = (inner - (slots - 1)) / slots;
  const label = band.title.replace(/^Line \d+: /, '') + (band.running ? ' →' : '');
  const place = labelPlacement(x0, width, label, chartWidth);
  return (
    <g
      {...pinnable(() => onPin({ title: band.title, detail: band.detail }))}
      aria-label={`${band.title}. ${band.detail}`}
      className="timeline-band"
    >
      <title>{`${band.title} (${band.detail})`}</title>
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
        fontSize={12}
        className="timeline-band__label"
      >
        {label}
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
  onPin,
}: {
  bands: readonly BandRow[];
  slots: number;
  chartWidth: number;
  onPin: (item: PinnedItem) => void;
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
            onPin={onPin}
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
  onPin,
}: {
  cx: number;
  cy: number;
  kind: MarkerPoint['kind'];
  title: string;
  date: string;
  onPin: (item: PinnedItem) => void;
}) {
  const style = styleOf(kind);
  return (
    <g
      {...pinnable(() => onPin({ title, detail: formatDate(date) }))}
      aria-label={`${title}, ${formatDate(date)}`}
      className="timeline-marker"
    >
      <title>{`${title} (${formatDate(date)})`}</title>
      <Symbols
        cx={cx}
        cy={cy}
        type={style.shape}
        size={90}
        fill={style.colour}
        stroke="#ffffff"
        strokeWidth={1}
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
  onPin,
}: {
  markers: readonly MarkerPoint[];
  onPin: (item: PinnedItem) => void;
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
              onPin={onPin}
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
      <YAxis type="category" dataKey="row" scale="band" width={110} tick={yTick} interval={0} />
    </>
  );
});

/** The legend, redrawn only when the classes shown change (not on every event). */
const Legend = memo(
  function Legend({ classes }: { classes: readonly DrugClass[] }) {
    return (
      <ul className="timeline-legend" aria-label="Legend">
        {classes.map((c) => (
          <li key={c}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" rx="2" fill={classColours[c]} />
              {modalityPatterns[modalityOf(c)] ? (
                <rect
                  width="14"
                  height="14"
                  fill={`url(#${modalityPatterns[modalityOf(c)]?.id})`}
                />
              ) : null}
            </svg>{' '}
            {c}
          </li>
        ))}
        {Object.entries({ ...markerStyles, ...localStyles }).map(([kind, style]) => (
          <li key={kind}>
            <svg width="14" height="14" aria-hidden="true">
              <Symbols cx={7} cy={7} type={style.shape} size={60} fill={style.colour} />
            </svg>{' '}
            {style.label}
          </li>
        ))}
        {Object.values(modalityPatterns).map((pattern) => (
          <li key={pattern.id}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill="#5b6f8a" />
              <rect width="14" height="14" fill={`url(#${pattern.id})`} />
            </svg>{' '}
            {pattern.label}
          </li>
        ))}
        <li>→ line still running</li>
      </ul>
    );
  },
  (a, b) => a.classes.join('|') === b.classes.join('|'),
);

export interface PinnedItem {
  readonly title: string;
  readonly detail: string;
}

/**
 * The course over time: one numbered band per line (parallel bars, one per drug class, in the
 * class's colour), markers for events, local therapy per site. Clicking a band or marker pins
 * its details below the chart. Loaded on demand (recharts is large).
 */
export default function TimelineChart({ timeline, width }: { timeline: Timeline; width: number }) {
  const data = useMemo(() => toChartData(timeline), [timeline]);
  const [pinned, setPinned] = useState<PinnedItem>();
  const origin = timeline.origin ?? '2000-01-01';

  // The category axis takes its rows from the chart data; the bands draw themselves. Keyed by
  // content so the same rows keep the same array (and recharts its computed axes).
  const rowKey = data.rows.join('\n');
  const rows = useMemo(() => rowKey.split('\n').map((row) => ({ row })), [rowKey]);
  const height = Math.max(160, data.rows.length * rowHeight + 60);

  return (
    <figure
      className="timeline-chart"
      data-lines={data.bands.length}
      data-markers={data.markers.length}
    >
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
            onPin={setPinned}
          />
        </ZIndexLayer>
        <MarkerLayer markers={data.markers} onPin={setPinned} />
      </ComposedChart>
      <figcaption>
        <Legend classes={data.classesShown} />
        <div className="pinned" aria-live="polite">
          {pinned ? (
            <>
              <strong>{pinned.title}</strong> — {pinned.detail}{' '}
              <button type="button" className="link-button" onClick={() => setPinned(undefined)}>
                Unpin
              </button>
            </>
          ) : (
            <span className="muted small">Click a band or marker to pin its details here.</span>
          )}
        </div>
      </figcaption>
    </figure>
  );
}
