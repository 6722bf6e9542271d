import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../case/iso-date.ts';
import type { DrugName } from '../../knowledge/drugs.ts';
import type { MedicationFact } from '../fhir-import-types.ts';
import { priorCourseGapDays, splitPriorMedicines } from './lines.ts';

const doxorubicin = '10 ML Doxorubicin Hydrochloride 2 MG/ML Injection';

function med(
  source: string,
  start: string,
  drug: DrugName,
  what: string,
  extra: Partial<Pick<MedicationFact, 'end' | 'intent'>> = {},
): MedicationFact {
  return { source, drugs: [drug], start: parseIsoDate(start), what, intent: 'curative', ...extra };
}

const split = (meds: MedicationFact[], metastaticDate?: string) =>
  splitPriorMedicines(meds, metastaticDate ? parseIsoDate(metastaticDate) : undefined, () => {});

describe('early-stage medicines are listed by course', () => {
  it('joins administrations of one product given every three weeks (Synthea cycles) into one course', () => {
    const dates = ['2013-02-28', '2013-03-20', '2013-04-08', '2013-04-30', '2013-05-22'];
    const { prior, lineMeds } = split(
      dates.map((d, i) => med(`MedicationAdministration/dox-${i}`, d, 'doxorubicin', doxorubicin)),
    );
    expect(lineMeds).toEqual([]);
    expect(prior).toEqual([
      {
        kind: 'medicine',
        what: doxorubicin,
        start: '2013-02-28',
        end: '2013-05-22',
        why: 'curative intent',
        sources: dates.map((_, i) => `MedicationAdministration/dox-${i}`),
      },
    ]);
  });

  it(`starts a new course after a gap of more than ${priorCourseGapDays} days`, () => {
    const { prior } = split([
      med('a', '2013-01-01', 'doxorubicin', doxorubicin),
      med('b', '2013-01-29', 'doxorubicin', doxorubicin),
      med('c', '2013-02-27', 'doxorubicin', doxorubicin),
    ]);
    expect(prior.map((t) => [t.start, t.end, t.sources])).toEqual([
      ['2013-01-01', '2013-01-29', ['a', 'b']],
      ['2013-02-27', undefined, ['c']],
    ]);
  });

  it('keeps other products and other reasons apart, and a request period ends the course', () => {
    const { prior } = split(
      [
        med('tam', '2013-08-03', 'tamoxifen', 'Tamoxifen 10 MG Oral Tablet'),
        med('her', '2013-08-03', 'trastuzumab', 'trastuzumab SC'),
        med('dox-1', '2013-06-01', 'doxorubicin', doxorubicin, { intent: 'neoadjuvant' }),
        med('dox-2', '2013-06-20', 'doxorubicin', doxorubicin, {
          end: parseIsoDate('2013-07-30'),
        }),
        // No intent: early-stage because it started before the first metastasis.
        {
          source: 'dox-3',
          drugs: ['doxorubicin'],
          start: parseIsoDate('2013-06-25'),
          what: doxorubicin,
        },
      ],
      '2014-01-01',
    );
    expect(prior.map((t) => `${t.what} ${t.start} ${t.end ?? '-'} ${t.why}`)).toEqual([
      `${doxorubicin} 2013-06-01 - neoadjuvant intent`,
      `${doxorubicin} 2013-06-20 2013-07-30 curative intent`,
      `${doxorubicin} 2013-06-25 - started before the first metastasis (2014-01-01)`,
      'Tamoxifen 10 MG Oral Tablet 2013-08-03 - curative intent',
      'trastuzumab SC 2013-08-03 - curative intent',
    ]);
  });

  it('joins a later administration to a course whose request period is still running', () => {
    const { prior } = split([
      med('req', '2020-01-01', 'letrozole', 'letrozole', { end: parseIsoDate('2020-12-31') }),
      med('adm', '2020-06-01', 'letrozole', 'letrozole'),
    ]);
    expect(prior.map((t) => [t.start, t.end, t.sources])).toEqual([
      ['2020-01-01', '2020-12-31', ['req', 'adm']],
    ]);
  });
});
