import { quoteValue } from './problem-text.ts';

/** Calendar dates as the case format writes them: `YYYY-MM-DD`. */

declare const isoDateBrand: unique symbol;
/**
 * A checked calendar date. Branded so that a date typed by hand, read from FHIR or made in code
 * cannot reach an event without going through `isIsoDate` or `parseIsoDate` first: a date in the
 * wrong form would silently reorder the course.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a clinical date may fall in; anything outside is a typing error. */
export const earliestYear = 1900;
export const latestYear = 2100;

/** Why `text` is not a usable date, or undefined when it is one. */
export function isoDateProblem(text: string): string | undefined {
  const match = isoDatePattern.exec(text);
  // Anything typed can land here (a whole file's worth): it is quoted as a short excerpt.
  if (!match) return `${quoteValue(text)} is not a date in the form YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < earliestYear || year > latestYear) {
    return `year ${year} is outside ${earliestYear}-${latestYear}`;
  }
  if (month < 1 || month > 12) return `${quoteValue(text)} has no month ${month}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `${quoteValue(text)} is not a calendar date`;
  return undefined;
}

export function isIsoDate(text: string): text is IsoDate {
  return isoDateProblem(text) === undefined;
}

/**
 * A date written in code (a constant, a test): throws on a bad one, which is a programming error.
 * Input from users and files goes through the case schema instead, which reports the problem.
 */
export function parseIsoDate(text: string): IsoDate {
  if (isIsoDate(text)) return text;
  throw new Error(isoDateProblem(text));
}

const msPerDay = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be valid dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay);
}

/** Today's date in the user's time zone, as the case format writes it. */
export function todayIsoDate(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return parseIsoDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}
