import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseCase, parseCaseText } from './parse-case.ts';

const examplesDir = join(import.meta.dirname, '../../../../shared/examples');

const validCase = {
  format: 'mbc-case/1',
  patient: {
    er: 'positive',
    pr: 'negative',
    her2: 'negative',
    brca: 'unknown',
    pdl1: 'unknown',
    menopause: 'post',
    presentation: 'de-novo',
  },
  events: [
    { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone', count: 3 }] },
    { date: '2025-01-20', type: 'start-line', regimen: ['Femara', 'Ibrance'] },
  ],
};

function problemsOf(value: unknown): string[] {
  const result = parseCase(value);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('parseCase', () => {
  it('accepts every example case', () => {
    for (const file of readdirSync(examplesDir)) {
      const result = parseCaseText(readFileSync(join(examplesDir, file), 'utf8'));
      expect(result.ok, file).toBe(true);
    }
  });

  it('normalises brand names to canonical generic names', () => {
    const result = parseCase(validCase);
    expect(result.ok && result.caseFile.events[1]).toMatchObject({
      regimen: ['letrozole', 'palbociclib'],
    });
  });

  it('names an unknown drug and where it is', () => {
    const bad = structuredClone(validCase);
    bad.events[1] = { date: '2025-01-20', type: 'start-line', regimen: ['letrozol'] };
    expect(problemsOf(bad)).toEqual(['events[1].regimen: unknown drug "letrozol"']);
  });

  it('rejects impossible dates and events out of date order', () => {
    const impossible = structuredClone(validCase);
    impossible.events[0] = {
      ...validCase.events[0],
      date: '2025-02-30',
    } as (typeof validCase.events)[0];
    expect(problemsOf(impossible)).toEqual(['events[0].date: "2025-02-30" is not a calendar date']);

    const reversed = structuredClone(validCase);
    reversed.events[1] = {
      ...validCase.events[1],
      date: '2024-12-31',
    } as (typeof validCase.events)[1];
    expect(problemsOf(reversed)).toEqual([
      "events[1].date: 2024-12-31 is before the previous event's date 2025-01-10",
    ]);
  });

  it('reports every problem with its place', () => {
    const problems = problemsOf({
      format: 'mbc-case/2',
      patient: { er: 'yes', pr: 'negative', her2: 'negative', brca: 'unknown', menopause: 'post' },
      events: [
        { date: '2025-01-10', type: 'metastases', sites: [] },
        { date: '2025-01-11', type: 'unknown-kind' },
        { date: '2025-01-12', type: 'receptor-update' },
        { date: '2025-01-13', type: 'response', assessment: 'great' },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'format: must be "mbc-case/1"',
        'patient.er: "yes" is not one of positive, negative, unknown',
        'patient.pdl1: is required',
        'patient.presentation: is required',
        'events[0].sites: must list at least one site',
        'events[1].type: is missing or is not a known event type',
        'events[2]: must change at least one of er, pr, her2, brca, pdl1',
        'events[3].assessment: "great" is not one of complete, partial, stable',
      ]),
    );
  });

  it('refuses prototype-polluting keys', () => {
    const polluted = JSON.parse(
      '{"format":"mbc-case/1","patient":{"__proto__":{"er":"positive"}},"events":[]}',
    ) as unknown;
    expect(problemsOf(polluted)).toEqual(['patient.__proto__: the key "__proto__" is not allowed']);
  });

  it('rejects a drug listed twice, also through a combination product', () => {
    const twice = structuredClone(validCase);
    twice.events[1] = { date: '2025-01-20', type: 'start-line', regimen: ['Phesgo', 'Herceptin'] };
    expect(problemsOf(twice)).toEqual(['events[1].regimen: lists trastuzumab twice']);
  });
});

describe('parseCaseText', () => {
  it('says when the text is not JSON', () => {
    const result = parseCaseText('{ not json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('says when the JSON is not an object', () => {
    const result = parseCaseText('[1, 2]');
    expect(!result.ok && result.problems).toEqual([
      { path: '(case)', message: 'must be a JSON object' },
    ]);
  });

  it('refuses very large input before parsing it', () => {
    const result = parseCaseText(' '.repeat(2_000_001));
    expect(!result.ok && result.problems[0]?.message).toMatch(/larger than/);
  });

  it('refuses very deep nesting', () => {
    const deep = `${'['.repeat(50)}${']'.repeat(50)}`;
    const result = parseCaseText(`{"format":"mbc-case/1","title":${deep}}`);
    expect(!result.ok && result.problems[0]?.message).toBe('is nested too deeply');
  });
});
