import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import type { CaseEventInput } from '../case/case-schema.ts';
import { recommendCase } from '../recommend-case.ts';
import { changesSince, markPresented } from './changes-since.ts';
import { knowledge } from '../../../test/knowledge.ts';

const events: CaseEventInput[] = [
  { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  { date: '2025-01-20', type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
  { date: '2025-09-01', type: 'progression' },
];

function recommendationAfter(count: number) {
  const caseFile = buildCase(
    {},
    events.slice(0, count).map((e) => ({ ...e })),
  );
  const result = recommendCase(caseFile, knowledge);
  if (!result.ok) throw new Error('invalid');
  return { caseFile, recommendation: result.recommendation };
}

describe('changesSince', () => {
  it('says when a case is presented for the first time', () => {
    const { caseFile, recommendation } = recommendationAfter(1);
    expect(changesSince(undefined, caseFile.events, recommendation).firstPresentation).toBe(true);
  });

  it('lists new events and candidates that appeared or disappeared', () => {
    const first = recommendationAfter(1);
    const mark = markPresented(first.caseFile.events, first.recommendation, '2025-01-15');
    const later = recommendationAfter(3);
    const changes = changesSince(mark, later.caseFile.events, later.recommendation);
    expect(changes.newEvents.map((e) => e.type)).toEqual(['start-line', 'progression']);
    expect(changes.appeared.map((c) => c.id)).toContain('fulvestrant-abemaciclib');
    expect(changes.disappeared).toContain('aromatase-inhibitor-cdk46');
    expect(changes.knowledgeChanged).toBe(false);
  });
});
