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

export const markerStyles: Record<
  MarkerKind,
  {
    colour: string;
    shape: 'circle' | 'triangle' | 'cross' | 'diamond' | 'square' | 'star' | 'wye';
    label: string;
  }
> = {
  metastases: { colour: '#444444', shape: 'square', label: 'Sites documented' },
  response: { colour: '#2ca02c', shape: 'circle', label: 'Response' },
  progression: { colour: '#c00000', shape: 'triangle', label: 'Progression' },
  intolerance: { colour: '#b35900', shape: 'diamond', label: 'Intolerance' },
  break: { colour: '#555555', shape: 'wye', label: 'Break' },
  resume: { colour: '#555555', shape: 'wye', label: 'Resume' },
  'stop-treatment': { colour: '#000000', shape: 'cross', label: 'Treatment stopped' },
  'receptor-update': { colour: '#9467bd', shape: 'star', label: 'Biomarker update' },
  decision: { colour: '#17527f', shape: 'star', label: 'Decision' },
};

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
  readonly kind: MarkerKind | 'radiation' | 'surgery';
  readonly title: string;
  readonly date: string;
}

export interface ChartData {
  readonly rows: readonly string[];
  readonly bands: readonly BandRow[];
  readonly markers: readonly MarkerPoint[];
  readonly classesShown: readonly DrugClass[];
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
      `${formatDate(line.start)} to ${line.end === undefined ? 'now (running)' : formatDate(line.end)}`,
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
    maxClassesPerLine: Math.max(1, ...timeline.lines.map((l) => l.classes.length)),
    endDay: timeline.endDay,
  };
}

export const modalityOf = (drugClass: DrugClass) => modalityOfClass[drugClass];
