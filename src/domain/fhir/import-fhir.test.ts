import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { richCase } from '../../../test/arbitraries/rich-case.ts';
import { caseToFhirBundle } from './export-fhir.ts';
import { describe, expect, it } from 'vitest';
import { collectionBundle } from '../../../mocks/fhir/patients.ts';
import { recommendCase } from '../recommend-case.ts';
import type { FhirImportDraft } from './fhir-import-types.ts';
import { checkDraft, draftToCase, importFhirBundle, importFhirBundleText } from './import-fhir.ts';
import { knowledge } from '../../../test/knowledge.ts';

function draftOf(patientId: string): FhirImportDraft {
  const result = importFhirBundle(collectionBundle(patientId));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.draft;
}

const finding = (draft: FhirImportDraft, field: string) =>
  draft.findings.find((f) => f.field === field);
const included = (draft: FhirImportDraft) =>
  draft.events.filter((e) => e.include).map((e) => e.event);

describe('importing the synthetic mCODE patients', () => {
  it('hr-positive: LOINC-answer receptors, ECOG, menopause, lines, response and progression', () => {
    const draft = draftOf('hr-positive');
    expect(draft.patient).toMatchObject({
      er: 'positive',
      pr: 'positive',
      her2: 'negative',
      brca: 'unknown',
      menopause: 'post',
      ecog: 1,
    });
    expect(included(draft)).toEqual([
      { date: '2024-01-25', type: 'metastases', sites: [{ site: 'bone' }] },
      { date: '2024-02-01', type: 'start-line', regimen: ['letrozole', 'palbociclib'] },
      { date: '2024-05-15', type: 'response', assessment: 'partial' },
      { date: '2025-03-10', type: 'progression', sites: [{ site: 'liver' }] },
      { date: '2025-03-20', type: 'start-line', regimen: ['fulvestrant'] },
    ]);
    // "Improved" does not say complete or partial: the choice is shown, not hidden.
    expect(draft.events[2]?.notes.join(' ')).toMatch(/improved/);
    const result = draftToCase(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const recommendation = recommendCase(result.caseFile, knowledge);
    expect(recommendation.ok && recommendation.recommendation.line).toBe(2);
  });

  it('her2-positive: SNOMED-qualifier results, IHC and ISH, brain and node sites', () => {
    const draft = draftOf('her2-positive');
    expect(draft.patient).toMatchObject({ er: 'negative', pr: 'negative', her2: 'positive' });
    expect(included(draft).map((e) => e.type)).toEqual([
      'metastases',
      'start-line',
      'progression',
      'start-line',
    ]);
    expect(included(draft)[3]).toMatchObject({ regimen: ['trastuzumab emtansine'] });
    // The stop reason and the disease status on the same day are one progression.
    expect(draft.events[2]?.sources.length).toBeGreaterThan(1);
  });

  it('triple-negative: germline BRCA1 variant, PD-L1 presence, administration with a period', () => {
    const draft = draftOf('triple-negative');
    expect(draft.patient).toMatchObject({ brca: 'mutated', pdl1: 'positive', menopause: 'post' });
    expect(included(draft)).toContainEqual({
      date: '2025-02-15',
      type: 'start-line',
      regimen: ['paclitaxel'],
    });
  });

  it('premenopausal: the latest ER wins with the earlier one shown; intolerance of one drug', () => {
    const draft = draftOf('hr-positive-premenopausal');
    const er = finding(draft, 'er');
    expect(er?.value).toBe('negative');
    expect(er?.earlier).toEqual([
      expect.objectContaining({ date: '2019-03-01', value: 'positive' }),
    ]);
    expect(draft.patient.menopause).toBe('pre');
    expect(included(draft)).toEqual([
      {
        date: '2025-01-10',
        type: 'metastases',
        sites: [{ site: 'bone' }, { site: 'skin' }],
      },
      { date: '2025-01-20', type: 'start-line', regimen: ['goserelin', 'letrozole', 'ribociclib'] },
      { date: '2025-03-01', type: 'intolerance', agents: ['ribociclib'] },
      { date: '2025-03-01', type: 'start-line', regimen: ['goserelin', 'letrozole'] },
    ]);
  });

  it('messy: nothing is guessed, every problem is reported with its resource', () => {
    const draft = draftOf('messy');
    expect(draft.patient.her2).toBe('unknown');
    expect(finding(draft, 'her2')?.note).toMatch(/equivocal/);
    expect(draft.patient.pdl1).toBe('unknown');
    expect(finding(draft, 'pdl1')?.note).toMatch(/percentage/);
    const reasons = draft.entries
      .filter((e) => e.outcome === 'not-mapped')
      .map((e) => e.result)
      .join('\n');
    expect(reasons).toMatch(/pembrolizumab .* not in the five source documents/);
    expect(reasons).toMatch(/text only \("Study drug XYZ-123"\)/);
    expect(reasons).toMatch(/72965 is a RxNorm code but is given under SNOMED CT/);
    expect(reasons).toMatch(/Medication\/does-not-exist, which is not in the data/);
    expect(reasons).toMatch(/metastasis to the eyelid|text only, no code/);
    const eribulin = draft.entries.find((e) => e.result.includes('eribulin'));
    expect(eribulin?.result).toMatch(/before its start/);
    // The letrozole written under the wrong system is not read by its display text.
    expect(
      included(draft).flatMap((e) => (e.type === 'start-line' ? e.regimen : [])),
    ).not.toContain('letrozole');
    // Events the course cannot take are kept, left out, and say why.
    for (const e of draft.events.filter((x) => !x.include)) expect(e.problem).toBeTruthy();
  });

  it('many-lines: twelve lines, each ended by progression', () => {
    const draft = draftOf('many-lines');
    const events = included(draft);
    expect(events.filter((e) => e.type === 'start-line')).toHaveLength(12);
    expect(events.filter((e) => e.type === 'progression')).toHaveLength(11);
  });
});

const patient = { resourceType: 'Patient', id: 'p' };
const bundle = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource) => ({ resource })),
});

describe('bad FHIR data', () => {
  it.each([
    ['not JSON', '{"resourceType": "Bund', /not valid JSON/],
    ['an array', '[]', /not a FHIR resource/],
    ['a Patient, not a Bundle', JSON.stringify(patient), /"Patient"; expected a Bundle/],
    ['a case file', '{"format":"mbc-case/1","patient":{},"events":[]}', /case file, not FHIR/],
    ['a document Bundle', JSON.stringify({ ...bundle(patient), type: 'document' }), /"document"/],
    ['no patient', JSON.stringify(bundle()), /no readable Patient/],
    [
      'two patients',
      JSON.stringify(bundle(patient, { resourceType: 'Patient', id: 'q' })),
      /2 patients/,
    ],
    ['entry not a list', JSON.stringify({ ...bundle(), entry: {} }), /must be a list/],
  ])('%s gives a clear problem', (_name, text, message) => {
    const result = importFhirBundleText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(message);
  });

  it('refuses a huge bundle before reading it', () => {
    const entries = Array.from({ length: 20_001 }, () => ({ resource: patient }));
    const result = importFhirBundle({ resourceType: 'Bundle', type: 'collection', entry: entries });
    expect(result.ok).toBe(false);
  });

  it('reports wrong shapes, other patients, missing dates and unknown types per resource', () => {
    const result = importFhirBundle(
      bundle(
        patient,
        { resourceType: 'Observation', id: 'o1', code: 'not-a-concept' },
        {
          resourceType: 'Condition',
          id: 'c1',
          subject: { reference: 'Patient/someone-else' },
          code: { coding: [{ system: 'http://snomed.info/sct', code: '94222008' }] },
          onsetDateTime: '2024-01-01',
        },
        {
          resourceType: 'Condition',
          id: 'c2',
          subject: { reference: 'Patient/p' },
          code: { coding: [{ system: 'http://snomed.info/sct', code: '94381002' }] },
          onsetDateTime: '2024-02',
        },
        { resourceType: 'Encounter', id: 'e1' },
        null,
        { id: 'no-type' },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const bySource = new Map(result.draft.entries.map((e) => [e.source, e]));
    expect(bySource.get('Observation/o1')?.result).toMatch(/^code:/);
    expect(bySource.get('Condition/c1')?.result).toMatch(/belongs to Patient\/someone-else/);
    expect(bySource.get('Condition/c2')?.result).toMatch(/gives no day/);
    expect(bySource.get('Encounter/e1')?.outcome).toBe('not-used');
    expect(bySource.get('entry[5]')?.result).toMatch(/an entry needs a resource/);
    expect(bySource.get('entry[6]')?.result).toMatch(/not a FHIR resource/);
    expect(result.draft.events).toEqual([]);
  });

  it('copies only the parts it reads, so a "__proto__" key cannot reach an object prototype', () => {
    const text = JSON.stringify(bundle(patient)).replace(
      '"id":"p"',
      '"id":"p","__proto__":{"polluted":true},"extension":[{"url":"x","__proto__":{"polluted":true}}]',
    );
    const result = importFhirBundleText(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a correction that makes the course impossible is refused with its place', () => {
    const draft = draftOf('hr-positive');
    const result = draftToCase(draft, { include: new Set([2]) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(/not possible/);
  });
});

describe('checking the draft as it is corrected', () => {
  it('says which included events the course would refuse, by their place in the draft', () => {
    const draft = draftOf('hr-positive');
    const metastases = draft.events.findIndex((e) => e.event.type === 'metastases');
    const firstLine = draft.events.findIndex((e) => e.event.type === 'start-line');
    const include = new Set(
      draft.events.flatMap((e, i) => (e.include && i !== metastases ? [i] : [])),
    );
    const check = checkDraft(draft, { include });
    expect(check.result.ok).toBe(false);
    expect(check.refused.get(firstLine)).toMatch(/start-line on .* is not possible/);
    expect(check.refused.has(metastases)).toBe(false);
  });

  it('finds left-out events that a corrected baseline makes possible, and only those', () => {
    // The messy record has no readable receptor result, so its lines were left out.
    const draft = draftOf('messy');
    const leftOut = draft.events.flatMap((e, i) => (e.problem ? [i] : []));
    expect(leftOut.length).toBeGreaterThan(0);
    expect(checkDraft(draft).nowPossible.size).toBe(0);

    const corrected = checkDraft(draft, { patient: { er: 'positive' } });
    expect(corrected.result.ok).toBe(true);
    const possible = [...corrected.nowPossible];
    expect(possible.length).toBeGreaterThan(0);
    for (const i of possible) {
      expect(draft.events[i]?.event.type).toBe('start-line');
      // Each one really does fit: including it gives a valid case.
      const include = new Set([...draft.events.flatMap((e, j) => (e.include ? [j] : [])), i]);
      expect(draftToCase(draft, { patient: { er: 'positive' }, include }).ok).toBe(true);
    }
    // A line dated before the metastases stays impossible whatever the receptors say.
    const beforeSites = draft.events.findIndex(
      (e, i) =>
        e.event.type === 'start-line' && leftOut.includes(i) && !corrected.nowPossible.has(i),
    );
    expect(beforeSites).toBeGreaterThanOrEqual(0);
  });
});

describe('the code tables', () => {
  const codes = JSON.parse(
    readFileSync(new URL('../../../../shared/fhir/codes.json', import.meta.url), 'utf8'),
  ) as { codes: Array<{ system: string; code: string; verified: unknown }> };
  const verified = new Set(
    codes.codes.filter((c) => c.verified === true).map((c) => `${c.system}|${c.code}`),
  );

  it('every standard code the exporter writes is verified in ../shared/fhir/codes.json', () => {
    const written = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o['system'] === 'string' && typeof o['code'] === 'string') {
          written.add(`${o['system']}|${o['code']}`);
        }
        Object.values(o).forEach(walk);
      }
    };
    for (const c of fc.sample(richCase, 300)) walk(caseToFhirBundle(c));
    const standard = [...written].filter(
      (k) =>
        !k.startsWith('https://mbc-dashboard.example/') &&
        !k.startsWith('http://terminology.hl7.org/'),
    );
    expect(standard.length).toBeGreaterThan(20);
    expect(standard.filter((k) => !verified.has(k))).toEqual([]);
  });

  it('every code the importer maps is verified', async () => {
    const tables = await import('./fhir-codes.ts');
    const keys = [
      ...Object.keys(tables.drugByRxNorm).map((c) => `${tables.systems.rxnorm}|${c}`),
      ...Object.keys(tables.rxNormOutsideDocuments).map((c) => `${tables.systems.rxnorm}|${c}`),
      ...Object.keys(tables.siteBySnomed).map((c) => `${tables.systems.snomed}|${c}`),
      ...Object.keys(tables.siteByIcd10).map((c) => `${tables.systems.icd10cm}|${c}`),
      ...Object.values(tables.receptorTestCodes)
        .flat()
        .map((c) => `${tables.systems.loinc}|${c}`),
      ...tables.pdl1Codes.map((c) => `${tables.systems.loinc}|${c}`),
      ...Object.keys(tables.diseaseStatusValues).map((c) => `${tables.systems.snomed}|${c}`),
      ...Object.keys(tables.stopReasonValues).map((c) => `${tables.systems.snomed}|${c}`),
      ...Object.keys(tables.ecogAnswers).map((c) => `${tables.systems.loinc}|${c}`),
      ...Object.keys(tables.brcaMarkerCodes).map((c) => `${tables.systems.loinc}|${c}`),
      ...Object.keys(tables.brcaFindingSnomed).map((c) => `${tables.systems.snomed}|${c}`),
      ...tables.primaryCancerCodes.map((c) => `${tables.systems.snomed}|${c}`),
      ...Object.entries(tables.resultValues).flatMap(([system, values]) =>
        Object.keys(values).map((c) => `${system}|${c}`),
      ),
    ];
    expect(keys.filter((k) => !verified.has(k))).toEqual([]);
  });
});
