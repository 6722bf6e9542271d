import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import { syntheticCourse } from '../../../test/fixtures/synthetic-histories.ts';
import { replayCase } from '../machine/replay-case.ts';
import { initialContext } from '../machine/therapy-context.ts';
import { buildTimeline, monthsFromDays } from './build-timeline.ts';

describe('buildTimeline', () => {
  const caseFile = buildCase({}, [
    { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
    { date: '2025-01-20', type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
    { date: '2025-04-20', type: 'response', assessment: 'partial' },
    { date: '2025-05-01', type: 'local-therapy', modality: 'radiation', site: 'bone' },
    { date: '2025-06-01', type: 'break' },
    { date: '2025-06-21', type: 'resume' },
    { date: '2026-02-01', type: 'progression', sites: [{ site: 'liver', count: 1 }] },
    { date: '2026-02-10', type: 'start-line', regimen: ['fulvestrant', 'abemaciclib'] },
  ]);
  const { snapshot, applied } = replayCase(caseFile);

  it('counts days from the first metastases event', () => {
    const timeline = buildTimeline(applied, snapshot.context);
    expect(timeline.origin).toBe('2025-01-10');
    expect(timeline.lines.map((l) => [l.number, l.startDay, l.endDay, l.running])).toEqual([
      [1, 10, 387, false],
      [2, 396, 396, true],
    ]);
  });

  it('labels markers in the words the rest of the app uses, a decision by its option label', () => {
    const withDecision = buildCase({}, [
      { date: '2025-01-10', type: 'metastases', sites: [{ site: 'lymph-node', count: 2 }] },
      {
        date: '2025-01-12',
        type: 'decision',
        choice: 'accepted',
        candidate: 'opt-x',
        rationale: 'board agreed',
      },
      { date: '2025-01-20', type: 'start-line', regimen: ['letrozole'] },
      { date: '2025-04-20', type: 'response', assessment: 'stable' },
      { date: '2025-09-01', type: 'progression', sites: [{ site: 'liver' }] },
    ]);
    const replayed = replayCase(withDecision);
    const labels = buildTimeline(replayed.applied, replayed.snapshot.context, undefined, (id) =>
      id === 'opt-x' ? 'Option X' : id,
    ).markers.map((m) => m.label);
    expect(labels).toEqual([
      'Metastases: lymph node ×2',
      'Accepted: Option X',
      'Response: stable disease',
      'Progression (liver)',
    ]);
  });

  it('extends a running line to the as-of date and keeps breaks inside their line', () => {
    const timeline = buildTimeline(applied, snapshot.context, '2026-03-10');
    expect(timeline.lines[1]).toMatchObject({
      running: true,
      endDay: 424,
      label: 'fulvestrant + abemaciclib',
    });
    expect(timeline.lines[0]?.breaks).toEqual([{ startDay: 142, endDay: 162 }]);
    expect(timeline.lines[0]).toMatchObject({
      endReason: 'progression',
      counterRule: 'first-line',
      modality: 'targeted',
      classes: ['aromatase inhibitor', 'CDK4/6 inhibitor'],
    });
  });

  it('marks events and local therapy with their place in the log', () => {
    const timeline = buildTimeline(applied, snapshot.context);
    expect(timeline.markers.map((m) => [m.kind, m.eventIndex])).toEqual([
      ['metastases', 0],
      ['response', 2],
      ['break', 4],
      ['resume', 5],
      ['progression', 6],
    ]);
    expect(timeline.markers[4]?.label).toBe('Progression (liver)');
    expect(timeline.localTherapies).toEqual([
      { site: 'bone', modality: 'radiation', date: '2025-05-01', day: 111, eventIndex: 3 },
    ]);
  });

  it('is empty without events and scales to 30 lines', () => {
    const empty = buildTimeline([], initialContext(caseFile.patient));
    expect(empty).toEqual({
      origin: undefined,
      endDay: 0,
      lines: [],
      markers: [],
      localTherapies: [],
    });
    const long = replayCase(syntheticCourse(30));
    const timeline = buildTimeline(long.applied, long.snapshot.context);
    expect(timeline.lines).toHaveLength(30);
    expect(
      timeline.lines.every((l, i) => i === 0 || l.startDay >= (timeline.lines[i - 1]?.endDay ?? 0)),
    ).toBe(true);
    expect(monthsFromDays(timeline.endDay)).toBeGreaterThan(80);
  });

  it('counts a line as running only while it is given: not on a break, not once stopped', () => {
    const runningOf = (extra: Parameters<typeof buildCase>[1]) => {
      const replayed = replayCase(buildCase({}, [...caseFile.events, ...extra]));
      const last = buildTimeline(replayed.applied, replayed.snapshot.context).lines.at(-1);
      return [last?.running, last?.onBreak];
    };
    expect(runningOf([])).toEqual([true, false]);
    expect(runningOf([{ date: '2026-03-01', type: 'break' }])).toEqual([false, true]);
    expect(
      runningOf([
        { date: '2026-03-01', type: 'break' },
        { date: '2026-03-20', type: 'resume' },
      ]),
    ).toEqual([true, false]);
    expect(runningOf([{ date: '2026-03-01', type: 'stop-treatment' }])).toEqual([false, false]);
  });
});
