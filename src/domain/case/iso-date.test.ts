import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, isoDateProblem, todayIsoDate } from './iso-date.ts';

describe('iso dates', () => {
  it.each(['2024-02-29', '2025-12-31', '1900-01-01'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    ['2025-02-29', 'is not a calendar date'],
    ['2025-13-01', 'has no month 13'],
    ['25-01-01', 'is not a date in the form YYYY-MM-DD'],
    ['2025-1-1', 'is not a date in the form YYYY-MM-DD'],
    ['1800-01-01', 'is outside 1900-2100'],
  ])('rejects %s', (date, message) => {
    expect(isoDateProblem(date)).toContain(message);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('agrees with the calendar for any valid date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(isIsoDate(text)).toBe(true);
        },
      ),
    );
  });

  it('formats today in local time', () => {
    expect(todayIsoDate(new Date(2026, 10, 23, 23, 30))).toBe('2026-11-23');
  });
});
