import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { richCase } from '../../../test/arbitraries/rich-case.ts';
import type { CaseFile } from '../case/case-schema.ts';
import { parseCase } from '../case/parse-case.ts';
import { drugNames, type DrugName } from '../knowledge/drugs.ts';
import { caseToFhirBundle, caseToFhirExport } from './export-fhir.ts';
import { exportRxNorm } from './export/medication-code.ts';
import { systems } from './fhir-codes.ts';
import { mcodeProfiles } from './mcode-profiles.ts';

type Resource = Record<string, unknown> & { resourceType: string; id: string };

const codes = JSON.parse(
  readFileSync(new URL('../../../../shared/fhir/codes.json', import.meta.url), 'utf8'),
) as { codes: Array<{ system: string; code: string; display: string; meaning: string }> };
const rxNorm = new Map(
  codes.codes.filter((c) => c.system === systems.rxnorm).map((c) => [c.code, c]),
);

function caseOf(value: unknown): CaseFile {
  const parsed = parseCase(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.caseFile;
}

const patient = {
  er: 'positive',
  pr: 'negative',
  her2: 'positive',
  brca: 'not-mutated',
  pdl1: 'unknown',
  menopause: 'post',
  presentation: 'de-novo',
  ecog: 1,
};

/** HR+/HER2+ case: a line with fulvestrant and trastuzumab, a later HER2 test, surgery. */
const sample = caseOf({
  format: 'mbc-case/1',
  patient,
  events: [
    { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }, { site: 'liver' }] },
    { date: '2025-01-20', type: 'start-line', regimen: ['fulvestrant', 'trastuzumab'] },
    { date: '2025-03-02', type: 'receptor-update', her2: 'negative' },
    { date: '2025-04-01', type: 'local-therapy', modality: 'surgery', site: 'liver' },
    { date: '2025-05-01', type: 'local-therapy', modality: 'radiation', site: 'bone' },
    { date: '2025-06-01', type: 'progression' },
  ],
});

function resources(caseFile: CaseFile): Resource[] {
  const bundle = caseToFhirBundle(caseFile) as { entry: Array<{ resource: Resource }> };
  return bundle.entry.map((e) => e.resource);
}
const byId = (list: readonly Resource[], id: string) => {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};
const profileOf = (r: Resource) => (r['meta'] as { profile?: string[] } | undefined)?.profile;

describe('FHIR export: mCODE profiles and their required elements', () => {
  const list = resources(sample);

  it('claims the mCODE STU 4 profile on each resource mCODE has one for', () => {
    expect(profileOf(byId(list, 'patient'))).toEqual([mcodeProfiles.patient]);
    expect(profileOf(byId(list, 'baseline-er'))).toEqual([mcodeProfiles.tumorMarkerTest]);
    expect(profileOf(byId(list, 'baseline-brca'))).toEqual([mcodeProfiles.genomicVariant]);
    expect(profileOf(byId(list, 'baseline-ecog'))).toEqual([mcodeProfiles.ecog]);
    expect(profileOf(byId(list, 'event-0-site-0'))).toEqual([
      mcodeProfiles.secondaryCancerCondition,
    ]);
    expect(profileOf(byId(list, 'event-1-medication-0'))).toEqual([
      mcodeProfiles.medicationRequest,
    ]);
    expect(profileOf(byId(list, 'event-2-her2'))).toEqual([mcodeProfiles.tumorMarkerTest]);
    expect(profileOf(byId(list, 'event-3'))).toEqual([mcodeProfiles.surgicalProcedure]);
    expect(profileOf(byId(list, 'event-5'))).toEqual([mcodeProfiles.diseaseStatus]);
    // No mCODE profile exists for these (mcode-profiles.ts says why).
    expect(profileOf(byId(list, 'baseline-menopause'))).toBeUndefined();
    expect(profileOf(byId(list, 'event-4'))).toBeUndefined();
  });

  it('writes the category and statuses US Core asks of a condition and an ECOG observation', () => {
    const site = byId(list, 'event-0-site-0');
    expect(site['category']).toEqual([
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-category',
            code: 'problem-list-item',
          },
        ],
      },
    ]);
    expect(site['verificationStatus']).toMatchObject({ coding: [{ code: 'confirmed' }] });
    expect(site['clinicalStatus']).toMatchObject({ coding: [{ code: 'active' }] });
    const ecog = byId(list, 'baseline-ecog');
    expect(ecog['category']).toEqual([
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' },
        ],
      },
    ]);
    expect(ecog['interpretation']).toEqual([
      { coding: [{ system: systems.loinc, code: 'LA9623-5' }] },
    ]);
  });

  it('gives each medicine the site conditions known at the line start as its reason', () => {
    for (const id of ['event-1-medication-0', 'event-1-medication-1']) {
      expect(byId(list, id)['reasonReference']).toEqual([
        { reference: 'Condition/event-0-site-0' },
        { reference: 'Condition/event-0-site-1' },
      ]);
    }
    expect(byId(list, 'event-3')['reasonReference']).toEqual([
      { reference: 'Condition/event-0-site-1' },
    ]);
  });
});

describe('FHIR export: dates of results', () => {
  it('dates a receptor update with its own test date and a baseline result with none', () => {
    const list = resources(sample);
    expect(byId(list, 'event-2-her2')['effectiveDateTime']).toBe('2025-03-02');
    for (const id of ['baseline-er', 'baseline-pr', 'baseline-her2', 'baseline-brca']) {
      // The first event's date (2025-01-10) is not when the test was done.
      expect(byId(list, id)).not.toHaveProperty('effectiveDateTime');
    }
  });
});

describe('FHIR export: medicines by ingredient code', () => {
  const written = (drug: DrugName) => {
    const caseFile = caseOf({
      format: 'mbc-case/1',
      patient,
      events: [
        { date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] },
        { date: '2025-01-20', type: 'start-line', regimen: [drug] },
      ],
    });
    const request = byId(resources(caseFile), 'event-1-medication-0');
    const concept = request['medicationCodeableConcept'] as {
      coding: Array<{ system: string; code: string }>;
    };
    return concept.coding.filter((c) => c.system === systems.rxnorm).map((c) => c.code);
  };

  it('writes fulvestrant and trastuzumab as their ingredients, not Faslodex or Herceptin', () => {
    expect(written('fulvestrant')).toEqual(['282357']);
    expect(rxNorm.get('282357')?.meaning).toMatch(/^fulvestrant - ingredient-level concept/);
    expect(written('trastuzumab')).toEqual(['224905']);
    expect(rxNorm.get('224905')?.meaning).toMatch(/^trastuzumab - ingredient-level concept/);
  });

  it('writes every drug with the concept codes.json calls its ingredient (or its only brand)', () => {
    for (const drug of drugNames) {
      const code = exportRxNorm(drug);
      if (code === undefined) continue;
      const meaning = rxNorm.get(code)?.meaning ?? '';
      expect({ drug, meaning }).toEqual({
        drug,
        meaning: expect.stringMatching(/ingredient-level concept|^brand-name concept/) as string,
      });
      if (meaning.startsWith('brand')) {
        // Only where codes.json has no ingredient concept for the formulation.
        expect([...rxNorm.values()].some((c) => c.meaning.startsWith(`${drug} - ingredient`))).toBe(
          false,
        );
      }
    }
  });
});

describe('FHIR export: what the case lacks is reported, not invented', () => {
  it('lists the patient identity and the prescriber as left out', () => {
    const { omissions } = caseToFhirExport(sample);
    const about = (resource: string) =>
      omissions.filter((o) => o.resource === resource).map((o) => o.element);
    expect(about('Patient/patient')).toEqual([
      'Patient.identifier',
      'Patient.name',
      'Patient.gender',
    ]);
    expect(about('MedicationRequest/event-1-medication-0')).toEqual([
      'MedicationRequest.requester',
    ]);
    expect(about('Observation/baseline-er')).toEqual(['Observation.effective[x]']);
    expect(about('Observation/event-2-her2')).toEqual([]);
    expect(about('Procedure/event-4')).toEqual(['Procedure.meta.profile']);
    for (const o of omissions) expect(o.why).not.toBe('');
  });

  it('names only resources in the bundle, and the element is indeed absent (property)', () => {
    fc.assert(
      fc.property(richCase, (caseFile) => {
        const { bundle, omissions } = caseToFhirExport(caseFile);
        const list = (bundle as { entry: Array<{ resource: Resource }> }).entry.map(
          (e) => e.resource,
        );
        const byRef = new Map(list.map((r) => [`${r.resourceType}/${r.id}`, r]));
        for (const o of omissions) {
          const resource = byRef.get(o.resource);
          expect(resource).toBeDefined();
          const [, element] = /^\w+\.([\w]+)/.exec(o.element) ?? [];
          if (element === undefined || element === 'meta' || element === 'component') continue;
          const key = element === 'effective' ? 'effectiveDateTime' : element;
          expect(resource).not.toHaveProperty(key);
        }
        // Every resource whose type mCODE profiles carries a profile, or says why not.
        for (const r of list) {
          if (!['Patient', 'Condition', 'MedicationRequest', 'Procedure'].includes(r.resourceType))
            continue;
          const why = omissions.some(
            (o) => o.resource === `${r.resourceType}/${r.id}` && o.element.endsWith('meta.profile'),
          );
          expect(profileOf(r) !== undefined || why).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
