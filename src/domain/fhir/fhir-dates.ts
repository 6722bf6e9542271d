import { isIsoDate, type IsoDate } from '../case/iso-date.ts';

/**
 * FHIR `date` / `dateTime` values to the case format's day. A time and zone are dropped (the
 * day as written is the day the record gives); a year or a year-month is not a day, so it is
 * reported instead of rounded to the first of the month.
 */
export type FhirDay =
  { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly why: string };

const dateTimePattern =
  /^(\d{4})(-(\d{2})(-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export function fhirDay(value: string | undefined, what: string): FhirDay {
  if (value === undefined) return { ok: false, why: `has no ${what}` };
  const match = dateTimePattern.exec(value);
  if (!match) return { ok: false, why: `${what} "${value}" is not a FHIR date` };
  if (match[5] === undefined) {
    return { ok: false, why: `${what} "${value}" gives no day (the case needs a full date)` };
  }
  const day = value.slice(0, 10);
  if (!isIsoDate(day)) return { ok: false, why: `${what} "${value}" is not a real date` };
  return { ok: true, date: day };
}

/** Whole years between a birth date and a later day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  if (by === undefined || bm === undefined || bd === undefined) return NaN;
  if (y === undefined || m === undefined || d === undefined) return NaN;
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
