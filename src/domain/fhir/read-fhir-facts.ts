import type { CaseEvent, Site } from '../case/case-schema.ts';
import type { IsoDate } from '../case/iso-date.ts';
import {
  complications as complicationNames,
  decisionChoices,
  localModalities,
  presentations,
  siteNames,
  type Complication,
  type SiteName,
} from '../case/vocabulary.ts';
import { isDrugName, type DrugName } from '../knowledge/drugs.ts';
import { fhirDay } from './fhir-dates.ts';
import { formatHumanName } from './human-name.ts';
import {
  bodySiteCodes,
  brcaFindingSnomed,
  brcaGenes,
  brcaMarkerCodes,
  diseaseStatusCode,
  diseaseStatusValues,
  drugByRxNorm,
  ecogAnswers,
  ecogCode,
  extensionUrls,
  genomicVariantCode,
  germlineClass,
  localSystems,
  menopauseCode,
  menopauseValues,
  pdl1Codes,
  primaryCancerCodes,
  receptorTestCodes,
  receptorTestSnomed,
  resultValues,
  rxNormOutsideDocuments,
  siteByIcd10,
  siteBySnomed,
  siteUnspecifiedCodes,
  somaticClassCode,
  stopReasonValues,
  systemNames,
  systems,
  variantAbsent,
  variantPresent,
  type Qualitative,
  type StopReason,
} from './fhir-codes.ts';
import type {
  BiomarkerFact,
  FhirEntryReport,
  FhirFacts,
  FhirProblem,
  PatientFacts,
} from './fhir-import-types.ts';
import {
  codingsOf,
  describeConcept,
  findExtension,
  readSchemas,
  type AdverseEventResource,
  type BasicResource,
  type CodeableConcept,
  type ConditionResource,
  type Extension,
  type MedicationRequestResource,
  type MedicationUseResource,
  type ObservationResource,
  type PatientResource,
  type ProcedureResource,
  type ReadResource,
  type Reference,
} from './fhir-resources.ts';

/** One resource as it arrived, from a bundle entry or a server search. */
export interface FhirItem {
  readonly resource: unknown;
  readonly fullUrl?: string;
  /** Where it sits, for messages when it has no id: `entry[3]`. */
  readonly place: string;
}

type Parsed = {
  readonly resource: ReadResource;
  readonly source: string;
  readonly fullUrl?: string;
};

/**
 * Reads every resource into facts and a report line. Resources of one patient only; what cannot
 * be read is reported, never dropped silently. Fails only when there is no single patient.
 */
export function readFhirFacts(
  items: readonly FhirItem[],
): { ok: true; facts: FhirFacts } | { ok: false; problems: FhirProblem[] } {
  const entries: FhirEntryReport[] = [];
  const parsed: Parsed[] = [];
  for (const item of items) {
    const result = parseItem(item);
    if ('report' in result) entries.push(result.report);
    else parsed.push(result);
  }

  const patients = parsed.filter(
    (p): p is Parsed & { resource: PatientResource } => p.resource.resourceType === 'Patient',
  );
  if (patients.length !== 1) {
    return {
      ok: false,
      problems: [
        {
          path: '(bundle)',
          message:
            patients.length === 0
              ? 'holds no readable Patient resource; a case needs exactly one patient'
              : `holds ${patients.length} patients (${patients.map((p) => p.source).join(', ')}); import one patient at a time`,
        },
      ],
    };
  }
  const [patientEntry] = patients;
  if (!patientEntry) return { ok: false, problems: [] };

  const reader = new FactReader(parsed, patientEntry, entries);
  for (const p of parsed) reader.read(p);
  return { ok: true, facts: reader.facts };
}

function parseItem(item: FhirItem): Parsed | { report: FhirEntryReport } {
  const value = item.resource;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      report: notMapped(item.place, '(none)', 'holds no resource', 'an entry needs a resource'),
    };
  }
  const type = (value as { resourceType?: unknown }).resourceType;
  const rawId = (value as { id?: unknown }).id;
  const label =
    typeof type === 'string' && typeof rawId === 'string' && rawId !== ''
      ? `${type}/${rawId}`
      : item.place;
  if (typeof type !== 'string') {
    return {
      report: notMapped(item.place, '(none)', 'has no resourceType', 'not a FHIR resource'),
    };
  }
  if (type === 'OperationOutcome') {
    // A server's message (an error inside a search, or a search it does not offer): shown, since
    // it can mean part of the record was not read.
    const issues = (value as { issue?: unknown }).issue;
    const said = (Array.isArray(issues) ? issues : [])
      .map((i: unknown) => {
        const issue = i !== null && typeof i === 'object' ? (i as Record<string, unknown>) : {};
        return typeof issue['diagnostics'] === 'string' ? issue['diagnostics'].slice(0, 300) : '';
      })
      .filter((text) => text !== '');
    return {
      report: notMapped(
        label,
        type,
        said.length > 0 ? said.join('; ') : 'a message from the server with no text',
        'a message from the server, not patient data: check whether part of the record is missing',
      ),
    };
  }
  if (!(type in readSchemas)) {
    return {
      report: {
        source: label,
        resourceType: type,
        found: `a ${type} resource`,
        outcome: 'not-used',
        result: `${type} resources hold nothing the dashboard uses`,
      },
    };
  }
  const schema = readSchemas[type as keyof typeof readSchemas];
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(resource)' : '(resource)';
    return {
      report: notMapped(
        label,
        type,
        `a ${type} that does not have the expected shape`,
        `${where}: ${issue?.message ?? 'invalid'}`,
      ),
    };
  }
  return {
    resource: result.data,
    source: label,
    ...(item.fullUrl ? { fullUrl: item.fullUrl } : {}),
  };
}

function notMapped(
  source: string,
  resourceType: string,
  found: string,
  why: string,
): FhirEntryReport {
  return { source, resourceType, found, outcome: 'not-mapped', result: why };
}

/** Every code the importer knows, by code, to say "right code, wrong system" when it happens. */
const knownCodes: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (system: string, codes: Iterable<string>) => {
    for (const code of codes) map.set(code, system);
  };
  add(systems.loinc, [
    ...Object.values(receptorTestCodes).flat(),
    ...pdl1Codes,
    genomicVariantCode,
    ecogCode,
    diseaseStatusCode,
    ...Object.keys(brcaMarkerCodes),
    ...Object.keys(resultValues[systems.loinc] ?? {}),
  ]);
  add(systems.snomed, [
    ...Object.keys(siteBySnomed),
    ...Object.keys(diseaseStatusValues),
    ...Object.keys(stopReasonValues),
    menopauseCode.code,
    ...Object.keys(menopauseValues),
  ]);
  add(systems.icd10cm, Object.keys(siteByIcd10));
  add(systems.rxnorm, [...Object.keys(drugByRxNorm), ...Object.keys(rxNormOutsideDocuments)]);
  return map;
})();

function wrongSystem(concept: CodeableConcept | undefined): string | undefined {
  for (const c of codingsOf(concept)) {
    const expected = knownCodes.get(c.code);
    if (expected && expected !== c.system) {
      return `code ${c.code} is a ${systemNames[expected] ?? expected} code but is given under ${systemNames[c.system] ?? c.system}; codes are read only in their own system`;
    }
  }
  return undefined;
}

function codeIn(concept: CodeableConcept | undefined, system: string): string[] {
  return codingsOf(concept)
    .filter((c) => c.system === system)
    .map((c) => c.code);
}

function intExtension(list: readonly Extension[] | undefined, url: string): number | undefined {
  const value = findExtension(list, url)?.valueInteger;
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value);
}

class FactReader {
  readonly facts: FhirFacts;
  private readonly byRef = new Map<string, Parsed>();
  private readonly patientRefs: ReadonlySet<string>;

  constructor(
    parsed: readonly Parsed[],
    patient: Parsed & { resource: PatientResource },
    entries: FhirEntryReport[],
  ) {
    for (const p of parsed) {
      this.byRef.set(`${p.resource.resourceType}/${p.resource.id}`, p);
      if (p.fullUrl) this.byRef.set(p.fullUrl, p);
    }
    const refs = new Set([`Patient/${patient.resource.id}`]);
    if (patient.fullUrl) refs.add(patient.fullUrl);
    this.patientRefs = refs;
    this.facts = {
      patient: readPatient(patient.resource, patient.source),
      biomarkers: [],
      menopause: [],
      ecog: [],
      sites: [],
      medications: [],
      statuses: [],
      events: [],
      primaries: [],
      entries,
    };
  }

  /** The resource a reference points at, inside what was read. */
  resolve(reference: Reference | undefined): Parsed | undefined {
    const ref = reference?.reference;
    if (!ref) return undefined;
    const direct = this.byRef.get(ref);
    if (direct) return direct;
    // An absolute URL or a versioned reference: match on the trailing Type/id.
    const parts = ref.replace(/\/_history\/.*$/, '').split('/');
    return this.byRef.get(parts.slice(-2).join('/'));
  }

  private belongsToPatient(reference: Reference | undefined): boolean {
    if (!reference?.reference) return true;
    if (this.patientRefs.has(reference.reference)) return true;
    const target = this.resolve(reference);
    return (
      target?.resource.resourceType === 'Patient' &&
      this.patientRefs.has(`Patient/${target.resource.id}`)
    );
  }

  private report(
    p: Parsed,
    found: string,
    outcome: FhirEntryReport['outcome'],
    result: string,
  ): void {
    this.facts.entries.push({
      source: p.source,
      resourceType: p.resource.resourceType,
      found,
      outcome,
      result,
    });
  }

  read(p: Parsed): void {
    const r = p.resource;
    if (r.resourceType === 'Patient') {
      this.report(p, describePatient(r), 'mapped', 'the patient of this case');
      return;
    }
    if (r.resourceType === 'Medication') {
      this.report(p, `medication ${describeConcept(r.code)}`, 'mapped', 'read where referenced');
      return;
    }
    if (!this.belongsToPatient(r.subject)) {
      this.report(
        p,
        `a ${r.resourceType}`,
        'not-mapped',
        `belongs to ${r.subject?.reference ?? 'another patient'}, not to the patient imported`,
      );
      return;
    }
    switch (r.resourceType) {
      case 'Observation':
        this.readObservation(p, r);
        return;
      case 'Condition':
        this.readCondition(p, r);
        return;
      case 'MedicationRequest':
        this.readMedicationRequest(p, r);
        return;
      case 'MedicationAdministration':
      case 'MedicationStatement':
        this.readMedicationUse(p, r);
        return;
      case 'Procedure':
        this.readProcedure(p, r);
        return;
      case 'AdverseEvent':
        this.readAdverseEvent(p, r);
        return;
      case 'Basic':
        this.readBasic(p, r);
        return;
    }
  }

  private readObservation(p: Parsed, r: ObservationResource): void {
    const found = `${describeConcept(r.code)} = ${describeValue(r)}${r.effectiveDateTime ? ` on ${r.effectiveDateTime}` : ''}`;
    const index = intExtension(r.extension, extensionUrls.eventIndex);
    const indexed = index === undefined ? {} : { index };
    const day = fhirDay(r.effectiveDateTime ?? r.effectivePeriod?.start ?? r.issued, 'date');
    const date = day.ok ? { date: day.date } : {};
    const loinc = codeIn(r.code, systems.loinc);
    const snomed = codeIn(r.code, systems.snomed);
    if (r.status === 'entered-in-error' || r.status === 'cancelled') {
      this.report(p, found, 'not-used', `status ${r.status}`);
      return;
    }

    const receptor =
      (['er', 'pr', 'her2'] as const).find((f) =>
        loinc.some((c) => receptorTestCodes[f].includes(c)),
      ) ?? snomed.map((c) => receptorTestSnomed[c]).find((f) => f !== undefined);
    if (receptor) {
      const value = qualitativeOf(r.valueCodeableConcept) ?? qualitativeOf(r.interpretation?.[0]);
      if (value === undefined) {
        this.report(p, found, 'not-mapped', describeMissingResult(r, receptor.toUpperCase()));
        return;
      }
      this.addBiomarker(p, found, {
        field: receptor,
        ...statusFromQualitative(value, receptor.toUpperCase()),
        ...date,
        ...indexed,
        source: p.source,
      });
      return;
    }

    if (loinc.some((c) => pdl1Codes.includes(c))) {
      const value = qualitativeOf(r.valueCodeableConcept) ?? qualitativeOf(r.interpretation?.[0]);
      if (value === undefined) {
        if (r.valueQuantity?.value !== undefined) {
          this.addBiomarker(p, found, {
            field: 'pdl1',
            value: 'unknown',
            note: `a percentage (${r.valueQuantity.value}${r.valueQuantity.unit ?? ''}) with no positive/negative call; the documents give no cut-off the tool could apply, so PD-L1 stays unknown`,
            ...date,
            ...indexed,
            source: p.source,
          });
          return;
        }
        this.report(p, found, 'not-mapped', describeMissingResult(r, 'PD-L1'));
        return;
      }
      this.addBiomarker(p, found, {
        field: 'pdl1',
        ...statusFromQualitative(value, 'PD-L1'),
        ...date,
        ...indexed,
        source: p.source,
      });
      return;
    }

    if (loinc.includes(genomicVariantCode)) {
      this.readGenomicVariant(p, r, found, { ...date, ...indexed });
      return;
    }
    const markerGene = loinc.map((c) => brcaMarkerCodes[c]).find((g) => g !== undefined);
    if (markerGene) {
      const present = variantCall(r.valueCodeableConcept);
      if (present === undefined) {
        this.report(p, found, 'not-mapped', describeMissingResult(r, markerGene));
        return;
      }
      this.addBiomarker(p, found, {
        field: 'brca',
        value: present ? 'mutated' : 'not-mutated',
        gene: markerGene,
        ...date,
        ...indexed,
        source: p.source,
      });
      return;
    }
    const brcaFinding = codeIn(r.valueCodeableConcept, systems.snomed)
      .map((c) => brcaFindingSnomed[c])
      .find((v) => v !== undefined);
    if (brcaFinding) {
      this.addBiomarker(p, found, {
        field: 'brca',
        value: brcaFinding,
        ...date,
        ...indexed,
        source: p.source,
      });
      return;
    }

    if (snomed.includes(menopauseCode.code)) {
      const codes = codeIn(r.valueCodeableConcept, systems.snomed);
      const value = codes.map((c) => menopauseValues[c]).find((v) => v !== undefined);
      const asked = codingsOf(r.valueCodeableConcept).some((c) => c.code === 'ASKU');
      if (!value && !asked) {
        this.report(p, found, 'not-mapped', describeMissingResult(r, 'menopausal status'));
        return;
      }
      this.facts.menopause.push({ value: value ?? 'unknown', ...date, source: p.source });
      this.report(p, found, 'mapped', `menopausal status: ${value ?? 'unknown'}`);
      return;
    }

    if (loinc.includes(ecogCode)) {
      const answer = codeIn(r.valueCodeableConcept, systems.loinc)
        .map((c) => ecogAnswers[c])
        .find((v) => v !== undefined);
      const value = r.valueInteger ?? answer;
      if (value === undefined || !Number.isInteger(value) || value < 0 || value > 4) {
        this.report(
          p,
          found,
          'not-mapped',
          value === undefined
            ? 'no ECOG score given'
            : `ECOG ${value} is outside the 0-4 the case format records`,
        );
        return;
      }
      this.facts.ecog.push({ value, ...date, source: p.source });
      this.report(p, found, 'mapped', `ECOG ${value}`);
      return;
    }

    if (loinc.includes(diseaseStatusCode)) {
      const status = codeIn(r.valueCodeableConcept, systems.snomed)
        .map((c) => diseaseStatusValues[c])
        .find((v) => v !== undefined);
      if (!status) {
        this.report(p, found, 'not-mapped', describeMissingResult(r, 'disease status'));
        return;
      }
      if (!day.ok) {
        this.report(p, found, 'not-mapped', `the disease status ${day.why}`);
        return;
      }
      if (status === 'not-evaluable') {
        this.report(
          p,
          found,
          'not-used',
          'disease not evaluable: no response or progression to record',
        );
        return;
      }
      const focus = (r.focus ?? [])
        .map((ref) => this.resolve(ref)?.source)
        .filter((s): s is string => s !== undefined);
      this.facts.statuses.push({ status, date: day.date, focus, ...indexed, source: p.source });
      this.report(
        p,
        found,
        'mapped',
        status === 'progression' ? 'progression' : `response (${status})`,
      );
      return;
    }

    const wrong = wrongSystem(r.code) ?? wrongSystem(r.valueCodeableConcept);
    if (wrong) this.report(p, found, 'not-mapped', wrong);
    else this.report(p, found, 'not-used', 'an observation the dashboard does not use');
  }

  private readGenomicVariant(
    p: Parsed,
    r: ObservationResource,
    found: string,
    extra: { date?: IsoDate; index?: number },
  ): void {
    const genes = new Set<'BRCA1' | 'BRCA2'>();
    let germline: boolean | undefined;
    for (const component of r.component ?? []) {
      for (const c of codingsOf(component.valueCodeableConcept)) {
        const gene = c.system === systems.hgnc ? brcaGenes[c.code] : undefined;
        if (gene) genes.add(gene);
        if (c.system === systems.loinc && c.code === germlineClass.code) germline = true;
        if (c.system === systems.loinc && c.code === somaticClassCode) germline = false;
      }
    }
    if (genes.size === 0) {
      this.report(p, found, 'not-used', 'a genomic variant in a gene other than BRCA1/BRCA2');
      return;
    }
    if (germline === false) {
      this.report(
        p,
        found,
        'not-mapped',
        'a somatic (tumour) BRCA variant; the case records germline BRCA status only',
      );
      return;
    }
    if (qualitativeOf(r.valueCodeableConcept) === 'not-done') {
      this.addBiomarker(p, found, { field: 'brca', value: 'unknown', ...extra, source: p.source });
      return;
    }
    const present = variantCall(r.valueCodeableConcept);
    if (present === undefined) {
      this.report(p, found, 'not-mapped', describeMissingResult(r, 'BRCA variant'));
      return;
    }
    const unsure =
      germline === undefined
        ? { note: 'the report does not say germline or somatic; check before relying on it' }
        : {};
    const [onlyGene] = genes.size === 1 ? [...genes] : [];
    this.addBiomarker(p, found, {
      field: 'brca',
      value: present ? 'mutated' : 'not-mutated',
      ...(onlyGene && !present ? { gene: onlyGene } : {}),
      ...(germline === undefined ? { value: 'unknown' as const } : {}),
      ...unsure,
      ...extra,
      source: p.source,
    });
  }

  private addBiomarker(p: Parsed, found: string, fact: BiomarkerFact): void {
    this.facts.biomarkers.push(fact);
    this.report(
      p,
      found,
      'mapped',
      `${fact.field.toUpperCase()}${fact.gene ? ` (${fact.gene} only)` : ''}: ${fact.value}${fact.note ? ` (${fact.note})` : ''}`,
    );
  }

  private readCondition(p: Parsed, r: ConditionResource): void {
    const found = `${describeConcept(r.code)}${r.onsetDateTime ? ` from ${r.onsetDateTime}` : ''}`;
    const snomed = codeIn(r.code, systems.snomed);
    const icd = codeIn(r.code, systems.icd10cm);
    const siteExt = oneOf(siteNames, findExtension(r.extension, extensionUrls.site)?.valueCode);
    const site =
      snomed.map((c) => siteBySnomed[c]).find((s) => s !== undefined) ??
      icd.map((c) => siteByIcd10[c]).find((s) => s !== undefined) ??
      siteExt;
    const day = fhirDay(r.onsetDateTime ?? r.onsetPeriod?.start ?? r.recordedDate, 'onset date');
    if (snomed.some((c) => primaryCancerCodes.includes(c))) {
      if (day.ok) {
        this.facts.primaries.push({ date: day.date, source: p.source });
        this.report(p, found, 'mapped', `primary breast cancer, diagnosed ${day.date}`);
      } else {
        this.report(p, found, 'not-used', `primary breast cancer; it ${day.why}`);
      }
      return;
    }
    if (!site) {
      if ([...snomed, ...icd].some((c) => siteUnspecifiedCodes.includes(c))) {
        this.report(
          p,
          found,
          'not-mapped',
          'a metastasis with no site named; add the site by hand',
        );
        return;
      }
      const wrong = wrongSystem(r.code);
      if (wrong) this.report(p, found, 'not-mapped', wrong);
      else if (codingsOf(r.code).length === 0 && r.code?.text) {
        this.report(
          p,
          found,
          'not-mapped',
          'text only, no code; conditions are read by code, so add it by hand if it is a metastasis',
        );
      } else this.report(p, found, 'not-used', 'a condition the dashboard does not use');
      return;
    }
    if (!day.ok) {
      this.report(p, found, 'not-mapped', `metastasis (${site}), but it ${day.why}`);
      return;
    }
    const index = intExtension(r.extension, extensionUrls.eventIndex);
    this.facts.sites.push({
      site: siteFromExtensions(site, r.extension),
      date: day.date,
      source: p.source,
      ...(index === undefined ? {} : { index }),
    });
    this.report(p, found, 'mapped', `metastatic site: ${site}, found ${day.date}`);
  }

  /** The canonical drugs a medication names, or why it cannot be used. */
  private drugsOf(
    concept: CodeableConcept | undefined,
    reference: Reference | undefined,
  ): { drugs: DrugName[] } | { why: string } {
    let code = concept;
    if (!code && reference) {
      const target = this.resolve(reference);
      if (!target) {
        return {
          why: `refers to ${reference.reference ?? 'a medication'}, which is not in the data`,
        };
      }
      if (target.resource.resourceType !== 'Medication') {
        return { why: `refers to ${target.source}, which is not a Medication` };
      }
      code = target.resource.code;
    }
    if (!code) return { why: 'names no medication' };
    const drugs = new Set<DrugName>();
    for (const c of codeIn(code, systems.rxnorm)) {
      const name = drugByRxNorm[c];
      if (name) drugs.add(name);
      const outside = rxNormOutsideDocuments[c];
      if (outside && !name) {
        return {
          why: `${outside} (RxNorm ${c}) is not in the five source documents; the tool cannot place it in a line`,
        };
      }
    }
    for (const c of codeIn(code, localSystems.drug)) if (isDrugName(c)) drugs.add(c);
    if (drugs.size > 0) return { drugs: [...drugs] };
    const wrong = wrongSystem(code);
    if (wrong) return { why: wrong };
    if (codingsOf(code).length === 0) {
      return {
        why: `text only${code.text ? ` ("${code.text}")` : ''}; medicines are mapped by code, never by their name, so add it by hand`,
      };
    }
    return { why: 'a medication code the documents do not name' };
  }

  private addMedication(
    p: Parsed,
    found: string,
    drugsResult: { drugs: DrugName[] } | { why: string },
    startRaw: string | undefined,
    endRaw: string | undefined,
    status: string | undefined,
    reasons: readonly CodeableConcept[],
    extension: readonly Extension[] | undefined,
  ): void {
    if (status === 'entered-in-error' || status === 'cancelled' || status === 'draft') {
      this.report(p, found, 'not-used', `status ${status}: never given`);
      return;
    }
    if ('why' in drugsResult) {
      this.report(p, found, 'not-mapped', drugsResult.why);
      return;
    }
    const start = fhirDay(startRaw, 'start date');
    if (!start.ok) {
      this.report(p, found, 'not-mapped', `${drugsResult.drugs.join(' + ')}: it ${start.why}`);
      return;
    }
    let end = endRaw === undefined ? undefined : fhirDay(endRaw, 'end date');
    let endNote: string | undefined;
    if (end?.ok && end.date < start.date) {
      endNote = `its end (${end.date}) is before its start (${start.date}); the end is ignored`;
      end = undefined;
    } else if (end && !end.ok) {
      endNote = `its ${end.why}; the end is ignored`;
      end = undefined;
    }
    let stopReason: StopReason | undefined;
    let stopNote: string | undefined;
    for (const reason of reasons) {
      const code = codeIn(reason, systems.snomed)
        .map((c) => stopReasonValues[c])
        .find((v) => v !== undefined);
      stopReason = code ?? stopReason ?? 'other';
      // A text that only repeats the code's display adds nothing as a note.
      const displays = codingsOf(reason).map((c) => c.display);
      if (reason.text && !displays.includes(reason.text)) stopNote = reason.text;
    }
    const index = intExtension(extension, extensionUrls.eventIndex);
    this.facts.medications.push({
      drugs: drugsResult.drugs,
      start: start.date,
      ...(end?.ok ? { end: end.date } : {}),
      ...(stopReason ? { stopReason } : {}),
      ...(stopNote ? { stopNote } : {}),
      ...(index === undefined ? {} : { index }),
      source: p.source,
    });
    this.report(
      p,
      found,
      'mapped',
      `${drugsResult.drugs.join(' + ')} from ${start.date}${end?.ok ? ` to ${end.date}` : ''}${stopReason ? ` (stopped: ${stopReason})` : ''}${endNote ? `; ${endNote}` : ''}`,
    );
  }

  private readMedicationRequest(p: Parsed, r: MedicationRequestResource): void {
    const bounds = r.dosageInstruction?.[0]?.timing?.repeat?.boundsPeriod;
    const found = `${r.status ?? ''} request: ${describeConcept(r.medicationCodeableConcept) !== '(no code)' ? describeConcept(r.medicationCodeableConcept) : (r.medicationReference?.reference ?? '(no medication)')}${r.authoredOn ? ` authored ${r.authoredOn}` : ''}`;
    this.addMedication(
      p,
      found,
      this.drugsOf(r.medicationCodeableConcept, r.medicationReference),
      bounds?.start ?? r.authoredOn,
      bounds?.end,
      r.status,
      r.statusReason ? [r.statusReason] : [],
      r.extension,
    );
  }

  private readMedicationUse(p: Parsed, r: MedicationUseResource): void {
    const found = `${r.resourceType === 'MedicationStatement' ? 'statement' : 'administration'}: ${describeConcept(r.medicationCodeableConcept) !== '(no code)' ? describeConcept(r.medicationCodeableConcept) : (r.medicationReference?.reference ?? '(no medication)')}`;
    this.addMedication(
      p,
      found,
      this.drugsOf(r.medicationCodeableConcept, r.medicationReference),
      r.effectivePeriod?.start ?? r.effectiveDateTime,
      r.effectivePeriod?.end,
      r.status,
      r.statusReason ?? [],
      r.extension,
    );
  }

  private readProcedure(p: Parsed, r: ProcedureResource): void {
    const found = `procedure ${describeConcept(r.code)}`;
    const modality = oneOf(localModalities, codeIn(r.code, localSystems.caseEvent)[0]);
    if (!modality) {
      this.report(
        p,
        found,
        'not-mapped',
        'no verified code says whether this is radiation or surgery to a metastasis; add it as local therapy by hand if it is',
      );
      return;
    }
    const fromBody = codeIn(r.bodySite?.[0], systems.snomed)
      .map((c) => siteNames.find((s) => bodySiteCodes[s] === c))
      .find((s) => s !== undefined);
    const site =
      oneOf(siteNames, findExtension(r.extension, extensionUrls.site)?.valueCode) ?? fromBody;
    const day = fhirDay(r.performedDateTime ?? r.performedPeriod?.start, 'date');
    if (!site || !day.ok) {
      this.report(p, found, 'not-mapped', site ? `it ${day.ok ? '' : day.why}` : 'names no site');
      return;
    }
    const technique = findExtension(r.extension, extensionUrls.technique)?.valueString;
    this.addEvent(p, found, r.extension, {
      date: day.date,
      type: 'local-therapy',
      modality,
      site,
      ...(technique ? { technique } : {}),
    });
  }

  private readAdverseEvent(p: Parsed, r: AdverseEventResource): void {
    const found = `adverse event ${describeConcept(r.event)}`;
    const intolerance = codeIn(r.event, systems.snomed).some(
      (c) => stopReasonValues[c] === 'not-tolerated',
    );
    if (!intolerance) {
      this.report(p, found, 'not-used', 'an adverse event that does not record stopping treatment');
      return;
    }
    const day = fhirDay(r.date, 'date');
    if (!day.ok) {
      this.report(p, found, 'not-mapped', `intolerance, but it ${day.why}`);
      return;
    }
    const agents: DrugName[] = [];
    for (const suspect of r.suspectEntity ?? []) {
      const target = this.resolve(suspect.instance);
      const drugs =
        target?.resource.resourceType === 'Medication'
          ? this.drugsOf(target.resource.code, undefined)
          : { why: `suspect ${suspect.instance.reference ?? ''} is not a Medication in the data` };
      if ('why' in drugs) {
        this.report(p, found, 'not-mapped', drugs.why);
        return;
      }
      agents.push(...drugs.drugs.filter((d) => !agents.includes(d)));
    }
    const note = findExtension(r.extension, extensionUrls.note)?.valueString;
    this.addEvent(p, found, r.extension, {
      date: day.date,
      type: 'intolerance',
      ...(agents.length > 0 ? { agents } : {}),
      ...(note !== undefined ? { note } : {}),
    });
  }

  private readBasic(p: Parsed, r: BasicResource): void {
    const found = `record ${describeConcept(r.code)}`;
    const kind = codeIn(r.code, localSystems.caseEvent)[0];
    const day = fhirDay(r.created, 'date');
    if (!kind || !['break', 'resume', 'stop-treatment', 'decision'].includes(kind)) {
      this.report(p, found, 'not-used', 'a record the dashboard does not use');
      return;
    }
    if (!day.ok) {
      this.report(p, found, 'not-mapped', `${kind}, but it ${day.why}`);
      return;
    }
    const ext = r.extension;
    const note = findExtension(ext, extensionUrls.note)?.valueString;
    const withNote = note !== undefined ? { note } : {};
    if (kind === 'break')
      this.addEvent(p, found, ext, { date: day.date, type: 'break', ...withNote });
    else if (kind === 'resume') this.addEvent(p, found, ext, { date: day.date, type: 'resume' });
    else if (kind === 'stop-treatment') {
      this.addEvent(p, found, ext, { date: day.date, type: 'stop-treatment', ...withNote });
    } else {
      const candidate = findExtension(ext, extensionUrls.decisionCandidate)?.valueString;
      const choice = oneOf(
        decisionChoices,
        findExtension(ext, extensionUrls.decisionChoice)?.valueCode,
      );
      const rationale = findExtension(ext, extensionUrls.decisionRationale)?.valueString ?? '';
      const followUp = fhirDay(findExtension(ext, extensionUrls.followUp)?.valueDate, 'follow-up');
      const version = findExtension(ext, extensionUrls.knowledgeVersion)?.valueString;
      if (!candidate || !choice) {
        this.report(p, found, 'not-mapped', 'a decision without its candidate or choice');
        return;
      }
      this.addEvent(p, found, ext, {
        date: day.date,
        type: 'decision',
        candidate,
        choice,
        rationale,
        ...(followUp.ok ? { followUp: followUp.date } : {}),
        ...(version !== undefined ? { knowledgeVersion: version } : {}),
      });
    }
  }

  private addEvent(
    p: Parsed,
    found: string,
    extension: readonly Extension[] | undefined,
    event: CaseEvent,
  ): void {
    const index = intExtension(extension, extensionUrls.eventIndex);
    this.facts.events.push({ event, source: p.source, ...(index === undefined ? {} : { index }) });
    this.report(p, found, 'mapped', `${event.type} on ${event.date}`);
  }
}

function readPatient(r: PatientResource, source: string): PatientFacts {
  const text = formatHumanName(r.name?.[0]);
  const birth = fhirDay(r.birthDate, 'birth date');
  const age = intExtension(r.extension, extensionUrls.age);
  const presentation = oneOf(
    presentations,
    findExtension(r.extension, extensionUrls.presentation)?.valueCode,
  );
  const title = findExtension(r.extension, extensionUrls.caseTitle)?.valueString;
  return {
    id: r.id,
    source,
    ...(text ? { name: text } : {}),
    ...(birth.ok ? { birthDate: birth.date } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(presentation ? { presentation } : {}),
    ...(title !== undefined ? { title } : {}),
  };
}

function describePatient(r: PatientResource): string {
  const text = formatHumanName(r.name?.[0]);
  return `patient ${text || r.id}${r.birthDate ? `, born ${r.birthDate}` : ''}`;
}

function siteFromExtensions(site: SiteName, extension: readonly Extension[] | undefined): Site {
  const count = intExtension(extension, extensionUrls.lesionCount);
  const symptomatic = findExtension(extension, extensionUrls.symptomatic)?.valueBoolean;
  const complications = (extension ?? [])
    .filter((e) => e.url === extensionUrls.complication)
    .map((e) => oneOf(complicationNames, e.valueCode))
    .filter((c): c is Complication => c !== undefined);
  return {
    site,
    ...(count !== undefined && count >= 1 ? { count } : {}),
    ...(symptomatic !== undefined ? { symptomatic } : {}),
    ...(complications.length > 0 ? { complications } : {}),
  };
}

function qualitativeOf(concept: CodeableConcept | undefined): Qualitative | undefined {
  for (const c of codingsOf(concept)) {
    const value = resultValues[c.system]?.[c.code];
    if (value) return value;
  }
  return undefined;
}

function variantCall(concept: CodeableConcept | undefined): boolean | undefined {
  for (const c of codingsOf(concept)) {
    if (c.system === systems.loinc && c.code === variantPresent.code) return true;
    if (c.system === systems.loinc && c.code === variantAbsent.code) return false;
  }
  const value = qualitativeOf(concept);
  if (value === 'positive') return true;
  if (value === 'negative') return false;
  return undefined;
}

function statusFromQualitative(
  value: Qualitative,
  label: string,
): { value: 'positive' | 'negative' | 'unknown'; note?: string } {
  switch (value) {
    case 'positive':
    case 'negative':
      return { value };
    case 'equivocal':
      return {
        value: 'unknown',
        note: `${label} is equivocal; it stays unknown until a confirming test is entered`,
      };
    case 'not-done':
      return { value: 'unknown', note: `${label} test not done` };
  }
}

function describeValue(r: ObservationResource): string {
  if (r.valueCodeableConcept) return describeConcept(r.valueCodeableConcept);
  if (r.valueQuantity) return `${r.valueQuantity.value ?? '?'}${r.valueQuantity.unit ?? ''}`;
  if (r.valueInteger !== undefined) return String(r.valueInteger);
  if (r.valueString !== undefined) return `"${r.valueString}"`;
  return '(no value)';
}

function describeMissingResult(r: ObservationResource, what: string): string {
  const wrong = wrongSystem(r.valueCodeableConcept);
  if (wrong) return wrong;
  if (r.valueCodeableConcept || r.valueString !== undefined || r.valueQuantity) {
    return `the ${what} result is not one the tool can read as positive or negative; set it by hand`;
  }
  return `no ${what} result value`;
}
