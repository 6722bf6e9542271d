import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectCodes } from './project-codes.ts';
import { importerCodeKeys } from './readers/known-codes.ts';
import { rxNormProductRows, rxNormSources } from './rxnorm-ingredients.ts';

const shared = JSON.parse(
  readFileSync(new URL('../../../../shared/fhir/codes.json', import.meta.url), 'utf8'),
) as {
  codes: Array<{ group: string; system: string; code: string; display: string; verified: unknown }>;
};
const verified = shared.codes.filter((c) => c.verified === true);
const key = (c: { system: string; code: string }) => `${c.system}|${c.code}`;

/**
 * Verified codes the importer recognises but that carry no fact the tool reads, each with the
 * reason. Everything else codes.json verifies must be read.
 */
const notRead: Readonly<Record<string, string>> = {
  'http://loinc.org|51969-4':
    'the GenomicsReport code: a report is not read, the observations it lists are',
  'http://loinc.org|48018-6':
    'the gene-studied component code: genes are read from the HGNC value of any component',
  'http://snomed.info/sct|897275008':
    'names the AJCC staging manual (method or stage type), not a stage',
  'http://snomed.info/sct|24028007': 'laterality (right): no fact of the case or review screen',
  'http://snomed.info/sct|7771000': 'laterality (left): no fact of the case or review screen',
  'http://snomed.info/sct|51440002': 'laterality (both): no fact of the case or review screen',
};

describe('codes.json, concept by concept', () => {
  const groups = [...new Set(verified.map((c) => c.group))];

  it.each(groups)('every verified %s code is read', (group) => {
    const missing = verified
      .filter((c) => c.group === group)
      .map(key)
      .filter((k) => !importerCodeKeys.has(k) && !(k in notRead));
    expect(missing).toEqual([]);
  });

  it('reads the HER2 IHC code 18474-7 (once verified but not read)', () => {
    expect(importerCodeKeys.has('http://loinc.org|18474-7')).toBe(true);
  });

  it('every exemption names a verified code and a reason', () => {
    for (const [k, why] of Object.entries(notRead)) {
      expect(verified.map(key)).toContain(k);
      expect(why.length).toBeGreaterThan(20);
    }
  });
});

describe('every code the importer reads is verified', () => {
  const fromShared = new Set(verified.map(key));
  const fromProject = new Set(projectCodes.map(key));
  const fromRxNorm = new Set(
    rxNormProductRows.map((r) => `http://www.nlm.nih.gov/research/umls/rxnorm|${r.code}`),
  );

  it('in codes.json, the project list or the RxNorm data file, each with its source', () => {
    const unverified = [...importerCodeKeys].filter(
      (k) => !fromShared.has(k) && !fromProject.has(k) && !fromRxNorm.has(k),
    );
    // Outside-the-documents RxNorm codes come from the same public list (data file).
    const products = JSON.parse(
      readFileSync(new URL('./data/rxnorm-products.json', import.meta.url), 'utf8'),
    ) as { outsideDocuments: Array<{ code: string }> };
    const outside = new Set(
      products.outsideDocuments.map((o) => `http://www.nlm.nih.gov/research/umls/rxnorm|${o.code}`),
    );
    // A bare HGNC number is the form one mCODE example uses for a verified HGNC id.
    const bareHgnc = (k: string) => {
      const [system, code] = k.split('|');
      return system === 'http://www.genenames.org' && /^\d+$/.test(code ?? '')
        ? fromShared.has(`${system}|HGNC:${code}`) || fromProject.has(`${system}|HGNC:${code}`)
        : false;
    };
    expect(unverified.filter((k) => !outside.has(k) && !bareHgnc(k))).toEqual([]);
  });

  it('the project list gives a source and a reason for each code, and codes.json lacks them', () => {
    for (const c of projectCodes) {
      expect(c.source.length).toBeGreaterThan(10);
      expect(c.reason.length).toBeGreaterThan(10);
      expect(fromShared.has(key(c))).toBe(false);
      expect(importerCodeKeys.has(key(c))).toBe(true);
    }
  });

  it('the RxNorm data file names a source for every row', () => {
    for (const row of rxNormProductRows) {
      expect(row.source === 'ctm' ? rxNormSources['ctm'] : row.source).toMatch(/\S/);
      if (row.source !== 'ctm') expect(row.source).toMatch(/codes\.json|clinical-trial-matching/);
    }
  });
});
