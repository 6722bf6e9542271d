import { parseIsoDate } from '../domain/index.ts';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../test/fixtures/case-builder.ts';
import {
  appendEvent,
  removeEvent,
  replaceEvent,
  replayOf,
  undoLastEvent,
  updatePatient,
} from './case-log.ts';

const base = buildCase({}, [
  { date: parseIsoDate('2025-01-10'), type: 'metastases', sites: [{ site: 'bone' }] },
  { date: parseIsoDate('2025-01-20'), type: 'start-line', regimen: ['letrozole'] },
  { date: parseIsoDate('2025-04-20'), type: 'response', assessment: 'partial' },
]);

describe('case log edits', () => {
  it('appends an event the course allows', () => {
    const result = appendEvent(base, { date: parseIsoDate('2025-06-01'), type: 'progression' });
    expect(result.ok && result.caseFile.events).toHaveLength(4);
  });

  it('refuses an event the course does not allow, with the reason, leaving the case as it was', () => {
    const result = appendEvent(base, { date: parseIsoDate('2025-06-01'), type: 'resume' });
    expect(result).toEqual({ ok: false, reason: 'the line is running, not on a break' });
    expect(base.events).toHaveLength(3);
  });

  it('refuses an event dated before the last one', () => {
    const result = appendEvent(base, { date: parseIsoDate('2025-01-01'), type: 'progression' });
    expect(result).toEqual({
      ok: false,
      reason: "2025-01-01 is before the previous event's date 2025-04-20",
    });
  });

  it('undoes the last event', () => {
    expect(undoLastEvent(base).events.map((e) => e.type)).toEqual(['metastases', 'start-line']);
  });

  it('refuses removing an event that later events depend on', () => {
    const result = removeEvent(base, 1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      /^Removing it would make event 2 \(response on 2025-04-20\) impossible: no line is running/,
    );
    expect(removeEvent(base, 2).ok).toBe(true);
  });

  it('edits an event in place, keeping date order', () => {
    const edited = replaceEvent(base, 2, {
      date: parseIsoDate('2025-04-20'),
      type: 'response',
      assessment: 'stable',
    });
    expect(edited.ok && edited.caseFile.events[2]).toMatchObject({ assessment: 'stable' });
    const late = replaceEvent(base, 1, {
      date: parseIsoDate('2025-05-01'),
      type: 'start-line',
      regimen: ['letrozole'],
    });
    expect(late).toEqual({
      ok: false,
      reason: "2025-05-01 is after the next event's date 2025-04-20",
    });
  });

  it('refuses a patient change that strands the course in intake', () => {
    const result = updatePatient(base, {
      ...base.patient,
      er: 'unknown',
      pr: 'unknown',
      her2: 'unknown',
    });
    expect(result.ok).toBe(false);
    expect(updatePatient(base, { ...base.patient, brca: 'mutated' }).ok).toBe(true);
  });
});

describe('replay cache', () => {
  it('replays a case file once and gives the same result for the same file object', () => {
    const first = replayOf(base);
    expect(replayOf(base)).toBe(first);
    expect(first.applied).toHaveLength(3);
    expect(replayOf({ ...base })).not.toBe(first);
  });

  it('shares the check of an appended event with the session that opens the result', () => {
    const result = appendEvent(base, { date: parseIsoDate('2025-06-01'), type: 'progression' });
    if (!result.ok) throw new Error(result.reason);
    const replay = replayOf(result.caseFile);
    expect(replay.rejections).toEqual([]);
    expect(replay.snapshot.value).toBe('choosing-line');
  });
});
