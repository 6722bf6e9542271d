import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../case/parse-case.ts';
import { drugNames } from '../knowledge/drugs.ts';
import { caseToFhirBundle } from './export-fhir.ts';
import { drugByRxNorm, rxNormByDrug, rxNormCodesOf, rxNormFor, systems } from './fhir-codes.ts';

const codes = JSON.parse(
  readFileSync(new URL('../../../../shared/fhir/codes.json', import.meta.url), 'utf8'),
) as { codes: Array<{ system: string; code: string; meaning: string; verified: unknown }> };
const rxNormMeaning = new Map(
  codes.codes.filter((c) => c.system === systems.rxnorm).map((c) => [c.code, c.meaning]),
);

/** Every RxNorm code written anywhere in a JSON value. */
function rxNormCodesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(rxNormCodesIn);
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = o['system'] === systems.rxnorm && typeof o['code'] === 'string' ? [o['code']] : [];
  return [...own, ...Object.values(o).flatMap(rxNormCodesIn)];
}

describe('the RxNorm table', () => {
  it('gives each code to one drug only', () => {
    const all = drugNames.flatMap((name) => rxNormCodesOf(name));
    expect(new Set(all).size).toBe(all.length);
    for (const name of drugNames) {
      for (const code of rxNormCodesOf(name)) expect(drugByRxNorm[code]).toBe(name);
    }
  });

  it('marks as ingredient exactly the codes codes.json calls ingredient-level concepts', () => {
    for (const name of drugNames) {
      const concepts = rxNormByDrug[name];
      if (!concepts) continue;
      if ('ingredient' in concepts) {
        expect(rxNormMeaning.get(concepts.ingredient)).toMatch(/ingredient-level concept/);
      } else {
        // Doxil and Abraxane: codes.json has no ingredient concept for these formulations.
        expect(rxNormMeaning.get(concepts.brand)).toMatch(/^brand-name concept/);
        expect([...rxNormMeaning.values()].some((m) => m.startsWith(`${name} - ingredient`))).toBe(
          false,
        );
      }
      for (const other of concepts.others) {
        expect(rxNormMeaning.get(other)).not.toMatch(/ingredient-level concept/);
      }
    }
  });

  it('writes the ingredient code, not the lowest-numbered one (a brand for fulvestrant and trastuzumab)', () => {
    expect(rxNormFor('fulvestrant')).toBe('282357'); // not Faslodex 203870
    expect(rxNormFor('trastuzumab')).toBe('224905'); // not Herceptin 101306
    expect(rxNormFor('trastuzumab deruxtecan')).toBe('2267582'); // not 2267574
    expect(rxNormFor('capivasertib')).toBeUndefined();
  });

  it('exports medicines and intolerance suspects with the ingredient code', () => {
    const parsed = parseCase({
      format: 'mbc-case/1',
      patient: {
        er: 'positive',
        pr: 'positive',
        her2: 'positive',
        brca: 'unknown',
        pdl1: 'unknown',
        menopause: 'post',
        presentation: 'de-novo',
      },
      events: [
        { date: '2024-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
        { date: '2024-01-20', type: 'start-line', regimen: ['Herceptin', 'Faslodex'] },
        { date: '2024-04-01', type: 'intolerance', agents: ['fulvestrant'] },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const written = rxNormCodesIn(caseToFhirBundle(parsed.caseFile));
    expect(written).toContain('224905');
    expect(written).toContain('282357');
    expect(written).not.toContain('101306');
    expect(written).not.toContain('203870');
  });
});
