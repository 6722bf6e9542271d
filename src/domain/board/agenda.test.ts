import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../test/knowledge.ts';
import { parseCaseText } from '../case/parse-case.ts';
import { replayCase } from '../machine/replay-case.ts';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import type { Candidate, CandidateConflict } from '../engine/recommendation.ts';
import {
  addItem,
  boardDecisionDateProblem,
  caseDisagreements,
  caseFileName,
  moveItem,
  movedAnnouncement,
  removeItem,
  replaceItem,
  scenarioAtItsQuestion,
  type Agenda,
} from './agenda.ts';

const agenda: Agenda = {
  meetingDate: '2026-03-10',
  items: [
    { source: 'library', id: 'a' },
    { source: 'example', id: 'b' },
  ],
};

describe('the agenda', () => {
  it('adds a case once, removes it and puts a saved copy in its place', () => {
    const added = addItem(agenda, { source: 'scenario', id: 'c' });
    expect(added.items).toHaveLength(3);
    expect(addItem(added, { source: 'scenario', id: 'c' })).toBe(added);
    // The same id from another source is another case.
    expect(addItem(agenda, { source: 'example', id: 'a' }).items).toHaveLength(3);
    expect(removeItem(added, { source: 'example', id: 'b' }).items.map((i) => i.id)).toEqual([
      'a',
      'c',
    ]);
    const replaced = replaceItem(
      agenda,
      { source: 'example', id: 'b' },
      { source: 'library', id: 'x' },
    );
    expect(replaced.items[1]).toEqual({ source: 'library', id: 'x' });
    expect(replaced.meetingDate).toBe('2026-03-10');
  });

  it('moves an item to any place and leaves the order alone for a place outside the list', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
    expect(movedAnnouncement('Mrs A', 1, 3)).toBe('Mrs A is now number 2 of 3 on the agenda.');
  });
});

describe('the date of a board decision', () => {
  const events = buildCase({}, [
    { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  ]).events;
  it('takes a date between the last event and today', () => {
    expect(boardDecisionDateProblem('2025-02-01', events, '2025-03-01')).toBeUndefined();
    expect(boardDecisionDateProblem('2025-01-10', events, '2025-03-01')).toBeUndefined();
  });
  it('says why it refuses one', () => {
    expect(boardDecisionDateProblem('', events, '2025-03-01')).toBe(
      'Give the date of the decision',
    );
    expect(boardDecisionDateProblem('2025-02-30', events, '2025-03-01')).toBe(
      'The decision date: "2025-02-30" is not a calendar date',
    );
    expect(boardDecisionDateProblem('2025-04-01', events, '2025-03-01')).toBe(
      'The decision date 2025-04-01 is in the future (today is 2025-03-01)',
    );
    expect(boardDecisionDateProblem('2025-01-01', events, '2025-03-01')).toBe(
      'The decision date 2025-01-01 is before the last event of the course (2025-01-10)',
    );
  });
});

const conflict = (id: string, about: string): CandidateConflict => ({
  id,
  about,
  docs: ['001', '003'],
  positions: [],
  resolution: '',
});
const candidate = (label: string, conflicts: CandidateConflict[]) =>
  ({ id: label.toLowerCase(), label, conflicts }) as unknown as Candidate;

describe('the disagreements of a case', () => {
  it('gives each disagreement once, with every candidate it concerns', () => {
    const shared = conflict('x', 'checkpoint inhibitors');
    const result = caseDisagreements([
      candidate('A', [shared]),
      candidate('B', [shared, conflict('y', 'sequence')]),
      candidate('C', []),
    ]);
    expect(result).toEqual([
      { id: 'x', about: 'checkpoint inhibitors', docs: ['001', '003'], candidates: ['A', 'B'] },
      { id: 'y', about: 'sequence', docs: ['001', '003'], candidates: ['B'] },
    ]);
  });
});

describe('the file name of an export', () => {
  it('is built from the case name, what it is and the date', () => {
    expect(
      caseFileName('58 y, HR+/HER2-, lymph node + liver, line 2', 'timeline', '2026-12-06'),
    ).toBe('58-y-hr-pos-her2-neg-lymph-node-pos-liver-line-2-timeline-2026-12-06');
    expect(caseFileName('Mme Lefèvre', 'timeline', '2026-12-06')).toBe(
      'mme-lefevre-timeline-2026-12-06',
    );
    expect(caseFileName('***', 'timeline', 'x')).toBe('case-timeline');
    expect(
      caseFileName(
        'HER2-positive, progression after trastuzumab, pertuzumab and docetaxel, new brain metastasis',
        'timeline',
        '2026-12-06',
      ),
    ).toBe('her2-positive-progression-after-trastuzumab-pertuzumab-and-timeline-2026-12-06');
  });
});

describe('a teaching scenario on the agenda', () => {
  it('stops at its last question: the latest point where a line must be chosen', () => {
    const parsed = parseCaseText(
      readFileSync(
        join(import.meta.dirname, '../../../public/scenarios/aromatase-inhibitor-intolerance.json'),
        'utf8',
      ),
    );
    if (!parsed.ok) throw new Error('scenario does not parse');
    const whole = parsed.caseFile;
    expect(replayCase(whole).snapshot.value).not.toBe('choosing-line');
    const atQuestion = scenarioAtItsQuestion(whole, knowledge);
    expect(atQuestion.events.length).toBeLessThan(whole.events.length);
    const { snapshot } = replayCase(atQuestion);
    expect(snapshot.value).toBe('choosing-line');
    expect(snapshot.context.lines).toHaveLength(1);
    // A case already at its question is taken whole.
    expect(scenarioAtItsQuestion(atQuestion, knowledge)).toEqual(atQuestion);
  });
});
