import { describe, expect, it } from 'vitest';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import {
  dateAfterNextProblem,
  dateBeforePreviousProblem,
  futureDateProblem,
  newEventDate,
} from './event-order.ts';
import { parseIsoDate } from './iso-date.ts';

describe('the date-order rule', () => {
  it('refuses a date before the previous event and names both dates', () => {
    expect(dateBeforePreviousProblem('2025-01-01', '2025-01-10')).toBe(
      "2025-01-01 is before the previous event's date 2025-01-10",
    );
  });

  it('allows the same day (entry order is kept) and a first event', () => {
    expect(dateBeforePreviousProblem('2025-01-10', '2025-01-10')).toBeUndefined();
    expect(dateBeforePreviousProblem('2025-01-10', undefined)).toBeUndefined();
  });

  it('refuses an edited event moved after the next one', () => {
    expect(dateAfterNextProblem('2025-02-01', '2025-01-20')).toBe(
      "2025-02-01 is after the next event's date 2025-01-20",
    );
    expect(dateAfterNextProblem('2025-01-20', '2025-01-20')).toBeUndefined();
  });
});

describe('newEventDate', () => {
  const course = buildCase({}, [
    { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
  ]);
  it('is today when the log ends earlier', () => {
    expect(newEventDate(course.events, parseIsoDate('2025-03-01'))).toBe('2025-03-01');
  });
  it('is the last event date when the log runs ahead of today, so the default is never refused', () => {
    expect(newEventDate(course.events, parseIsoDate('2025-01-01'))).toBe('2025-01-10');
  });
  it('is today for an empty log', () => {
    expect(newEventDate([], parseIsoDate('2025-01-01'))).toBe('2025-01-01');
  });
});

describe('futureDateProblem', () => {
  it('refuses a date after today with the word future, and allows today', () => {
    expect(futureDateProblem('2062-01-05', '2026-01-05')).toBe(
      '2062-01-05 is in the future (today is 2026-01-05)',
    );
    expect(futureDateProblem('2026-01-05', '2026-01-05')).toBeUndefined();
  });
});
