import type { CaseEvent } from '../case/case-schema.ts';
import { daysBetween } from '../case/iso-date.ts';
import type { SiteName } from '../case/vocabulary.ts';
import { eventInWords } from '../summary/patient-summary.ts';
import { getDrug, type DrugClass } from '../knowledge/drugs.ts';
import type { Modality } from '../knowledge/option.ts';
import { regimenModality } from '../engine/modality.ts';
import type { LineCountingRuleId } from '../machine/line-counting-rules.ts';
import type { LineEndReason, TherapyContext } from '../machine/therapy-context.ts';

/**
 * The course as time spans and markers, in days since the metastatic diagnosis (the first
 * `metastases` event). The chart only draws what this computes.
 */

export const daysPerMonth = 30.4375;

export interface LineSpan {
  readonly number: number;
  readonly regimen: readonly string[];
  readonly label: string;
  readonly classes: readonly DrugClass[];
  readonly modality: Modality;
  readonly start: string;
  /** Undefined while the line is running. */
  readonly end?: string;
  readonly startDay: number;
  /** For a running line, the day of the timeline's end. */
  readonly endDay: number;
  /** Given and not ended: not after a stop, an end, or during a break not yet resumed. */
  readonly running: boolean;
  /** Not ended, but on a break that has not been resumed. */
  readonly onBreak: boolean;
  readonly endReason?: LineEndReason;
  readonly counterRule: LineCountingRuleId;
  readonly breaks: ReadonlyArray<{ readonly startDay: number; readonly endDay: number }>;
}

export type MarkerKind =
  | 'metastases'
  | 'response'
  | 'progression'
  | 'intolerance'
  | 'break'
  | 'resume'
  | 'stop-treatment'
  | 'receptor-update'
  | 'decision';

export interface TimelineMarker {
  readonly kind: MarkerKind;
  readonly date: string;
  readonly day: number;
  readonly label: string;
  /** Index of the event in the log, so the UI can link the marker to its entry. */
  readonly eventIndex: number;
}

export interface LocalTherapyMark {
  readonly site: SiteName;
  readonly modality: 'radiation' | 'surgery';
  readonly technique?: string;
  readonly date: string;
  readonly day: number;
  readonly eventIndex: number;
}

export interface Timeline {
  readonly origin: string | undefined;
  readonly endDay: number;
  readonly lines: readonly LineSpan[];
  readonly markers: readonly TimelineMarker[];
  readonly localTherapies: readonly LocalTherapyMark[];
}

export const monthsFromDays = (days: number) => days / daysPerMonth;

/**
 * Builds the timeline from the applied events and the machine context. `asOf` is the date a
 * running line extends to (today in the app; the last event in tests and print). Markers are
 * labelled in the same words as the rest of the app; `optionLabel` names a decision's candidate.
 */
export function buildTimeline(
  events: readonly CaseEvent[],
  context: TherapyContext,
  asOf?: string,
  optionLabel: (id: string) => string = (id) => id,
): Timeline {
  const origin = context.metastaticSince ?? events[0]?.date;
  if (origin === undefined)
    return { origin, endDay: 0, lines: [], markers: [], localTherapies: [] };
  const day = (date: string) => daysBetween(origin, date);
  const lastDate = events.at(-1)?.date ?? origin;
  const endDate = asOf !== undefined && asOf > lastDate ? asOf : lastDate;
  const endDay = Math.max(day(endDate), 1);

  const lines: LineSpan[] = context.lines.map((line) => {
    const onBreak = line.end === undefined && line.breaks.some((b) => b.end === undefined);
    return {
      number: line.number,
      regimen: line.regimen,
      label: line.regimen.join(' + '),
      classes: [...new Set(line.regimen.flatMap((a) => getDrug(a)?.drugClass ?? []))],
      modality: regimenModality(line.regimen) ?? 'chemotherapy',
      start: line.start,
      ...(line.end === undefined ? {} : { end: line.end }),
      startDay: day(line.start),
      endDay: line.end === undefined ? endDay : day(line.end),
      running: line.end === undefined && !onBreak,
      onBreak,
      ...(line.endReason === undefined ? {} : { endReason: line.endReason }),
      counterRule: line.counterRule,
      breaks: line.breaks.map((b) => ({
        startDay: day(b.start),
        endDay: b.end === undefined ? endDay : day(b.end),
      })),
    };
  });

  const markers: TimelineMarker[] = [];
  const localTherapies: LocalTherapyMark[] = [];
  events.forEach((event, eventIndex) => {
    if (event.type === 'local-therapy') {
      localTherapies.push({
        site: event.site,
        modality: event.modality,
        ...(event.technique === undefined ? {} : { technique: event.technique }),
        date: event.date,
        day: day(event.date),
        eventIndex,
      });
      return;
    }
    // A line's start is drawn as its band, not as a marker.
    if (event.type === 'start-line') return;
    const label = eventInWords(event, optionLabel);
    markers.push({ kind: event.type, date: event.date, day: day(event.date), label, eventIndex });
  });
  return { origin, endDay, lines, markers, localTherapies };
}
