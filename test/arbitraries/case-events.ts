import fc from 'fast-check';
import type { CaseEvent, Patient } from '../../src/domain/index.ts';
import { startCourse, type TherapySnapshot } from '../../src/domain/index.ts';
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

const regimens: readonly (readonly string[])[] = [
  ['letrozole', 'palbociclib'],
  ['capecitabine'],
  ['fulvestrant'],
  ['trastuzumab', 'paclitaxel'],
];

/** Every kind of event, undated (the date is added in order). */
export function eventMenu(snapshot: TherapySnapshot): Array<Omit<CaseEvent, 'date'>> {
  const running = snapshot.context.lines.at(-1);
  const agents = running && running.end === undefined ? running.regimen : [];
  return [
    { type: 'metastases', sites: [{ site: 'bone', count: 2 }] },
    ...regimens.map((regimen) => ({ type: 'start-line' as const, regimen: [...regimen] })),
    { type: 'response', assessment: 'partial' },
    { type: 'progression', sites: [{ site: 'liver', count: 1, symptomatic: false }] },
    { type: 'intolerance' },
    ...(agents[0] ? [{ type: 'intolerance' as const, agents: [agents[0]] }] : []),
    { type: 'break' },
    { type: 'resume' },
    { type: 'stop-treatment' },
    { type: 'receptor-update', brca: 'mutated' },
    { type: 'local-therapy', modality: 'radiation', site: 'bone' },
    { type: 'decision', candidate: 'palliative-care', choice: 'accepted', rationale: 'test' },
  ] as Array<Omit<CaseEvent, 'date'>>;
}

function dateFor(index: number): string {
  return new Date(Date.UTC(2020, 0, 1) + index * 7 * 86_400_000).toISOString().slice(0, 10);
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
