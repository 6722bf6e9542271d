import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelPatient, validEventLog } from '../../test/arbitraries/case-events.ts';
import { buildCase } from '../../test/fixtures/case-builder.ts';
import { recommend, replayCase, replayEvents, type Recommendation } from '../domain/index.ts';
import { knowledge } from '../lib/knowledge.ts';
import { recommendationKeeper, shareUnchanged } from './share-unchanged.ts';

const onLetrozole = buildCase({ age: 64 }, [
  { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  { date: '2025-01-20', type: 'start-line', regimen: ['letrozole'] },
]);
const progressed = buildCase({ age: 64 }, [
  { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  { date: '2025-01-20', type: 'start-line', regimen: ['letrozole'] },
  { date: '2025-06-01', type: 'progression' },
]);
const recommendationOf = (events: typeof onLetrozole.events): Recommendation =>
  recommend(replayCase({ ...onLetrozole, events }).snapshot, knowledge);

describe('shareUnchanged', () => {
  it('keeps the whole previous recommendation when an event changes nothing in it', () => {
    const before = recommendationOf(onLetrozole.events);
    const again = recommendationOf(onLetrozole.events);
    expect(again).not.toBe(before);
    expect(shareUnchanged(before, again)).toBe(before);
  });

  it('keeps each unchanged candidate object and takes the changed ones from the new', () => {
    const running = recommendationOf(onLetrozole.events);
    const afterProgression = recommendationOf(progressed.events);
    const shared = shareUnchanged(running, afterProgression);
    expect(shared).toEqual(afterProgression);
    const previousById = new Map(running.candidates.map((c) => [c.id, c]));
    for (const candidate of shared.candidates) {
      const old = previousById.get(candidate.id);
      if (old && JSON.stringify(old) === JSON.stringify(candidate)) expect(candidate).toBe(old);
      else expect(afterProgression.candidates).toContain(candidate);
    }
    // Supportive options (palliative care, a trial) read the same on either line.
    expect(shared.candidates.filter((c) => running.candidates.includes(c)).length).toBeGreaterThan(
      0,
    );
    // A progression changes the line, so the recommendation itself is new.
    expect(shared).not.toBe(running);
  });

  it('always equals the new recommendation in content, over random courses', () => {
    fc.assert(
      fc.property(validEventLog(), fc.nat(), (log, cut) => {
        const at = log.length === 0 ? 0 : cut % (log.length + 1);
        const before = recommend(replayEvents(modelPatient, log, at).snapshot, knowledge);
        const after = recommend(replayEvents(modelPatient, log).snapshot, knowledge);
        expect(shareUnchanged(before, after)).toEqual(after);
      }),
      { numRuns: 60 },
    );
  });

  it('a keeper shares against what it returned last', () => {
    const keep = recommendationKeeper();
    const first = keep(recommendationOf(onLetrozole.events));
    expect(keep(recommendationOf(onLetrozole.events))).toBe(first);
  });
});
