import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import { validEventLog } from '../../../test/arbitraries/case-events.ts';
import { blankCase } from '../case/blank-case.ts';
import { subtypeInWords } from '../case/subtype.ts';
import { knowledge } from '../../../test/knowledge.ts';
import { recommend } from '../engine/recommend.ts';
import { replayCase } from '../machine/replay-case.ts';
import { caseDisplayName, eventInWords, siteInWords, summarisePatient } from './patient-summary.ts';

const twoLines = buildCase({ er: 'positive', pr: 'positive', her2: 'negative', age: 62, ecog: 1 }, [
  {
    date: '2024-01-10',
    type: 'metastases',
    sites: [
      {
        site: 'bone',
        count: 3,
        symptomatic: true,
        complications: ['pain', 'spinal-cord-compression'],
      },
      { site: 'lymph-node' },
    ],
  },
  { date: '2024-01-20', type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
  { date: '2025-01-20', type: 'progression' },
  { date: '2025-02-01', type: 'start-line', regimen: ['fulvestrant'] },
]);

describe('subtypeInWords', () => {
  it('names the subtype in words with the receptors it rests on', () => {
    expect(subtypeInWords(twoLines.patient)).toBe('HR-positive (ER+ PR+), HER2-negative');
    expect(subtypeInWords({ ...twoLines.patient, pr: 'negative', her2: 'positive' })).toBe(
      'HR-positive (ER+ PR−), HER2-positive',
    );
    expect(subtypeInWords({ ...twoLines.patient, er: 'negative', pr: 'negative' })).toBe(
      'Triple-negative (ER− PR− HER2−)',
    );
    expect(subtypeInWords(blankCase().patient)).toBe(
      'hormone receptors unknown (ER? PR?), HER2 unknown',
    );
  });
});

describe('summarisePatient', () => {
  const { snapshot } = replayCase(twoLines);
  const summary = summarisePatient(snapshot, [], { asOf: '2025-05-01' });

  it('lists the facts that steer the options in plain words, no internal values', () => {
    expect(summary.subtype).toBe('HR-positive (ER+ PR+), HER2-negative');
    expect(summary.facts).toEqual([
      'postmenopausal',
      '62 years',
      'ECOG 1',
      'no germline BRCA mutation',
      'PD-L1 negative',
      'de novo',
    ]);
    expect(summary.sites).toEqual([
      'bone ×3 (symptomatic: pain, spinal cord compression)',
      'lymph node',
    ]);
  });

  it('says the state and line as the banner does', () => {
    expect(summary.state).toBe('Line 2 running since 2025-02-01');
    const formatted = summarisePatient(snapshot, [], {
      asOf: '2025-05-01',
      formatDate: () => '1 Feb 2025',
    });
    expect(formatted.state).toBe('Line 2 running since 1 Feb 2025');
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

  it('names intolerance, a switch and a stop as the way a line ended', () => {
    const course = buildCase({}, [
      { date: '2024-01-10', type: 'metastases', sites: [{ site: 'liver' }] },
      { date: '2024-01-20', type: 'start-line', regimen: ['letrozole'] },
      { date: '2024-03-01', type: 'intolerance' },
      { date: '2024-03-10', type: 'start-line', regimen: ['anastrozole'] },
      { date: '2024-04-10', type: 'start-line', regimen: ['capecitabine'] },
      { date: '2024-06-10', type: 'stop-treatment' },
    ]);
    const { lines, state } = summarisePatient(replayCase(course).snapshot, [], {
      asOf: '2025-01-01',
    });
    expect(lines.map((l) => l.ending)).toEqual(['intolerance', 'switched', 'stopped']);
    expect(lines.map((l) => l.months)).toEqual([1.3, 1, 2]);
    expect(state).toBe('Supportive care: anti-cancer treatment stopped');
  });

  it('lists only the unknown results that would open an option, from the open questions', () => {
    const withQuestions = summarisePatient(
      snapshot,
      [
        {
          field: 'brca',
          question: 'BRCA status is unknown',
          couldOpen: [{ id: 'parp-inhibitor', label: 'PARP inhibitor' }],
        },
        { field: 'pdl1', question: 'PD-L1 status is unknown', couldOpen: [] },
        {
          field: 'menopause',
          question: 'Menopausal status is unknown',
          couldOpen: ['A', 'B', 'C'].map((label) => ({ id: label, label })),
        },
      ],
      { asOf: '2025-05-01' },
    );
    expect(withQuestions.unknowns).toEqual([
      'BRCA status (could open PARP inhibitor)',
      'Menopausal status (could open 3 options)',
    ]);
  });

  it('takes the unknowns from the engine: an unknown BRCA in triple-negative disease', () => {
    const tnbc = buildCase({ er: 'negative', pr: 'negative', brca: 'unknown', pdl1: 'unknown' }, [
      { date: '2024-01-10', type: 'metastases', sites: [{ site: 'liver' }] },
      { date: '2024-01-20', type: 'start-line', regimen: ['paclitaxel'] },
      { date: '2024-09-20', type: 'progression' },
    ]);
    const { snapshot: s } = replayCase(tnbc);
    const { openQuestions } = recommend(s, knowledge);
    expect(summarisePatient(s, openQuestions, { asOf: '2025-01-01' }).unknowns).toEqual([
      'BRCA status (could open PARP inhibitor)',
    ]);
  });

  it('summarises every line of the course once, with no negative duration, for any valid course', () => {
    fc.assert(
      fc.property(validEventLog(30), (events) => {
        const { snapshot: s } = replayCase(buildCase({}, events));
        const { lines } = summarisePatient(s, [], { asOf: '2100-12-31' });
        expect(lines.map((l) => [l.number, l.start])).toEqual(
          s.context.lines.map((l) => [l.number, l.start]),
        );
        for (const line of lines) {
          expect(line.months).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(line.months * 10)).toBe(true);
          expect(line.ending === 'still running').toBe(line.end === undefined);
        }
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
    expect(caseDisplayName({ ...twoLines, title: '  ' })).not.toBe('  ');
  });

  it('is built from the patient otherwise: age, subtype, first sites, line', () => {
    expect(caseDisplayName(twoLines)).toBe('62 y, HR+/HER2-, bone + lymph node, line 2');
    const choosing = buildCase({ her2: 'positive' }, [
      { date: '2024-01-10', type: 'metastases', sites: [{ site: 'liver' }, { site: 'lung' }] },
      { date: '2024-02-10', type: 'metastases', sites: [{ site: 'brain' }] },
    ]);
    expect(caseDisplayName(choosing)).toBe('HR+/HER2+, liver + lung + 1 more, line 1');
    expect(caseDisplayName(blankCase())).toBe('New case');
  });

  it('tells apart two untitled cases of one subtype whose facts differ', () => {
    const other = buildCase({ age: 48, ecog: 1 }, [
      { date: '2024-01-10', type: 'metastases', sites: [{ site: 'liver' }] },
    ]);
    expect(caseDisplayName(other)).toBe('48 y, HR+/HER2-, liver, line 1');
    expect(caseDisplayName(other)).not.toBe(caseDisplayName(twoLines));
  });

  it('follows receptor updates and takes the replayed snapshot when given', () => {
    const updated = buildCase({}, [
      { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
      { date: '2024-03-01', type: 'receptor-update', her2: 'positive' },
    ]);
    const { snapshot } = replayCase(updated);
    expect(caseDisplayName(updated, snapshot)).toBe('HR+/HER2+, bone, line 1');
    // A context alone does not say the line: the case is replayed, with the same answer.
    expect(caseDisplayName(updated, snapshot.context)).toBe('HR+/HER2+, bone, line 1');
  });
});

describe('eventInWords', () => {
  const label = (id: string) => (id === 'tamoxifen' ? 'Tamoxifen' : `?${id}`);
  const words = (event: Parameters<typeof eventInWords>[0]) => eventInWords(event, label);

  it('says each event in plain words, sites and values as words, not stored ids', () => {
    const date = twoLines.events[0]!.date;
    expect(
      words({
        date,
        type: 'metastases',
        sites: [
          { site: 'lymph-node', count: 2 },
          { site: 'soft-tissue', symptomatic: true },
        ],
      }),
    ).toBe('Metastases: lymph node ×2, soft tissue (symptomatic)');
    expect(words({ date, type: 'start-line', regimen: ['letrozole', 'palbociclib'] })).toBe(
      'Started letrozole + palbociclib',
    );
    expect(words({ date, type: 'response', assessment: 'stable' })).toBe(
      'Response: stable disease',
    );
    expect(words({ date, type: 'progression', sites: [{ site: 'lymph-node' }] })).toBe(
      'Progression (lymph node)',
    );
    expect(words({ date, type: 'progression' })).toBe('Progression');
    expect(words({ date, type: 'intolerance', agents: ['anastrozole'] })).toBe(
      'Intolerance of anastrozole',
    );
    expect(words({ date, type: 'stop-treatment' })).toBe('Treatment stopped');
    expect(words({ date, type: 'receptor-update', her2: 'positive', brca: 'not-mutated' })).toBe(
      'Biomarkers retested: HER2 positive, BRCA not mutated',
    );
    expect(words({ date, type: 'local-therapy', modality: 'radiation', site: 'soft-tissue' })).toBe(
      'Radiation: soft tissue',
    );
    expect(
      words({ date, type: 'decision', candidate: 'tamoxifen', choice: 'accepted', rationale: '' }),
    ).toBe('Accepted: Tamoxifen');
  });

  it('names every site in words', () => {
    expect(siteInWords('lymph-node')).toBe('lymph node');
    expect(siteInWords('other')).toBe('other site');
  });
});
