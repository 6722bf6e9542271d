import {
  getLineCountingRule,
  modalityOfClass,
  type DrugClass,
  type MarkerKind,
  type Timeline,
} from '../../domain/index.ts';
import { formatDate } from '../../lib/format.ts';
import { siteLabel } from '../forms/sites-fields.tsx';

/**
 * Maps the domain's timeline to the rows the chart draws. Pure, so its mapping is tested
 * without rendering a chart.
 */

/** One colour per drug class, the same on every screen (and paired with a text label). */
export const classColours: Record<DrugClass, string> = {
  'aromatase inhibitor': '#1f77b4',
  SERM: '#4f9fd8',
  SERD: '#17527f',
  'LHRH / GnRH agonist': '#7aa6c2',
  'other hormone therapy': '#5b6f8a',
  'CDK4/6 inhibitor': '#2ca02c',
  'mTOR / PI3K / AKT inhibitor': '#5e8f2b',
  'PARP inhibitor': '#8c564b',
  'anti-HER2': '#d62728',
  'checkpoint inhibitor': '#9467bd',
  chemotherapy: '#e07b00',
};

/** What the chart marks: the domain's events, and local therapy on its site's row. */
export type ChartMarkKind = MarkerKind | 'radiation' | 'surgery';

/** The symbols a mark can take: each kind has its own, so no two things look alike. */
export type MarkerShape =
  | 'circle'
  | 'square'
  | 'triangle-up'
  | 'triangle-down'
  | 'diamond'
  | 'x'
  | 'star'
  | 'hexagon'
  | 'wye'
  | 'pause'
  | 'play';

export interface MarkerStyle {
  readonly colour: string;
  readonly shape: MarkerShape;
  readonly label: string;
}

/** One symbol per kind of mark (shape and colour both differ between kinds). */
export const markerStyles: Record<ChartMarkKind, MarkerStyle> = {
  metastases: { colour: '#444444', shape: 'square', label: 'Sites documented' },
  response: { colour: '#2ca02c', shape: 'circle', label: 'Response' },
  progression: { colour: '#c00000', shape: 'triangle-up', label: 'Progression' },
  intolerance: { colour: '#b35900', shape: 'diamond', label: 'Intolerance' },
  break: { colour: '#5b6f8a', shape: 'pause', label: 'Break' },
  resume: { colour: '#0f7b6c', shape: 'play', label: 'Resume' },
  'stop-treatment': { colour: '#000000', shape: 'x', label: 'Treatment stopped' },
  'receptor-update': { colour: '#9467bd', shape: 'hexagon', label: 'Biomarker update' },
  decision: { colour: '#17527f', shape: 'star', label: 'Decision' },
  radiation: { colour: '#6a3d9a', shape: 'wye', label: 'Radiation' },
  surgery: { colour: '#333333', shape: 'triangle-down', label: 'Surgery' },
};

/** The order the legend lists marks in. */
export const chartMarkKinds = Object.keys(markerStyles) as readonly ChartMarkKind[];

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(points: ReadonlyArray<readonly [number, number]>, cx: number, cy: number) {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(cx + x)} ${round(cy + y)}`).join('')}Z`;
}

const polar = (radius: number, angle: number) =>
  [radius * Math.cos(angle), radius * Math.sin(angle)] as const;

/** Regular polygon or star: `points` outer corners, every other corner at `inner` if given. */
function radial(count: number, r: number, start: number, inner?: number) {
  const step = (2 * Math.PI) / count;
  return Array.from({ length: count }, (_, i) => [
    polar(r, start + i * step),
    ...(inner === undefined ? [] : [polar(inner, start + (i + 0.5) * step)]),
  ]).flat();
}

/** Arms of half-width `a` from the centre (an X with four, a Y with three). */
function arms(count: number, r: number, start: number, a: number) {
  const step = (2 * Math.PI) / count;
  const crotch = a / Math.sin(step / 2);
  return Array.from({ length: count }, (_, i) => {
    const angle = start + i * step;
    const [ux, uy] = polar(1, angle);
    const [nx, ny] = polar(1, angle + Math.PI / 2);
    return [
      [r * ux - a * nx, r * uy - a * ny],
      [r * ux + a * nx, r * uy + a * ny],
      polar(crotch, angle + step / 2),
    ] as const;
  }).flat();
}

/** The SVG path of a mark's symbol centred on (cx, cy), about 2r across. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(cx - r)} ${round(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square': {
      const h = r * 0.85;
      return polygon(
        [
          [-h, -h],
          [h, -h],
          [h, h],
          [-h, h],
        ],
        cx,
        cy,
      );
    }
    case 'triangle-up':
      return polygon(radial(3, r * 1.1, -Math.PI / 2), cx, cy + r * 0.15);
    case 'triangle-down':
      return polygon(radial(3, r * 1.1, Math.PI / 2), cx, cy - r * 0.15);
    case 'play':
      return polygon(radial(3, r * 1.1, 0), cx - r * 0.15, cy);
    case 'diamond':
      return polygon(radial(4, r * 1.15, -Math.PI / 2), cx, cy);
    case 'hexagon':
      return polygon(radial(6, r, -Math.PI / 2), cx, cy);
    case 'star':
      return polygon(radial(5, r * 1.2, -Math.PI / 2, r * 0.5), cx, cy);
    case 'x':
      return polygon(arms(4, r * 1.05, Math.PI / 4, r * 0.28), cx, cy);
    case 'wye':
      return polygon(arms(3, r * 1.05, -Math.PI / 2, r * 0.3), cx, cy);
    case 'pause': {
      const bar = (x0: number, x1: number) =>
        polygon(
          [
            [x0, -r],
            [x1, -r],
            [x1, r],
            [x0, r],
          ],
          cx,
          cy,
        );
      return bar(-r * 0.85, -r * 0.2) + bar(r * 0.2, r * 0.85);
    }
  }
}

export const eventsRow = 'Events';

export interface BandRow {
  readonly row: string;
  readonly kind: 'line' | 'site';
  /** [start day, end day] per class slot; a line with two classes has two parallel bars. */
  readonly spans: ReadonlyArray<{
    readonly drugClass: DrugClass;
    readonly range: readonly [number, number];
  }>;
  readonly title: string;
  readonly detail: string;
  readonly running: boolean;
}

export interface MarkerPoint {
  readonly row: string;
  readonly day: number;
  readonly kind: ChartMarkKind;
  readonly title: string;
  readonly date: string;
}

export interface ChartData {
  readonly rows: readonly string[];
  readonly bands: readonly BandRow[];
  readonly markers: readonly MarkerPoint[];
  readonly classesShown: readonly DrugClass[];
  /** The kinds of mark this course has, in legend order: the legend lists only these. */
  readonly kindsShown: readonly ChartMarkKind[];
  /** Whether a line is being given now (the legend explains the arrow only then). */
  readonly anyRunning: boolean;
  readonly maxClassesPerLine: number;
  readonly endDay: number;
}

export const lineRow = (n: number) => `Line ${n}`;

export function toChartData(timeline: Timeline): ChartData {
  const bands: BandRow[] = timeline.lines.map((line) => ({
    row: lineRow(line.number),
    kind: 'line',
    spans: line.classes.map((drugClass) => ({
      drugClass,
      range: [line.startDay, line.endDay] as const,
    })),
    title: `Line ${line.number}: ${line.label}`,
    detail: [
      `${formatDate(line.start)} to ${line.end !== undefined ? formatDate(line.end) : line.onBreak ? 'now (on a break)' : 'now (still running)'}`,
      line.endReason ? `ended by ${line.endReason}` : undefined,
      getLineCountingRule(line.counterRule).description,
    ]
      .filter(Boolean)
      .join(' · '),
    running: line.running,
  }));

  const lineAt = (day: number) =>
    [...timeline.lines].reverse().find((l) => l.startDay <= day && day <= l.endDay);
  const onLineKinds = new Set<MarkerKind>([
    'response',
    'progression',
    'intolerance',
    'break',
    'resume',
  ]);
  const markers: MarkerPoint[] = timeline.markers.map((m) => {
    const line = onLineKinds.has(m.kind) ? lineAt(m.day) : undefined;
    return {
      row: line ? lineRow(line.number) : eventsRow,
      day: m.day,
      kind: m.kind,
      title: m.label,
      date: m.date,
    };
  });

  const siteRows = [...new Set(timeline.localTherapies.map((t) => t.site))].map(
    (s) => `Site: ${siteLabel(s)}`,
  );
  for (const t of timeline.localTherapies) {
    markers.push({
      row: `Site: ${siteLabel(t.site)}`,
      day: t.day,
      kind: t.modality,
      title: `${t.modality === 'radiation' ? 'Radiation' : 'Surgery'} to ${t.site}${t.technique ? ` (${t.technique})` : ''}`,
      date: t.date,
    });
  }

  const classesShown = [...new Set(timeline.lines.flatMap((l) => l.classes))].sort(
    (a, b) => Object.keys(classColours).indexOf(a) - Object.keys(classColours).indexOf(b),
  );
  return {
    rows: [eventsRow, ...bands.map((b) => b.row), ...siteRows],
    bands,
    markers,
    classesShown,
    kindsShown: chartMarkKinds.filter((kind) => markers.some((m) => m.kind === kind)),
    anyRunning: bands.some((b) => b.running),
    maxClassesPerLine: Math.max(1, ...timeline.lines.map((l) => l.classes.length)),
    endDay: timeline.endDay,
  };
}

export const modalityOf = (drugClass: DrugClass) => modalityOfClass[drugClass];
