import { useMemo, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Symbols,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  DefaultZIndexes,
} from 'recharts';
import type { Timeline } from '../../domain/index.ts';
import { formatDate } from '../../lib/format.ts';
import {
  classColours,
  markerStyles,
  toChartData,
  type MarkerPoint,
} from './timeline-chart-data.ts';

const rowHeight = 34;
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
 * A band's regimen label: inside the band when it fits, otherwise just after it, or before it
 * when the band reaches the right edge, so short lines stay readable with 30 of them.
 */
function BandLabel(props: {
  x?: number | string | undefined;
  y?: number | string | undefined;
  width?: number | string | undefined;
  height?: number | string | undefined;
  value?: unknown;
  chartWidth: number;
}) {
  const text = typeof props.value === 'string' ? props.value : '';
  const [x, y, w, h] = [props.x, props.y, props.width, props.height].map((v) => Number(v ?? 0));
  if (!text || x === undefined || y === undefined || w === undefined || h === undefined)
    return null;
  const textWidth = text.length * 6.6;
  const middle = y + h / 2;
  if (textWidth + 8 < w) {
    return (
      <text x={x + 4} y={middle} dominantBaseline="central" fill="#ffffff" fontSize={12}>
        {text}
      </text>
    );
  }
  const fitsAfter = x + w + 6 + textWidth < props.chartWidth - 24;
  return (
    <text
      x={fitsAfter ? x + w + 6 : x - 6}
      y={middle}
      dominantBaseline="central"
      textAnchor={fitsAfter ? 'start' : 'end'}
      fill="#1b1f24"
      fontSize={12}
    >
      {text}
    </text>
  );
}

/**
 * Every event marker in one layer, placed with the chart's own scales: one component instead
 * of one per marker keeps a 30-line course quick to redraw.
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
    // Above the bars (zIndex 300), like the scatter layer, so a marker on a band stays visible.
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="timeline-markers">
        {markers.map((marker, i) => {
          const cx = x(marker.day);
          const cy = y(marker.row, { position: 'middle' });
          if (cx === undefined || cy === undefined) return null;
          const style = styleOf(marker.kind);
          const pin = () => onPin({ title: marker.title, detail: formatDate(marker.date) });
          return (
            <g
              key={`${marker.kind}-${marker.day}-${i}`}
              role="button"
              tabIndex={0}
              aria-label={`${marker.title}, ${formatDate(marker.date)}`}
              className="timeline-marker"
              onClick={pin}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  pin();
                }
              }}
            >
              <title>{`${marker.title} (${formatDate(marker.date)})`}</title>
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
        })}
      </g>
    </ZIndexLayer>
  );
}

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

  const rows = data.rows.map((row) => {
    const band = data.bands.find((b) => b.row === row);
    const entry: Record<string, unknown> = { row };
    band?.spans.forEach((span, i) => {
      entry[`slot${i}`] = span.range;
      entry[`class${i}`] = span.drugClass;
    });
    if (band) entry['label'] = band.title.replace(/^Line \d+: /, '') + (band.running ? ' →' : '');
    return entry;
  });
  const height = Math.max(160, data.rows.length * rowHeight + 60);
  const slots = Array.from({ length: data.maxClassesPerLine }, (_, i) => i);

  return (
    <figure className="timeline-chart">
      <ComposedChart
        layout="vertical"
        width={width}
        height={height}
        data={rows}
        margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
        barCategoryGap={6}
        barGap={1}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, Math.max(data.endDay, 30)]}
          tickFormatter={(day: number) =>
            `${formatDate(dayToDate(origin, day)).replace(/^\d+ /, '')} · ${Math.round(day / 30.4375)} mo`
          }
          tick={{ fontSize: 12 }}
        />
        <YAxis type="category" dataKey="row" width={110} tick={{ fontSize: 13 }} interval={0} />
        {slots.map((slot) => (
          <Bar
            key={slot}
            dataKey={`slot${slot}`}
            isAnimationActive={false}
            onClick={(entry: { payload?: Record<string, unknown> }) => {
              const band = data.bands.find((b) => b.row === entry.payload?.['row']);
              if (band) setPinned({ title: band.title, detail: band.detail });
            }}
          >
            {rows.map((row) => {
              const drugClass = row[`class${slot}`];
              const colour =
                typeof drugClass === 'string' && drugClass in classColours
                  ? classColours[drugClass as keyof typeof classColours]
                  : 'transparent';
              return <Cell key={String(row['row'])} fill={colour} cursor="pointer" />;
            })}
            {slot === 0 ? (
              <LabelList
                dataKey="label"
                content={(props) => <BandLabel {...props} chartWidth={width} />}
              />
            ) : null}
          </Bar>
        ))}
        <MarkerLayer markers={data.markers} onPin={setPinned} />
      </ComposedChart>
      <figcaption>
        <ul className="timeline-legend" aria-label="Legend">
          {data.classesShown.map((c) => (
            <li key={c}>
              <span className="swatch" style={{ background: classColours[c] }} aria-hidden="true" />{' '}
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
          <li>→ line still running</li>
        </ul>
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
