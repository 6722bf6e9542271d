import { describe, expect, it } from 'vitest';
import { buildCase, dated } from '../../../test/fixtures/case-builder.ts';
import { replayCase } from './replay-case.ts';
import { allowedEventTypes, describeCourseState } from './selectors.ts';

const stateAfter = (events: Parameters<typeof dated>[0]) =>
  replayCase(buildCase({}, dated([{ type: 'metastases', sites: [{ site: 'bone' }] }, ...events])))
    .snapshot;

describe('allowedEventTypes', () => {
  it('offers starting a line but no response while choosing', () => {
    const allowed = allowedEventTypes(stateAfter([]));
    expect(allowed).toContain('start-line');
    expect(allowed).not.toContain('response');
    expect(allowed).not.toContain('resume');
  });

  it('offers response, progression, intolerance and break while a line runs, not resume', () => {
    const allowed = allowedEventTypes(stateAfter([{ type: 'start-line', regimen: ['letrozole'] }]));
    expect(allowed).toEqual(
      expect.arrayContaining(['response', 'progression', 'intolerance', 'break', 'start-line']),
    );
    expect(allowed).not.toContain('resume');
  });

  it('offers resume on a break and only restart in supportive care', () => {
    const onBreak = stateAfter([
      { type: 'start-line', regimen: ['capecitabine'] },
      { type: 'break' },
    ]);
    expect(allowedEventTypes(onBreak)).toContain('resume');
    expect(allowedEventTypes(onBreak)).toContain('start-line');
    const stopped = stateAfter([{ type: 'stop-treatment' }]);
    expect(allowedEventTypes(stopped)).toEqual([
      'metastases',
      'start-line',
      'receptor-update',
      'local-therapy',
      'decision',
    ]);
  });
});

describe('describeCourseState', () => {
  const format = (iso: string) => `<${iso}>`;
  it('says the state in words', () => {
    expect(describeCourseState(stateAfter([]), format)).toBe('Line 1: choosing next treatment');
    expect(
      describeCourseState(stateAfter([{ type: 'start-line', regimen: ['letrozole'] }]), format),
    ).toBe('Line 1 running since <2024-02-01>');
    expect(
      describeCourseState(
        stateAfter([{ type: 'start-line', regimen: ['letrozole'] }, { type: 'break' }]),
        format,
      ),
    ).toBe('Line 1 on a treatment break since <2024-03-01>');
    expect(describeCourseState(stateAfter([{ type: 'stop-treatment' }]), format)).toBe(
      'Supportive care: anti-cancer treatment stopped',
    );
  });
});
