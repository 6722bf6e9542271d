import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelPatient, validEventLog } from '../../../test/arbitraries/case-events.ts';
import { replayEvents } from './replay-case.ts';

describe('replay over random valid event logs', () => {
  it('never rejects an event the course accepted while the log was built', () => {
    fc.assert(
      fc.property(validEventLog(), (log) => {
        expect(replayEvents(modelPatient, log).rejections).toEqual([]);
      }),
    );
  });

  it('numbers lines 1, 2, 3, … and has at most one running line, the last', () => {
    fc.assert(
      fc.property(validEventLog(), (log) => {
        const { lines } = replayEvents(modelPatient, log).snapshot.context;
        lines.forEach((line, i) => expect(line.number).toBe(i + 1));
        expect(lines.slice(0, -1).every((line) => line.end !== undefined)).toBe(true);
        expect(lines.length).toBe(log.filter((e) => e.type === 'start-line').length);
      }),
    );
  });

  it('ends the running line on progression and returns to choosing a line', () => {
    fc.assert(
      fc.property(validEventLog(), (log) => {
        log.forEach((event, i) => {
          if (event.type !== 'progression') return;
          const before = replayEvents(modelPatient, log, i).snapshot;
          const after = replayEvents(modelPatient, log, i + 1).snapshot;
          const running = before.context.lines.at(-1);
          expect(running?.end).toBeUndefined();
          expect(after.value).toBe('choosing-line');
          expect(after.context.lines.at(-1)).toMatchObject({
            end: event.date,
            endReason: 'progression',
          });
          for (const agent of running?.regimen ?? []) {
            expect(after.context.progressedOn).toContainEqual({
              agent,
              line: running?.number,
              date: event.date,
            });
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic, and replaying a prefix equals replaying with `after`', () => {
    fc.assert(
      fc.property(validEventLog(), fc.nat(), (log, cut) => {
        const n = log.length === 0 ? 0 : cut % (log.length + 1);
        const first = replayEvents(modelPatient, log);
        const second = replayEvents(modelPatient, log);
        expect(second.snapshot.value).toBe(first.snapshot.value);
        expect(second.snapshot.context).toEqual(first.snapshot.context);
        const prefix = replayEvents(modelPatient, log.slice(0, n));
        const after = replayEvents(modelPatient, log, n);
        expect(after.snapshot.value).toBe(prefix.snapshot.value);
        expect(after.snapshot.context).toEqual(prefix.snapshot.context);
      }),
    );
  });
});
