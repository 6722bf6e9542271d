import { parseIsoDate } from './iso-date.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import { buildValidLog, modelPatient } from '../../../test/arbitraries/case-events.ts';
import { caseFormat, type CaseEvent, type CaseFile } from './case-schema.ts';
import { mergeCaseEdits, sameCaseData } from './merge-case-edits.ts';
import { replayCase } from '../machine/replay-case.ts';

const base = buildCase({}, [
  { date: parseIsoDate('2025-01-10'), type: 'metastases', sites: [{ site: 'bone' }] },
  { date: parseIsoDate('2025-01-20'), type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
]);
const response: CaseEvent = {
  date: parseIsoDate('2025-04-20'),
  type: 'response',
  assessment: 'partial',
};
const progression: CaseEvent = { date: parseIsoDate('2025-09-01'), type: 'progression' };
const decision: CaseEvent = {
  date: parseIsoDate('2025-05-02'),
  type: 'decision',
  candidate: 'palliative-care',
  choice: 'deferred',
  rationale: 'board',
};
const withEvents = (...events: CaseEvent[]): CaseFile => ({
  ...base,
  events: [...base.events, ...events],
});

describe('merging two copies of a case edited apart', () => {
  it('keeps a board decision and the case view’s new event, in date order', () => {
    const merged = mergeCaseEdits(base, withEvents(response), withEvents(decision));
    expect(merged).toEqual({ ok: true, caseFile: withEvents(response, decision) });
  });

  it('takes a patient change made on one side only', () => {
    const mine = { ...base, patient: { ...base.patient, brca: 'mutated' as const } };
    const merged = mergeCaseEdits(base, mine, withEvents(decision));
    expect(merged.ok && merged.caseFile.patient.brca).toBe('mutated');
    expect(merged.ok && merged.caseFile.events.at(-1)).toEqual(decision);
  });

  it('refuses course events added on both sides (their order cannot be known)', () => {
    const merged = mergeCaseEdits(base, withEvents(response), withEvents(progression));
    expect(merged.ok ? '' : merged.reason).toMatch(/both copies added/);
  });

  it('refuses when either side edited or removed an event both had', () => {
    const removed = { ...base, events: base.events.slice(0, 1) };
    expect(mergeCaseEdits(base, removed, withEvents(decision))).toMatchObject({ ok: false });
    expect(mergeCaseEdits(base, withEvents(decision), removed)).toMatchObject({ ok: false });
  });

  it('refuses different patient changes on the two sides', () => {
    const mine = { ...base, patient: { ...base.patient, brca: 'mutated' as const } };
    const theirs = { ...base, patient: { ...base.patient, brca: 'unknown' as const } };
    expect(mergeCaseEdits(base, mine, theirs)).toEqual({
      ok: false,
      reason: 'both copies changed the patient differently',
    });
  });

  it('refuses an added event dated before the events both copies share', () => {
    const early = { ...decision, date: parseIsoDate('2025-01-15') };
    const merged = mergeCaseEdits(base, withEvents(response), withEvents(early));
    expect(merged.ok ? '' : merged.reason).toMatch(/dated before/);
  });

  it('does not duplicate an event both sides added identically', () => {
    const merged = mergeCaseEdits(base, withEvents(decision), withEvents(decision));
    expect(merged).toEqual({ ok: true, caseFile: withEvents(decision) });
  });

  it('compares case data whatever the key order', () => {
    expect(sameCaseData({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(
      true,
    );
    expect(sameCaseData({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('property: with one side unchanged, the merge is exactly the other side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1000 }), { maxLength: 12 }),
        fc.array(fc.nat({ max: 1000 }), { maxLength: 12 }),
        (prefix, more) => {
          const shared = buildValidLog(prefix);
          const extended = buildValidLog([...prefix, ...more]);
          const start: CaseFile = { format: caseFormat, patient: modelPatient, events: shared };
          const edited: CaseFile = { ...start, events: extended };
          expect(mergeCaseEdits(start, edited, start)).toEqual({ ok: true, caseFile: edited });
          expect(mergeCaseEdits(start, start, edited)).toEqual({ ok: true, caseFile: edited });
        },
      ),
    );
  });

  it('property: a merge that succeeds replays, and keeps every event of both sides', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1000 }), { maxLength: 10 }),
        fc.array(fc.nat({ max: 1000 }), { maxLength: 6 }),
        fc.array(fc.nat({ max: 1000 }), { maxLength: 6 }),
        (prefix, mineMore, theirsMore) => {
          const start: CaseFile = {
            format: caseFormat,
            patient: modelPatient,
            events: buildValidLog(prefix),
          };
          const mine = { ...start, events: buildValidLog([...prefix, ...mineMore]) };
          const theirs = { ...start, events: buildValidLog([...prefix, ...theirsMore]) };
          const merged = mergeCaseEdits(start, mine, theirs);
          if (!merged.ok) return;
          expect(replayCase(merged.caseFile).rejections).toEqual([]);
          for (const event of [...mine.events, ...theirs.events])
            expect(merged.caseFile.events.some((e) => sameCaseData(e, event))).toBe(true);
        },
      ),
    );
  });
});
