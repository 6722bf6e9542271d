import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import { validEventLog } from '../../../test/arbitraries/case-events.ts';
import { replayCase } from '../machine/replay-case.ts';
import { caseDisplayName, subtypeInWords, summarisePatient } from './patient-summary.ts';

const twoLines = buildCase({ er: 'positive', pr: 'positive', her2: 'negative', age: 62, ecog: 1 }, [
  {
    date: '2024-01-10',
    type: 'metastases',
    sites: [
      { site: 'bone', count: 3, symptomatic: true, complications: ['pain'] },
      { site: 'lymph-node' },
    ],
  },
  { date: '2024-01-20', type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
  { date: '2025-01-20', type: 'progression' },
  { date: '2025-02-01', type: 'start-line', regimen: ['fulvestrant'] },
]);

describe('summarisePatient', () => {
  const { snapshot } = replayCase(twoLines);
  const summary = summarisePatient(snapshot.context, [], '2025-05-01');

  it('names the subtype in words with the receptors it rests on', () => {
    expect(summary.subtype).toBe('HR-positive (ER+ PR+), HER2-negative');
    expect(subtypeInWords({ ...twoLines.patient, er: 'negative', pr: 'negative' })).toBe(
      'Triple-negative (ER− PR− HER2−)',
    );
  });

  it('lists the facts that steer the options in plain words', () => {
    expect(summary.facts).toEqual([
      'postmenopausal',
      '62 years',
      'ECOG 1',
      'no germline BRCA mutation',
      'PD-L1 negative',
      'de novo',
    ]);
    expect(summary.sites).toEqual(['bone ×3 (symptomatic: pain)', 'lymph node']);
  });

  it('gives each line its regimen, dates, months and how it ended', () => {
    expect(summary.lines).toEqual([
      {
        number: 1,
        regimen: 'letrozole + palbociclib',
        start: '2024-01-20',
        end: '2025-01-20',
        months: 12,
        ending: 'progression',
      },
      {
        number: 2,
        regimen: 'fulvestrant',
        start: '2025-02-01',
        end: undefined,
        months: 2.9,
        ending: 'still running',
      },
    ]);
  });

  it('lists only the unknown results that would open an option', () => {
    const withQuestions = summarisePatient(
      snapshot.context,
      [
        { field: 'brca', question: 'BRCA status is unknown', couldOpen: [{ id: 'a', label: 'A' }] },
        { field: 'pdl1', question: 'PD-L1 status is unknown', couldOpen: [] },
      ],
      '2025-05-01',
    );
    expect(withQuestions.unknowns).toEqual(['BRCA (could open 1 option)']);
  });

  it('summarises every line once, with no negative duration, for any valid course', () => {
    fc.assert(
      fc.property(validEventLog(30), (events) => {
        const { snapshot: s } = replayCase(buildCase({}, events));
        const lines = summarisePatient(s.context, [], '2100-12-31').lines;
        expect(lines.map((l) => l.number)).toEqual(s.context.lines.map((l) => l.number));
        expect(lines.every((l) => l.months >= 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('caseDisplayName', () => {
  it('is the title when the user gave one', () => {
    expect(caseDisplayName({ ...twoLines, title: 'Mrs A, tumor board 3 Dec' })).toBe(
      'Mrs A, tumor board 3 Dec',
    );
  });

  it('is built from the patient otherwise, so two untitled cases differ by what differs', () => {
    expect(caseDisplayName(twoLines)).toBe('62 y, HR+/HER2-, bone + lymph node, 2 lines');
    const other = buildCase({ her2: 'positive' }, [
      { date: '2024-01-10', type: 'metastases', sites: [{ site: 'liver' }] },
    ]);
    expect(caseDisplayName(other)).toBe('HR+/HER2+, liver, no line yet');
  });
});
