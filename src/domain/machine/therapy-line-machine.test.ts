import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { buildCase, dated } from '../../../test/fixtures/case-builder.ts';
import { modelPatient } from '../../../test/arbitraries/case-events.ts';
import { eventTypes, type CaseEvent, type EventType } from '../case/case-schema.ts';
import { parseIsoDate } from '../case/iso-date.ts';
import { applyEvent, replayCase, startCourse, type TherapySnapshot } from './replay-case.ts';
import { therapyLineMachine, type CourseStateName } from './therapy-line-machine.ts';

const date = parseIsoDate('2025-01-01');
/** One event of every kind, plus the variants guards distinguish. */
const modelEvents: CaseEvent[] = [
  { date, type: 'metastases', sites: [{ site: 'bone' }] },
  { date, type: 'start-line', regimen: ['letrozole'] },
  { date, type: 'start-line', regimen: ['capecitabine'] },
  { date, type: 'response', assessment: 'stable' },
  { date, type: 'progression' },
  { date, type: 'intolerance' },
  { date, type: 'intolerance', agents: ['tucatinib'] },
  { date, type: 'break' },
  { date, type: 'resume' },
  { date, type: 'stop-treatment' },
  { date, type: 'receptor-update', pdl1: 'negative' },
  { date, type: 'local-therapy', modality: 'surgery', site: 'bone' },
  { date, type: 'decision', candidate: 'hospice', choice: 'deferred', rationale: 'r' },
];

/** The specification, written independently of the machine: the state after an event, or null. */
function expectedNext(
  state: CourseStateName,
  snapshot: TherapySnapshot,
  event: CaseEvent,
): CourseStateName | null {
  const facts: EventType[] = ['metastases', 'receptor-update', 'local-therapy', 'decision'];
  if (facts.includes(event.type)) {
    return state === 'intake' && event.type === 'metastases' ? 'choosing-line' : state;
  }
  const running = snapshot.context.lines.at(-1);
  const sameRegimen =
    event.type === 'start-line' &&
    running?.end === undefined &&
    running?.regimen.join() === event.regimen.join();
  switch (state) {
    case 'intake':
      return null;
    case 'choosing-line':
      return event.type === 'start-line'
        ? 'on-line'
        : event.type === 'stop-treatment'
          ? 'supportive-care'
          : null;
    case 'on-line':
    case 'on-break':
      return whileTreating(state, event, sameRegimen);
    case 'supportive-care':
      return event.type === 'start-line' ? 'on-line' : null;
  }
}

/** The expected next state for an event while a line is running or on a break. */
function whileTreating(
  state: 'on-line' | 'on-break',
  event: CaseEvent,
  sameRegimen: boolean,
): CourseStateName | null {
  switch (event.type) {
    case 'start-line':
      return sameRegimen ? null : 'on-line';
    case 'response':
      return state;
    case 'progression':
      return 'choosing-line';
    case 'intolerance':
      return event.agents?.includes('tucatinib') ? null : 'choosing-line';
    case 'break':
      return state === 'on-line' ? 'on-break' : null;
    case 'resume':
      return state === 'on-break' ? 'on-line' : null;
    case 'stop-treatment':
      return 'supportive-care';
    // Facts are answered above; listed so a new event type needs an expectation here.
    case 'metastases':
    case 'receptor-update':
    case 'local-therapy':
    case 'decision':
      return null;
  }
}

describe('therapy-line machine, model-based', () => {
  const paths = getShortestPaths(therapyLineMachine, {
    input: { patient: modelPatient },
    events: modelEvents,
    // Coarse enough to stay finite, fine enough to separate the situations guards care about.
    serializeState: (s) =>
      `${s.value}|${Math.min(s.context.lines.length, 2)}|${s.context.lines.at(-1)?.regimen.join('+') ?? '-'}`,
  });

  it('reaches every state', () => {
    const reached = new Set(paths.map((p) => p.state.value));
    expect([...reached].sort()).toEqual([
      'choosing-line',
      'intake',
      'on-break',
      'on-line',
      'supportive-care',
    ]);
  });

  it('follows the specification on every path, and from every reached state for every event', () => {
    const exercised = new Set<string>();
    for (const path of paths) {
      // Replay the path through the same code the app uses, checking each step.
      let snapshot = startCourse(modelPatient);
      for (const step of path.steps) {
        const before = snapshot.value;
        const expected = expectedNext(before, snapshot, step.event);
        const result = applyEvent(snapshot, step.event);
        if (expected === null) {
          expect(result.ok, `${before} + ${step.event.type}`).toBe(false);
          continue;
        }
        expect(result.ok, `${before} + ${step.event.type}`).toBe(true);
        if (!result.ok) continue;
        expect(result.snapshot.value).toBe(expected);
        expect(result.snapshot.value).toBe(step.state.value);
        snapshot = result.snapshot;
      }
      // From the path's end, every event: accepted exactly when the specification says.
      for (const event of modelEvents) {
        const expected = expectedNext(snapshot.value, snapshot, event);
        const result = applyEvent(snapshot, event);
        expect(result.ok, `${snapshot.value} + ${event.type}`).toBe(expected !== null);
        if (result.ok) {
          expect(result.snapshot.value, `${snapshot.value} + ${event.type}`).toBe(expected);
          exercised.add(`${snapshot.value} --${event.type}--> ${result.snapshot.value}`);
        } else {
          expect(result.reason.length).toBeGreaterThan(5);
        }
      }
    }
    // Every transition the machine defines was taken at least once.
    for (const transition of [
      'intake --metastases--> choosing-line',
      'choosing-line --start-line--> on-line',
      'choosing-line --stop-treatment--> supportive-care',
      'on-line --start-line--> on-line',
      'on-line --response--> on-line',
      'on-line --progression--> choosing-line',
      'on-line --intolerance--> choosing-line',
      'on-line --break--> on-break',
      'on-line --stop-treatment--> supportive-care',
      'on-break --resume--> on-line',
      'on-break --start-line--> on-line',
      'on-break --response--> on-break',
      'on-break --progression--> choosing-line',
      'on-break --intolerance--> choosing-line',
      'on-break --stop-treatment--> supportive-care',
      'supportive-care --start-line--> on-line',
      'intake --receptor-update--> intake',
      'choosing-line --local-therapy--> choosing-line',
      'on-line --decision--> on-line',
      'supportive-care --metastases--> supportive-care',
    ]) {
      expect(exercised, transition).toContain(transition);
    }
  });
});

describe('therapy-line machine, rules', () => {
  it('takes every event type of the case schema in at least one state', () => {
    // The one place a new event type is not caught by the compiler: the states' `on` tables.
    const taken = new Set(Object.values(therapyLineMachine.states).flatMap((s) => s.ownEvents));
    expect(eventTypes.filter((type) => !taken.has(type))).toEqual([]);
  });

  const bone = { type: 'metastases', sites: [{ site: 'bone' }] } as const;

  it('stays in intake without a site, or while ER, PR and HER2 are all unknown', () => {
    const unknown = { er: 'unknown', pr: 'unknown', her2: 'unknown' } as const;
    expect(
      replayCase(buildCase(unknown, dated([{ ...bone, sites: [{ site: 'bone' }] }]))).snapshot
        .value,
    ).toBe('intake');
    expect(replayCase(buildCase({}, [])).snapshot.value).toBe('intake');
    const known = replayCase(
      buildCase(
        unknown,
        dated([
          { type: 'metastases', sites: [{ site: 'bone' }] },
          { type: 'receptor-update', her2: 'negative' },
        ]),
      ),
    );
    expect(known.snapshot.value).toBe('choosing-line');
    expect(known.snapshot.context.biomarkerChanges).toEqual([
      { date: parseIsoDate('2024-02-01'), field: 'her2', from: 'unknown', to: 'negative' },
    ]);
  });

  it('rejects events that make no sense, each with its reason', () => {
    const cases: Array<[Parameters<typeof dated>[0], RegExp]> = [
      [
        [
          { type: 'metastases', sites: [{ site: 'bone' }] },
          { type: 'response', assessment: 'partial' },
        ],
        /no line is running to assess/,
      ],
      [
        [
          { type: 'metastases', sites: [{ site: 'bone' }] },
          { type: 'stop-treatment' },
          { type: 'progression' },
        ],
        /treatment has stopped; record new or growing sites with a metastases event/,
      ],
      [
        [
          { type: 'metastases', sites: [{ site: 'bone' }] },
          { type: 'start-line', regimen: ['letrozole'] },
          { type: 'resume' },
        ],
        /not on a break/,
      ],
      [
        [
          { type: 'metastases', sites: [{ site: 'bone' }] },
          { type: 'start-line', regimen: ['letrozole'] },
          { type: 'intolerance', agents: ['tamoxifen'] },
        ],
        /tamoxifen is not in the running line \(letrozole\)/,
      ],
      [
        [
          { type: 'metastases', sites: [{ site: 'bone' }] },
          { type: 'start-line', regimen: ['letrozole'] },
          { type: 'start-line', regimen: ['letrozole'] },
        ],
        /letrozole is already the running line 1/,
      ],
    ];
    for (const [events, reason] of cases) {
      const { rejections } = replayCase(buildCase({}, dated(events)));
      expect(rejections).toHaveLength(1);
      expect(rejections[0]?.reason).toMatch(reason);
    }
    const outOfOrder = replayCase(
      buildCase({}, [
        { date: parseIsoDate('2025-01-10'), type: 'metastases', sites: [{ site: 'bone' }] },
      ]),
    );
    const late = applyEvent(
      outOfOrder.snapshot,
      { date: parseIsoDate('2025-01-01'), type: 'progression' },
      '2025-01-10',
    );
    expect(late).toEqual({
      ok: false,
      reason: "2025-01-01 is before the previous event's date 2025-01-10",
    });
  });

  it('records why the line counter advanced, for every rule', () => {
    const { snapshot } = replayCase(
      buildCase(
        {},
        dated([
          { type: 'metastases', sites: [{ site: 'bone' }] },
          { type: 'start-line', regimen: ['letrozole'] },
          { type: 'progression' },
          { type: 'start-line', regimen: ['fulvestrant'] },
          { type: 'intolerance' },
          { type: 'start-line', regimen: ['tamoxifen'] },
          { type: 'break' },
          { type: 'resume' },
          { type: 'local-therapy', modality: 'radiation', site: 'bone' },
          { type: 'start-line', regimen: ['capecitabine'] },
          { type: 'stop-treatment' },
          { type: 'start-line', regimen: ['eribulin'] },
        ]),
      ),
    );
    expect(snapshot.context.lines.map((l) => [l.number, l.counterRule, l.endReason])).toEqual([
      [1, 'first-line', 'progression'],
      [2, 'after-progression', 'intolerance'],
      [3, 'after-intolerance', 'switch'],
      [4, 'switch-without-progression', 'stop-treatment'],
      [5, 'restart-after-stop', undefined],
    ]);
    expect(snapshot.context.lines[2]?.breaks).toEqual([{ start: '2024-07-01', end: '2024-08-01' }]);
    expect(snapshot.context.intolerantOf).toEqual([
      { agent: 'fulvestrant', line: 2, date: parseIsoDate('2024-05-01') },
    ]);
    expect(snapshot.context.progressedOn).toEqual([
      { agent: 'letrozole', line: 1, date: parseIsoDate('2024-03-01') },
    ]);
  });

  it('keeps the best response and merges sites documented later', () => {
    const { snapshot } = replayCase(
      buildCase(
        {},
        dated([
          { type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
          { type: 'start-line', regimen: ['letrozole'] },
          { type: 'response', assessment: 'partial' },
          { type: 'response', assessment: 'stable' },
          {
            type: 'progression',
            sites: [
              { site: 'bone', count: 5, symptomatic: true },
              { site: 'liver', count: 1 },
            ],
          },
        ]),
      ),
    );
    expect(snapshot.context.lines[0]?.bestResponse).toBe('partial');
    expect(snapshot.context.sites.map((s) => [s.site, s.count, s.symptomatic ?? null])).toEqual([
      ['bone', 5, true],
      ['liver', 1, null],
    ]);
  });
});
