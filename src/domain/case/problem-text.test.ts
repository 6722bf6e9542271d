import { describe, expect, it } from 'vitest';
import { modelPatient } from '../../../test/arbitraries/case-events.ts';
import { formatPath, formatProblem, parseCase, quoteValue } from './parse-case.ts';

// The model-based tests' patient: these tests need a valid one, not a particular one.
const patient = modelPatient;

function linesOf(value: unknown): string[] {
  const result = parseCase(value);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('quoteValue', () => {
  it('quotes a short value as JSON does', () => {
    expect(quoteValue('bones')).toBe('"bones"');
    expect(quoteValue('say "hi" \\ there')).toBe('"say \\"hi\\" \\\\ there"');
    expect(quoteValue(5)).toBe('5');
    expect(quoteValue(null)).toBe('null');
    expect(quoteValue(['a'])).toBe('["a"]');
    expect(quoteValue(undefined)).toBe('nothing');
  });

  it('escapes line breaks, control characters and characters that reorder text', () => {
    expect(quoteValue('a\nb\r\tc\u0000d\u001b[31m')).toBe('"a\\nb\\r\\tc\\u0000d\\u001b[31m"');
    expect(quoteValue('x\u2028y\u2029z\u0085')).toBe('"x\\u2028y\\u2029z\\u0085"');
    expect(quoteValue('evil\u202egnp.exe')).toBe('"evil\\u202egnp.exe"');
    expect(quoteValue('lone \ud800 half')).toBe('"lone \\ud800 half"');
  });

  it('cuts a long value to an excerpt and gives its full length', () => {
    const quoted = quoteValue('x'.repeat(1_000_000));
    expect(quoted).toBe(`"${'x'.repeat(60)}"… (1000000 characters)`);
    const list = quoteValue(Array.from({ length: 1000 }, (_, i) => i));
    expect(list).toMatch(/^\[0,1,2,[\d,]*… \(\d+ characters\)$/);
    expect(list.length).toBeLessThan(100);
  });

  it('does not cut a character in half', () => {
    const quoted = quoteValue(`${'x'.repeat(59)}😀${'y'.repeat(10)}`);
    expect(quoted).toBe(`"${'x'.repeat(59)}"… (71 characters)`);
  });
});

describe('formatPath', () => {
  it('writes plain keys with dots and other keys in brackets, quoted', () => {
    expect(formatPath(['events', 3, 'sites', 0, 'site'])).toBe('events[3].sites[0].site');
    expect(formatPath([])).toBe('(case)');
    expect(formatPath(['patient', 'two words'])).toBe('patient["two words"]');
    expect(formatPath(['a\nevents[0]: forged'])).toBe('["a\\nevents[0]: forged"]');
  });
});

describe('formatProblem', () => {
  it('keeps every problem on one line whatever its text holds', () => {
    const line = formatProblem({ path: '(file)', message: 'bad "x\ny: forged"\u2028z' });
    expect(line).toBe('(file): bad "x\\ny: forged"\\u2028z');
  });

  it('cuts a message that is far too long', () => {
    const line = formatProblem({ path: '(case)', message: 'y'.repeat(5000) });
    expect(line.length).toBeLessThan(600);
    expect(line).toMatch(/… \(5000 characters\)$/);
  });

  it('cannot be made to print a second, forged, located line', () => {
    const forged = 'letrozol\nevents[0].regimen: FORGED';
    const lines = linesOf({
      format: 'mbc-case/1',
      patient,
      events: [{ date: '2025-01-20', type: 'start-line', regimen: [forged] }],
    });
    expect(lines).toEqual([
      'events[0].regimen: unknown drug "letrozol\\nevents[0].regimen: FORGED"',
    ]);
  });

  it('echoes a short excerpt of a huge value, not the value', () => {
    const huge = '2'.repeat(1_000_000);
    const lines = linesOf({
      format: 'mbc-case/1',
      patient: { ...patient, er: huge },
      events: [{ date: huge, type: 'metastases', sites: [{ site: 'bone' }] }],
    });
    expect(lines).toEqual([
      `patient.er: "${'2'.repeat(60)}"… (1000000 characters) is not one of positive, negative, unknown`,
      `events[0].date: "${'2'.repeat(60)}"… (1000000 characters) is not a date in the form YYYY-MM-DD`,
    ]);
  });
});
