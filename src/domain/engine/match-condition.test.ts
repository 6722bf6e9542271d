import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Patient, Site } from '../case/case-schema.ts';
import { siteNames } from '../case/vocabulary.ts';
import { parseIsoDate } from '../case/iso-date.ts';

import { all, any, not, type Condition } from '../knowledge/condition.ts';
import { initialContext, type TherapyContext } from '../machine/therapy-context.ts';
import { deriveFacts, hormoneReceptorStatus } from './course-facts.ts';
import { describeCondition } from './explain-condition.ts';
import { matchCondition, pendingExceptions, type Truth } from './match-condition.ts';
import { knowledge } from '../../../test/knowledge.ts';

const status = fc.constantFrom('positive', 'negative', 'unknown' as const);
const patientArb: fc.Arbitrary<Patient> = fc.record({
  er: status,
  pr: status,
  her2: status,
  brca: fc.constantFrom('mutated', 'not-mutated', 'unknown' as const),
  pdl1: status,
  menopause: fc.constantFrom('pre', 'post', 'unknown' as const),
  presentation: fc.constantFrom('de-novo', 'recurrent' as const),
});
const sitesArb = fc.uniqueArray(
  fc.record({
    site: fc.constantFrom(...siteNames),
    count: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    symptomatic: fc.option(fc.boolean(), { nil: undefined }),
  }),
  { selector: (s) => s.site, maxLength: 4 },
);

interface GeneratedSite {
  site: Site['site'];
  count: number | undefined;
  symptomatic: boolean | undefined;
}

function contextOf(patient: Patient, sites: readonly GeneratedSite[]): TherapyContext {
  return {
    ...initialContext(patient),
    sites: sites.map(({ site, count, symptomatic }) => ({
      site,
      ...(count === undefined ? {} : { count }),
      ...(symptomatic === undefined ? {} : { symptomatic }),
      firstDocumented: parseIsoDate('2025-01-01'),
      lastUpdated: parseIsoDate('2025-01-01'),
    })),
  };
}

/** Every way of filling in the patient's unknown results. */
function completions(patient: Patient): Patient[] {
  const choices: Record<string, readonly string[]> = {
    er: ['positive', 'negative'],
    pr: ['positive', 'negative'],
    her2: ['positive', 'negative'],
    brca: ['mutated', 'not-mutated'],
    pdl1: ['positive', 'negative'],
    menopause: ['pre', 'post'],
  };
  let out: Patient[] = [patient];
  for (const [field, values] of Object.entries(choices)) {
    out = out.flatMap((p) =>
      p[field as keyof Patient] === 'unknown' ? values.map((v) => ({ ...p, [field]: v })) : [p],
    );
  }
  return out;
}

describe('matchCondition', () => {
  it('combines with Kleene logic', () => {
    const context = initialContext({
      er: 'unknown',
      pr: 'unknown',
      her2: 'positive',
      brca: 'unknown',
      pdl1: 'unknown',
      menopause: 'post',
      presentation: 'de-novo',
    });
    const facts = deriveFacts('choosing-line', context);
    const unknown: Condition = { fact: 'hormoneReceptor', is: 'positive' };
    const yes: Condition = { fact: 'her2', is: 'positive' };
    const no: Condition = { fact: 'her2', is: 'negative' };
    const cases: Array<[Condition, Truth]> = [
      [all(yes, unknown), 'unknown'],
      [all(no, unknown), 'false'],
      [any(yes, unknown), 'true'],
      [any(no, unknown), 'unknown'],
      [not(unknown), 'unknown'],
      [not(no), 'true'],
      [all(), 'true'],
      [any(), 'false'],
    ];
    for (const [condition, expected] of cases) {
      expect(matchCondition(condition, facts), describeCondition(condition)).toBe(expected);
    }
  });

  it('reads hormone-receptor status as ER or PR positive, both negative for negative', () => {
    expect(hormoneReceptorStatus('positive', 'unknown')).toBe('positive');
    expect(hormoneReceptorStatus('negative', 'positive')).toBe('positive');
    expect(hormoneReceptorStatus('negative', 'negative')).toBe('negative');
    expect(hormoneReceptorStatus('negative', 'unknown')).toBe('unknown');
  });

  it('never decides on an unknown: a true or false answer holds for every possible result, except a pending exception it names', () => {
    fc.assert(
      fc.property(patientArb, sitesArb, (patient, sites) => {
        const facts = deriveFacts('choosing-line', contextOf(patient, sites));
        const filled = completions(patient).map((p) =>
          deriveFacts('choosing-line', contextOf(p, sites)),
        );
        for (const option of knowledge.options) {
          const truth = matchCondition(option.condition, facts);
          if (truth === 'unknown') continue;
          const pending = pendingExceptions(option.condition, facts);
          for (const completed of filled) {
            // "Chemotherapy unless HER2-positive" with HER2 pending is offered now and said to
            // depend on the result: only a result that makes the named exception true changes it.
            const exceptionHolds = pending.some((c) => matchCondition(c, completed) === 'true');
            if (truth === 'true' && exceptionHolds) continue;
            expect(matchCondition(option.condition, completed), option.id).toBe(truth);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('describes every option condition in words', () => {
    for (const option of knowledge.options) {
      const words = describeCondition(option.condition);
      expect(words.length, option.id).toBeGreaterThan(0);
      expect(words).not.toMatch(/undefined|\[object/);
    }
  });
});
