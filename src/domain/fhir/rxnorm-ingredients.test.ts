import { describe, expect, it } from 'vitest';
import { drugNames, isDrugName } from '../knowledge/drugs.ts';
import { rxNormCodesOf } from './fhir-codes.ts';
import { importFhirBundle } from './import-fhir.ts';
import { productByRxNorm, rxNormProductRows } from './rxnorm-ingredients.ts';

const drugsOf = (code: string) => productByRxNorm.get(code)?.drugs;

describe('the RxNorm product table (data/rxnorm-products.json)', () => {
  it('maps each code once, to drugs the documents name', () => {
    const codes = rxNormProductRows.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const row of rxNormProductRows) {
      expect(row.drugs.length).toBeGreaterThan(0);
      for (const d of row.drugs) expect(isDrugName(d)).toBe(true);
    }
  });

  it('agrees with the verified codes of fhir-codes.ts', () => {
    for (const name of drugNames) {
      for (const code of rxNormCodesOf(name)) expect(drugsOf(code)).toEqual([name]);
    }
  });

  // Each level, with the code and display as the public list gives them.
  it.each([
    ['56946', 'ingredient', ['paclitaxel']],
    ['583214', 'clinical drug (SCD): PACLitaxel 100 MG Injection', ['paclitaxel']],
    ['1156671', 'dose-form group: Fulvestrant Injectable Product', ['fulvestrant']],
    ['1946828', 'dose-form group: Abemaciclib Pill', ['abemaciclib']],
    ['1946834', 'branded dose-form group: Verzenio Oral Product', ['abemaciclib']],
    ['1946836', 'branded drug (SBD): Verzenio 50 MG Oral Tablet', ['abemaciclib']],
    ['1658086', 'branded dose form: Trastuzumab Injection [KADCYLA]', ['trastuzumab emtansine']],
    [
      '2284506',
      'branded dose form: DOXOrubicin Injection [Doxil]',
      ['pegylated liposomal doxorubicin'],
    ],
    ['1663184', 'branded dose form: PACLitaxel Injection [Abraxane]', ['nab-paclitaxel']],
    ['2382605', 'brand, multi-ingredient: Phesgo', ['pertuzumab', 'trastuzumab']],
    [
      '1923053',
      'pack: letrozole + ribociclib (Kisqali Femara Co-Pack)',
      ['letrozole', 'ribociclib'],
    ],
  ])('%s (%s)', (code, _level, drugs) => {
    expect(drugsOf(code)).toEqual(drugs);
  });

  it('keeps contraceptive and topical products out of lines, saying what they contain', () => {
    expect(productByRxNorm.get('312033')?.notALine).toMatch(/norethindrone/);
    expect(productByRxNorm.get('1600382')?.notALine).toMatch(/topical/);
  });

  it('never says the documents do not name a medicine whose product code it knows', () => {
    const entry = rxNormProductRows.map((row, i) => ({
      resource: {
        resourceType: 'MedicationStatement',
        id: `m${i}`,
        status: 'completed',
        subject: { reference: 'Patient/p' },
        effectiveDateTime: '2024-01-01',
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: row.code }],
        },
      },
    }));
    const result = importFhirBundle({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Patient', id: 'p' } }, ...entry],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const statements = result.draft.entries.filter((e) => e.resourceType === 'MedicationStatement');
    expect(statements).toHaveLength(rxNormProductRows.length);
    for (const s of statements) expect(s.result).not.toMatch(/do(es)? not name|not in the five/);
    // Everything not flagged as "not a line" is mapped to its drugs.
    const mapped = statements.filter((s) => s.outcome === 'mapped').length;
    expect(mapped).toBe(rxNormProductRows.filter((r) => !r.notALine).length);
  });
});
