import { describe, expect, it } from 'vitest';
import {
  completionOf,
  nextScenarioId,
  parseTeachingProgress,
  recordCompletion,
  serialiseTeachingProgress,
  teachingProgressFormat,
  teachingProgressKey,
} from './progress.ts';

const done = { on: '2026-12-06', matched: 1, total: 2 };

describe('teaching progress', () => {
  it('reads back what it wrote, under a versioned key and format', () => {
    expect(teachingProgressKey).toMatch(/\/v1$/);
    const progress = recordCompletion(recordCompletion({}, 'brain-single', done), 'a-b', {
      ...done,
      matched: 2,
    });
    const text = serialiseTeachingProgress(progress);
    expect(JSON.parse(text)).toMatchObject({ format: teachingProgressFormat });
    expect(parseTeachingProgress(text)).toEqual(progress);
  });

  it('reads anything else as no progress', () => {
    for (const stored of [
      null,
      undefined,
      '',
      'not json',
      '[]',
      'null',
      '42',
      '{"completed":{}}',
      JSON.stringify({ format: 'mbc-teaching-progress/2', completed: { a: done } }),
      JSON.stringify({ format: teachingProgressFormat, completed: [] }),
    ])
      expect(parseTeachingProgress(stored), String(stored)).toEqual({});
  });

  it('drops damaged entries and keeps the others', () => {
    const stored = JSON.stringify({
      format: teachingProgressFormat,
      completed: {
        good: done,
        'Bad Id': done,
        '__proto__-x': done,
        'no-date': { matched: 1, total: 1 },
        'bad-date': { ...done, on: 'yesterday' },
        'too-many': { ...done, matched: 3 },
        'no-total': { ...done, total: 0 },
        'not-object': 'yes',
        fraction: { ...done, matched: 0.5 },
      },
    });
    expect(parseTeachingProgress(stored)).toEqual({ good: done });
  });

  it('offers the next scenario not yet completed, wrapping round', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(nextScenarioId(ids, 'a', {})).toBe('b');
    expect(nextScenarioId(ids, 'a', { b: done })).toBe('c');
    expect(nextScenarioId(ids, 'c', { d: done })).toBe('a');
    expect(nextScenarioId(ids, 'd', { a: done, b: done })).toBe('c');
    // All completed: simply the next one.
    expect(nextScenarioId(ids, 'b', { a: done, b: done, c: done, d: done })).toBe('c');
    expect(nextScenarioId(ids, 'd', { a: done, b: done, c: done, d: done })).toBe('a');
    expect(nextScenarioId(['a'], 'a', {})).toBeUndefined();
    expect(nextScenarioId(ids, 'gone', { a: done })).toBe('b');
  });

  it('reads a completion as an own entry only', () => {
    const ids = ['constructor', 'to-string'];
    expect(completionOf({}, 'constructor')).toBeUndefined();
    expect(nextScenarioId(ids, 'to-string', {})).toBe('constructor');
    expect(completionOf({ constructor: done }, 'constructor')).toEqual(done);
  });
});
