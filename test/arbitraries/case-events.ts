import fc from 'fast-check';
import {
  eventTypes,
  parseIsoDate,
  type CaseEvent,
  type IsoDate,
  type EventOfType,
  type EventType,
  type Patient,
} from '../../src/domain/index.ts';
import { startCourse, type TherapySnapshot } from '../../src/domain/index.ts';
import type { DrugName } from '../../src/domain/knowledge/drugs.ts';
import { applyEvent } from '../../src/domain/machine/replay-case.ts';

/**
 * Random valid event logs: a list of choices, each picking among the events the course accepts
 * at that point, so every generated log replays without a rejection.
 */

export const modelPatient: Patient = {
  er: 'positive',
  pr: 'negative',
  her2: 'negative',
  brca: 'unknown',
  pdl1: 'unknown',
  menopause: 'post',
  presentation: 'de-novo',
};

const regimens: readonly (readonly DrugName[])[] = [
  ['letrozole', 'palbociclib'],
  ['capecitabine'],
  ['fulvestrant'],
  ['trastuzumab', 'paclitaxel'],
];

type Undated<T extends EventType> = Omit<EventOfType<T>, 'date'>;

/**
 * Sample events of each type, undated (the date is added in order). A `Record` over the event
 * types, so a new type does not compile until the property tests can generate it.
 */
const samplesByType: {
  [T in EventType]: (runningAgents: Readonly<EventOfType<'start-line'>['regimen']>) => Undated<T>[];
} = {
  metastases: () => [{ type: 'metastases', sites: [{ site: 'bone', count: 2 }] }],
  'start-line': () => regimens.map((regimen) => ({ type: 'start-line', regimen: [...regimen] })),
  response: () => [{ type: 'response', assessment: 'partial' }],
  progression: () => [
    { type: 'progression', sites: [{ site: 'liver', count: 1, symptomatic: false }] },
  ],
  intolerance: (agents) => [
    { type: 'intolerance' },
    ...(agents[0] ? [{ type: 'intolerance' as const, agents: [agents[0]] }] : []),
  ],
  break: () => [{ type: 'break' }],
  resume: () => [{ type: 'resume' }],
  'stop-treatment': () => [{ type: 'stop-treatment' }],
  'receptor-update': () => [{ type: 'receptor-update', brca: 'mutated' }],
  'local-therapy': () => [{ type: 'local-therapy', modality: 'radiation', site: 'bone' }],
  decision: () => [
    { type: 'decision', candidate: 'palliative-care', choice: 'accepted', rationale: 'test' },
  ],
};

/** Every kind of event, undated, in the order the case schema lists the types. */
export function eventMenu(snapshot: TherapySnapshot): Array<Omit<CaseEvent, 'date'>> {
  const running = snapshot.context.lines.at(-1);
  const agents = running && running.end === undefined ? running.regimen : [];
  return eventTypes.flatMap((type): Array<Omit<CaseEvent, 'date'>> => samplesByType[type](agents));
}

function dateFor(index: number): IsoDate {
  return parseIsoDate(
    new Date(Date.UTC(2020, 0, 1) + index * 7 * 86_400_000).toISOString().slice(0, 10),
  );
}

/** Turns choices into a valid log by replaying as it goes. */
export function buildValidLog(
  choices: readonly number[],
  patient: Patient = modelPatient,
): CaseEvent[] {
  let snapshot = startCourse(patient);
  const log: CaseEvent[] = [];
  for (const choice of choices) {
    const date = dateFor(log.length);
    const accepted = eventMenu(snapshot)
      .map((e) => ({ ...e, date }) as CaseEvent)
      .filter((e) => snapshot.can(e));
    const event = accepted[choice % Math.max(1, accepted.length)];
    if (!event) continue;
    const result = applyEvent(snapshot, event);
    if (!result.ok) throw new Error(`generated an invalid event: ${result.reason}`);
    snapshot = result.snapshot;
    log.push(event);
  }
  return log;
}

export const validEventLog = (maxLength = 40) =>
  fc.array(fc.nat({ max: 1000 }), { maxLength }).map((choices) => buildValidLog(choices));
