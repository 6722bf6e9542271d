import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FhirImportDraft } from './fhir-import-types.ts';
import { draftToCase, importFhirBundle, importFhirBundleText } from './import-fhir.ts';

/**
 * The importer on real public FHIR data (test/fixtures/fhir-public, sources in its README):
 * the mCODE trial-matching test patients, the trial-matching service's test records, the
 * mCODE IG's example instances and Synthea patients in mCODE (mcode/mcode-omop). Where a test
 * changes a record, the change is stated.
 */

const dir = new URL('../../../test/fixtures/fhir-public/', import.meta.url);
const fixtureNames = readdirSync(dir).filter((f) => f.endsWith('.json'));

type Json = Record<string, unknown>;
type Bundle = {
  resourceType: string;
  type: string;
  entry: Array<{ fullUrl?: string; resource: Json }>;
};

function fixture(name: string): Bundle {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Bundle;
}

function draftOf(bundle: unknown): FhirImportDraft {
  const result = importFhirBundle(bundle);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.draft;
}

const included = (draft: FhirImportDraft) =>
  draft.events.filter((e) => e.include).map((e) => e.event);
const resource = (bundle: Bundle, id: string): Json => {
  const found = bundle.entry.find((e) => e.resource['id'] === id)?.resource;
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('every public example through the importer', () => {
  it('has the fixtures', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(19);
    expect(fixtureNames.filter((f) => f.startsWith('synthea-'))).toHaveLength(5);
  });

  it.each(fixtureNames)('%s: reads without crashing and reports every resource', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const result = importFhirBundleText(text);
    const bundle = JSON.parse(text) as Bundle;
    if (!result.ok) {
      // Only bundles without exactly one patient are refused, and they say so.
      expect(result.problems.map((p) => p.message).join(' ')).toMatch(/patient/);
      return;
    }
    expect(result.draft.entries.length).toBe(bundle.entry.length);
    for (const entry of result.draft.entries) expect(entry.result).not.toBe('');
    // Whatever the record holds, the draft's included events make a valid case.
    expect(draftToCase(result.draft).ok).toBe(true);
  });
});

describe('real patients read as a clinician would enter them', () => {
  it('CTM trial-matching patient 01 (transaction bundle, urn:uuid references)', () => {
    const bundle = fixture('ctm-app-trial-matching-patient-01.json');
    expect(bundle.type).toBe('transaction');
    const draft = draftOf(bundle);
    // HER2 is HER2 Ag by IHC 18474-7 = negative: verified in codes.json, so it is read.
    expect(draft.patient).toMatchObject({
      er: 'positive',
      pr: 'positive',
      her2: 'negative',
      ecog: 1,
      presentation: 'de-novo',
    });
    expect(included(draft)).toEqual([
      {
        date: '2019-04-01',
        type: 'metastases',
        sites: [{ site: 'lymph-node' }, { site: 'liver' }, { site: 'bone' }],
      },
      // RxNorm dose-form groups: leuprolide / fulvestrant injectable product, abemaciclib pill.
      {
        date: '2019-04-01',
        type: 'start-line',
        regimen: ['leuprolide', 'fulvestrant', 'abemaciclib'],
      },
      { date: '2019-06-01', type: 'start-line', regimen: ['fulvestrant', 'ribociclib'] },
    ]);
    // The sites have no date in the record: placed at the start and flagged.
    expect(draft.events[0]?.notes.join(' ')).toMatch(/no date/);
    // Stage IV at diagnosis is why it is de novo; flagged for checking.
    const presentation = draft.findings.find((f) => f.field === 'presentation');
    expect(presentation?.needsCheck).toBe(true);
    expect(presentation?.note).toMatch(/IV/);
    expect(draft.record.map((r) => `${r.label}: ${r.value}`)).toEqual(
      expect.arrayContaining([
        'Stage group: IV',
        'ESR1 variant (source not stated): present',
        'PIK3CA variant (source not stated): present',
        'Microsatellite instability (MSI): Positive (qualifier value)',
      ]),
    );
  });

  it('CTM trial-matching patient 02: eight lines by dose-form group codes, radiotherapy shown', () => {
    const draft = draftOf(fixture('ctm-app-trial-matching-patient-02.json'));
    expect(draft.patient).toMatchObject({ er: 'positive', pr: 'positive', her2: 'negative' });
    expect(included(draft)).toEqual([
      { date: '2019-06-01', type: 'metastases', sites: [{ site: 'bone' }] },
      { date: '2019-06-01', type: 'start-line', regimen: ['exemestane'] },
      { date: '2019-07-01', type: 'start-line', regimen: ['anastrozole'] },
      { date: '2019-08-01', type: 'start-line', regimen: ['letrozole'] },
      { date: '2019-09-01', type: 'start-line', regimen: ['palbociclib', 'fulvestrant'] },
      { date: '2019-10-01', type: 'start-line', regimen: ['capecitabine'] },
      { date: '2019-12-01', type: 'start-line', regimen: ['tamoxifen', 'abemaciclib'] },
      { date: '2020-01-01', type: 'start-line', regimen: ['gemcitabine'] },
      { date: '2020-02-01', type: 'start-line', regimen: ['alpelisib'] },
    ]);
    // Zoledronic acid is named as outside the documents, not as an unknown code.
    const zoledronic = draft.entries.find((e) => e.found.includes('zoledronic'));
    expect(zoledronic?.result).toMatch(/not in the five source documents/);
    // Radiotherapy to sites the tool cannot name is shown for the user to add by hand.
    const shown = draft.record.filter((r) => r.topic === 'local-therapy');
    expect(shown.map((r) => r.date)).toEqual(
      expect.arrayContaining(['2019-03-01', '2019-04-01', '2019-05-01', '2019-11-01']),
    );
    expect(draft.record.map((r) => r.label)).toContain('Tumour mutation burden (TMB)');
  });

  it('CTM service EOM patient (collection): ER+ at diagnosis, later ER-, cM0 first so recurrent', () => {
    const draft = draftOf(fixture('ctm-service-eom-patient-1.json'));
    expect(draft.patient).toMatchObject({
      er: 'positive',
      pr: 'negative',
      her2: 'negative',
      ecog: 3,
      presentation: 'recurrent',
    });
    expect(included(draft)).toEqual([
      { date: '2022-01-01', type: 'metastases', sites: [{ site: 'lung' }] },
      { date: '2022-01-01', type: 'start-line', regimen: ['abemaciclib', 'alpelisib'] },
      { date: '2022-01-02', type: 'receptor-update', er: 'negative' },
      { date: '2024-01-01', type: 'response', assessment: 'partial' },
    ]);
    expect(draft.findings.find((f) => f.field === 'presentation')?.note).toMatch(/cM0/);
  });

  it('mCODE IG extended example (Jenny M): curative treatment is prior, not lines', () => {
    const draft = draftOf(fixture('mcode-ig-jenny-m-bundle.json'));
    expect(draft.patient).toMatchObject({
      er: 'positive',
      pr: 'negative',
      her2: 'negative',
      ecog: 0,
    });
    expect(included(draft).filter((e) => e.type === 'start-line')).toEqual([]);
    expect(draft.priorTreatments.map((t) => `${t.kind} ${t.start} ${t.why}`)).toEqual([
      'medicine 2018-04-01 curative intent',
      'medicine 2018-04-01 curative intent',
      'surgery 2018-04-01 curative intent',
      'medicine 2018-04-12 curative intent',
      'radiotherapy 2018-08-15 curative intent',
      'medicine 2018-09-30 curative intent',
    ]);
    expect(draft.record.map((r) => `${r.label}: ${r.value}`)).toEqual(
      expect.arrayContaining([
        'Histology: Infiltrating duct carcinoma (morphologic abnormality)',
        'M category: American Joint Committee on Cancer cM0 (qualifier value)',
        'PALB2 variant (somatic): present',
      ]),
    );
  });
});

/**
 * Synthea patients as mcode/mcode-omop converted them to mCODE (FSH, converted here by
 * tools/fsh-to-json.py). The expected cases are read from the records by hand: every medicine
 * carries Synthea's "curative" intent and no record has a SecondaryCancerCondition, so a
 * clinician entering them has no metastatic site and no line, only early-stage treatment.
 */
describe('Synthea patients (mcode-omop) read as a clinician would enter them', () => {
  const prior = (draft: FhirImportDraft) =>
    draft.priorTreatments.map(
      (t) => `${t.kind} ${t.what} ${t.start}${t.end ? ` to ${t.end}` : ''}: ${t.why}`,
    );
  const shown = (draft: FhirImportDraft) => draft.record.map((r) => `${r.label}: ${r.value}`);

  it('53f3587e: stage IA, ER+ PR- HER2+, doxorubicin then trastuzumab (SC) and tamoxifen', () => {
    const draft = draftOf(fixture('synthea-53f3587e.json'));
    // Receptors of 2013-02-10: ER 85337-4 and PR 85339-0 by SNOMED qualifier, HER2 by IHC
    // 85319-2 positive (FISH 85318-4 "greater than 2.2" as text). No menopausal status recorded.
    expect(draft.patient).toMatchObject({
      er: 'positive',
      pr: 'negative',
      her2: 'positive',
      brca: 'unknown',
      pdl1: 'unknown',
      menopause: 'unknown',
    });
    expect(draft.findings.find((f) => f.field === 'menopause')?.needsCheck).toBe(true);
    // No metastatic site, no line of therapy.
    expect(draft.events).toEqual([]);
    // Early-stage: eight doxorubicin cycles (2013-02-28 to 2013-07-24), then tamoxifen and
    // trastuzumab with hyaluronidase (RxNorm 2119714) on 2013-08-03, all "curative".
    expect(prior(draft)).toEqual([
      'medicine doxorubicin (10 ML Doxorubicin Hydrochloride 2 MG/ML Injection) 2013-02-28 to 2013-07-24: curative intent',
      'medicine tamoxifen (Tamoxifen 10 MG Oral Tablet) 2013-08-03: curative intent',
      'medicine trastuzumab (5 ML hyaluronidase-oysk 2000 UNT/ML / trastuzumab 120 MG/ML Injection) 2013-08-03: curative intent',
    ]);
    expect(draft.priorTreatments[0]?.sources).toHaveLength(8);
    // Early-stage treatment, no metastasis recorded: recurrent, flagged for checking.
    const presentation = draft.findings.find((f) => f.field === 'presentation');
    expect(presentation).toMatchObject({ value: 'recurrent', needsCheck: true });
    expect(presentation?.note).toMatch(/no metastasis is/);
    expect(shown(draft)).toEqual(
      expect.arrayContaining([
        'Stage group: IA',
        'Histology: Non-infiltrating intraductal carcinoma (morphologic abnormality)',
        'HER2 FISH result (as recorded): greater than 2.2',
      ]),
    );
    expect(draft.entries.every((e) => e.outcome === 'mapped')).toBe(true);
    expect(draftToCase(draft).ok).toBe(true);
  });

  it('eabfe6f1: stage IIIC, ER+ PR+ HER2-, epirubicin, doxorubicin, then ribociclib + fulvestrant', () => {
    const draft = draftOf(fixture('synthea-eabfe6f1.json'));
    // Receptors of 2009-04-09, with ER+PR together (10480-2) positive beside them.
    expect(draft.patient).toMatchObject({
      er: 'positive',
      pr: 'positive',
      her2: 'negative',
      menopause: 'unknown',
    });
    expect(draft.events).toEqual([]);
    // Ribociclib + fulvestrant (2010-03-09) would be a first line for metastatic disease, but
    // the record gives it curative intent and no metastasis: early-stage, as recorded.
    expect(prior(draft)).toEqual([
      'medicine epirubicin (100 ML Epirubicin Hydrochloride 2 MG/ML Injection) 2009-04-13 to 2009-09-07: curative intent',
      'medicine doxorubicin (10 ML Doxorubicin Hydrochloride 2 MG/ML Injection) 2009-10-09 to 2010-03-01: curative intent',
      'medicine fulvestrant (5 ML fulvestrant 50 MG/ML Prefilled Syringe) 2010-03-09: curative intent',
      'medicine ribociclib (ribociclib 200 MG Oral Tablet) 2010-03-09: curative intent',
    ]);
    expect(draft.findings.find((f) => f.field === 'presentation')).toMatchObject({
      value: 'recurrent',
      needsCheck: true,
    });
    expect(shown(draft)).toEqual(
      expect.arrayContaining([
        'Stage group: IIIC',
        'ER and PR together: Positive (qualifier value)',
        'HER2 FISH result (as recorded): less than 1.8',
      ]),
    );
    expect(draftToCase(draft).ok).toBe(true);
  });

  it('8be62b06: "stage IVA" is shown, not read; curative paclitaxel stays early-stage (checked by the user)', () => {
    const draft = draftOf(fixture('synthea-8be62b06.json'));
    expect(draft.patient).toMatchObject({ er: 'positive', pr: 'negative', her2: 'positive' });
    // A clinician would read stage IV at diagnosis (2014-11-25) as de novo metastatic disease
    // and paclitaxel as its first line; the record gives the stage as cancerstaging.org "4A"
    // ("IVA", which AJCC does not define for breast; IVA is not distant disease elsewhere),
    // curative intent and no metastatic site. The import follows the codes and says why.
    expect(draft.events).toEqual([]);
    expect(prior(draft)).toEqual([
      'medicine paclitaxel (Paclitaxel 100 MG Injection) 2014-11-30 to 2015-04-18: curative intent',
    ]);
    const presentation = draft.findings.find((f) => f.field === 'presentation');
    expect(presentation).toMatchObject({ value: 'recurrent', needsCheck: true });
    expect(presentation?.note).toMatch(/stage recorded: IVA on 2014-11-25/);
    // Zoledronic acid (RxNorm 1114085, twice) is named as outside the documents.
    const zoledronic = draft.entries.filter((e) => e.found.includes('zoledronic'));
    expect(zoledronic.map((e) => e.outcome)).toEqual(['not-mapped', 'not-mapped']);
    expect(zoledronic[0]?.result).toMatch(/not in the five source documents/);
  });
});

describe('facts from public records, some changed as each test states', () => {
  it('reads a batch bundle and references by Type/id as well as urn:uuid', () => {
    const bundle = fixture('ctm-app-trial-matching-patient-01.json');
    const draft = draftOf({ ...bundle, type: 'batch' });
    expect(draft.patient.her2).toBe('negative');
    // Patient 01 refers to its patient as Patient/id while entries carry urn:uuid fullUrls.
    expect(bundle.entry[0]?.fullUrl).toMatch(/^urn:uuid:/);
    expect(
      JSON.stringify(resource(bundle, 'mCODETrialMatchingTumorMarkerPatientExample01')),
    ).toMatch(/"Patient\/mCODETrialMatchingPatientExample01"/);
    const service = draftOf(fixture('ctm-service-patient-data.json'));
    // The service record refers to its patient by urn:uuid only.
    expect(service.patient.er).toBe('positive');
  });

  it('reads a result given only as an HL7 ObservationInterpretation (value removed)', () => {
    const bundle = fixture('ctm-service-patient-data.json');
    const her2 = resource(bundle, '95d74cb0-15d5-44dd-a289-b622bfed80be');
    delete her2['valueCodeableConcept'];
    delete her2['valueQuantity'];
    const draft = draftOf(bundle);
    expect(draft.patient.her2).toBe('positive');
    const ihc = draftOf(fixture('ctm-service-patient-data.json')).record;
    expect(ihc.map((r) => `${r.label}: ${r.value}`)).toEqual(
      expect.arrayContaining(['HER2 IHC score: 3+', 'ER positive cells: 10 %']),
    );
  });

  it('medicines before the first dated metastasis are prior and do not move the receptor cut-off (metastasis dated)', () => {
    const bundle = fixture('ctm-service-eom-patient-1.json');
    // Changed: the lung metastasis is given an onset after the medicines started.
    resource(bundle, 'conditionId-2')['onsetDateTime'] = '2022-06-01';
    const draft = draftOf(bundle);
    expect(draft.priorTreatments.map((t) => t.why)).toEqual([
      'started before the first metastasis (2022-06-01)',
      'started before the first metastasis (2022-06-01)',
    ]);
    expect(included(draft).filter((e) => e.type === 'start-line')).toEqual([]);
    // No line: every result up to the end counts for the baseline, the latest (ER-) winning.
    expect(draft.patient.er).toBe('negative');
    expect(draft.findings.find((f) => f.field === 'er')?.earlier).toHaveLength(1);
  });

  it('records intolerance from "not tolerated" without an end date', () => {
    const bundle = fixture('ctm-app-trial-matching-patient-01.json');
    // Changed: the abemaciclib statement is stopped as not tolerated (SNOMED 407563006), no end.
    const abemaciclib = resource(
      bundle,
      'mCODETrialMatchingCancerMedicationStatement03PatientExample01',
    );
    abemaciclib['status'] = 'stopped';
    abemaciclib['statusReason'] = [
      {
        coding: [
          {
            system: 'http://snomed.info/sct',
            code: '407563006',
            display: 'Treatment not tolerated',
          },
        ],
      },
    ];
    const draft = draftOf(bundle);
    const intolerance = draft.events.find((e) => e.event.type === 'intolerance');
    expect(intolerance?.include).toBe(true);
    expect(intolerance?.event).toMatchObject({ date: '2019-04-01', agents: ['abemaciclib'] });
    expect(intolerance?.notes.join(' ')).toMatch(/no end date/);
  });

  it('lists a MedicationStatement without any date for the user to date', () => {
    const bundle = fixture('ctm-app-trial-matching-patient-02.json');
    // Changed: the capecitabine statement loses its date.
    delete resource(bundle, 'mCODETrialMatchingCancerMedicationStatement07PatientExample02')[
      'effectiveDateTime'
    ];
    const draft = draftOf(bundle);
    expect(draft.undatedMedicines.map((m) => m.drugs)).toEqual([['capecitabine']]);
    expect(
      included(draft).some((e) => e.type === 'start-line' && e.regimen.includes('capecitabine')),
    ).toBe(false);
  });

  it('offers radiotherapy to a named site after the metastases for the user to confirm', () => {
    const bundle = fixture('ctm-service-patient-data.json');
    const draft = draftOf(bundle);
    const offered = draft.events.filter((e) => e.toConfirm);
    expect(offered.map((e) => e.event)).toContainEqual({
      date: '2018-01-26',
      type: 'local-therapy',
      modality: 'radiation',
      site: 'brain',
    });
    expect(offered.every((e) => !e.include)).toBe(true);
  });
});
