import { describe, expect, it } from 'vitest';
import { modelPatient } from '../../../test/arbitraries/case-events.ts';
import {
  decodeCaseBytes,
  formatProblem,
  maxCaseFileBytes,
  readCaseFile,
  unknownFields,
} from './parse-case.ts';

// The model-based tests' patient: these tests need a valid one, not a particular one.
const patient = modelPatient;
const valid = {
  format: 'mbc-case/1',
  patient,
  events: [{ date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] }],
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function problemLines(input: Uint8Array): string[] {
  const result = decodeCaseBytes(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('decodeCaseBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeCaseBytes(bytes([0xef, 0xbb, 0xbf], '{"a":"é"}'))).toEqual({
      ok: true,
      text: '{"a":"é"}',
    });
    expect(decodeCaseBytes(utf8('{"a":"😀"}'))).toEqual({ ok: true, text: '{"a":"😀"}' });
  });

  it('refuses bytes that are not UTF-8, saying where the first bad one is', () => {
    // Latin-1 "é" (0xE9) followed by a quote: a lead byte with no continuation.
    expect(problemLines(bytes('{"title":"caf', [0xe9], '"}'))).toEqual([
      '(file): is not UTF-8 text: byte 0xE9 at offset 13 (counting from 0) does not begin a valid character; save the file as UTF-8',
    ]);
    const at = (input: Uint8Array) => /offset (\d+)/.exec(problemLines(input)[0] ?? '')?.[1];
    expect(at(bytes('ab', [0x80]))).toBe('2'); // a continuation byte with no lead byte
    expect(at(bytes('ab', [0xc0, 0xaf]))).toBe('2'); // an overlong encoding of "/"
    expect(at(bytes('é', [0xed, 0xa0, 0x80]))).toBe('2'); // a UTF-16 surrogate, encoded
    expect(at(bytes('abc', [0xe2, 0x82]))).toBe('3'); // cut off at the end of the file
    expect(at(bytes('😀', [0xf4, 0x90, 0x80, 0x80]))).toBe('4'); // beyond U+10FFFF
    expect(at(bytes('ok', [0xff]))).toBe('2');
  });

  it('names UTF-16 text as such', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problemLines(utf16)).toEqual([
      '(file): is UTF-16 text, not UTF-8; save the file as UTF-8',
    ]);
  });

  it('refuses a file over the size limit without decoding it', () => {
    expect(problemLines(new Uint8Array(maxCaseFileBytes + 1))).toEqual([
      `(file): is larger than ${maxCaseFileBytes} bytes (${maxCaseFileBytes + 1} bytes)`,
    ]);
  });
});

describe('unknownFields', () => {
  it('finds fields the format does not have, at any depth, with where they are', () => {
    const value = {
      ...valid,
      titel: 'typo',
      patient: { ...patient, weight: 70 },
      events: [
        {
          date: '2025-01-10',
          type: 'metastases',
          sites: [{ site: 'bone', symptomatc: true }],
          'odd key': 1,
        },
        { date: '2025-01-20', type: 'start-line', regimen: ['letrozole'], dose: '2.5 mg' },
        { date: '2025-02-01', type: 'decision', candidate: 'x', choice: 'accepted', rationale: '' },
      ],
    };
    expect(unknownFields(value).map(formatProblem)).toEqual([
      // In the file's order: `titel` comes after the keys it was spread over.
      'patient.weight: is not a field of mbc-case/1 and was ignored',
      'events[0].sites[0].symptomatc: is not a field of mbc-case/1 and was ignored',
      'events[0]["odd key"]: is not a field of mbc-case/1 and was ignored',
      'events[1].dose: is not a field of mbc-case/1 and was ignored',
      'titel: is not a field of mbc-case/1 and was ignored',
    ]);
  });

  it('finds none in a file that uses only the format’s fields', () => {
    expect(unknownFields(valid)).toEqual([]);
  });
});

describe('readCaseFile', () => {
  it('reads a case saved with a byte-order mark', () => {
    const result = readCaseFile(bytes([0xef, 0xbb, 0xbf], JSON.stringify(valid)));
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('accepts a case with unknown fields and lists them as warnings', () => {
    const result = readCaseFile(utf8(JSON.stringify({ ...valid, colour: 'blue' })));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map(formatProblem)).toEqual([
      'colour: is not a field of mbc-case/1 and was ignored',
    ]);
    expect(result.ok && result.caseFile).not.toHaveProperty('colour');
  });

  it('lists at most 20 unknown fields, then how many more', () => {
    const events = Array.from({ length: 30 }, () => ({ ...valid.events[0], extra: 1 }));
    const result = readCaseFile(utf8(JSON.stringify({ ...valid, events })));
    expect(result.ok && result.warnings.length).toBe(21);
    expect(result.ok && formatProblem(result.warnings[20]!)).toBe(
      '(case): has 10 more fields that are not part of mbc-case/1, also ignored',
    );
  });

  it('refuses what is not UTF-8, not JSON or not a case', () => {
    expect(readCaseFile(bytes([0xff]))).toMatchObject({ ok: false });
    expect(readCaseFile(utf8('{'))).toMatchObject({ ok: false });
    const notCase = readCaseFile(utf8('{"format":"x"}'));
    expect(!notCase.ok && notCase.problems.map(formatProblem)).toContain(
      'format: must be "mbc-case/1"',
    );
  });
});
