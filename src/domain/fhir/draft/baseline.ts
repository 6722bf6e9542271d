import type { Patient } from '../../case/case-schema.ts';
import type { IsoDate } from '../../case/iso-date.ts';
import { biomarkerFields, type BiomarkerField } from '../../case/vocabulary.ts';
import { ageOn } from '../fhir-dates.ts';
import type { BiomarkerFact, FhirFacts, PatientFinding } from '../fhir-import-types.ts';
import { byDate, latestOf, type Annotate, type Candidate } from './candidates.ts';

/**
 * Baseline biomarkers: results up to the first line's start (early-stage treatment does not
 * move this cut-off), the latest winning; later changes become receptor updates.
 */
export function biomarkerBaseline(
  facts: FhirFacts,
  baselineCutoff: IsoDate | undefined,
  courseStart: IsoDate | undefined,
  annotate: Annotate,
): {
  findings: PatientFinding[];
  baseline: Partial<Record<BiomarkerField, Patient[BiomarkerField]>>;
  candidates: Candidate[];
} {
  const findings: PatientFinding[] = [];
  const candidates: Candidate[] = [];
  const baseline: Partial<Record<BiomarkerField, Patient[BiomarkerField]>> = {};
  for (const field of biomarkerFields) {
    const all = facts.biomarkers.filter((b) => b.field === field);
    for (const fact of all.filter((b) => b.index !== undefined)) {
      const date = fact.date ?? courseStart;
      if (date === undefined) {
        annotate(fact.source, 'the result has no date and the record no other dated fact');
        continue;
      }
      candidates.push({
        event: { date, type: 'receptor-update', [field]: fact.value },
        sources: [fact.source],
        notes: [],
        ...(fact.index !== undefined ? { index: fact.index } : {}),
      });
    }
    const plain = all.filter((b) => b.index === undefined).sort(byDate);
    let atStart = plain.filter((b) => !b.date || !baselineCutoff || b.date <= baselineCutoff);
    let later = plain.filter((b) => b.date && baselineCutoff && b.date > baselineCutoff);
    // No result before the first line: the first one there is stands for the baseline.
    const [firstLater] = later;
    if (atStart.length === 0 && firstLater) {
      atStart = [firstLater];
      later = later.slice(1);
      annotate(firstLater.source, 'the first result, dated after the first line started');
    }
    const finding = field === 'brca' ? brcaFinding(atStart) : latestFinding(field, atStart);
    findings.push(finding);
    baseline[field] = finding.value as Patient[BiomarkerField];
    for (const older of finding.earlier) annotate(older.source, 'superseded by a later result');
    let current = finding.value;
    for (const fact of later) {
      const value = fact.gene && fact.value === 'not-mutated' ? 'unknown' : fact.value;
      if (value === 'unknown' || value === current || !fact.date) {
        annotate(fact.source, `later result, no change recorded (${value})`);
        continue;
      }
      candidates.push({
        event: { date: fact.date, type: 'receptor-update', [field]: value },
        sources: [fact.source],
        notes: [`${field.toUpperCase()} changed from ${String(current)} to ${value}`],
      });
      annotate(fact.source, 'a receptor update in the course');
      current = value;
    }
  }
  return { findings, baseline, candidates };
}

function latestFinding(field: BiomarkerField, facts: readonly BiomarkerFact[]): PatientFinding {
  const latest = facts.at(-1);
  const earlier = facts.slice(0, -1).map((f) => ({
    ...(f.date ? { date: f.date } : {}),
    value: f.value,
    source: f.source,
  }));
  if (!latest) {
    const receptor = field === 'er' || field === 'pr' || field === 'her2';
    return {
      field,
      value: 'unknown',
      sources: [],
      earlier: [],
      note: 'no usable result in the record',
      needsCheck: receptor,
    };
  }
  return {
    field,
    value: latest.value,
    sources: [latest.source],
    earlier,
    ...(latest.note ? { note: latest.note } : {}),
    needsCheck: latest.value === 'unknown',
  };
}

/** Germline BRCA from whole-test results or per-gene ones (both genes negative = not mutated). */
function brcaFinding(facts: readonly BiomarkerFact[]): PatientFinding {
  const whole = facts.filter((f) => !(f.gene && f.value === 'not-mutated'));
  if (whole.length > 0) return latestFinding('brca', whole);
  const genes = new Set(facts.map((f) => f.gene));
  if (genes.has('BRCA1') && genes.has('BRCA2')) {
    return {
      field: 'brca',
      value: 'not-mutated',
      sources: facts.map((f) => f.source),
      earlier: [],
      note: 'no variant in BRCA1 or in BRCA2',
      needsCheck: false,
    };
  }
  if (facts.length > 0) {
    return {
      field: 'brca',
      value: 'unknown',
      sources: facts.map((f) => f.source),
      earlier: [],
      note: `only ${[...genes].join(', ')} reported without a variant; the other gene has no result`,
      needsCheck: true,
    };
  }
  return latestFinding('brca', []);
}

export function menopauseFinding(facts: FhirFacts): PatientFinding {
  const menopause = latestOf(facts.menopause);
  return {
    field: 'menopause',
    value: menopause?.value ?? 'unknown',
    sources: menopause ? [menopause.source] : [],
    earlier: facts.menopause
      .filter((m) => m !== menopause)
      .map((m) => ({ ...(m.date ? { date: m.date } : {}), value: m.value, source: m.source })),
    ...(menopause ? {} : { note: 'no menopausal-status observation found' }),
    needsCheck: !menopause || menopause.value === 'unknown',
  };
}

export function ecogFinding(facts: FhirFacts): PatientFinding {
  const ecog = latestOf(facts.ecog);
  return {
    field: 'ecog',
    value: ecog?.value,
    sources: ecog ? [ecog.source] : [],
    earlier: facts.ecog
      .filter((e) => e !== ecog)
      .map((e) => ({
        ...(e.date ? { date: e.date } : {}),
        value: String(e.value),
        source: e.source,
      })),
    ...(ecog ? {} : { note: 'no ECOG observation found' }),
    needsCheck: false,
  };
}

export function ageFinding(facts: FhirFacts, lastDate: string | undefined): PatientFinding {
  const base = { field: 'age' as const, earlier: [], sources: [facts.patient.source] };
  if (facts.patient.age !== undefined) {
    return { ...base, value: facts.patient.age, needsCheck: false };
  }
  if (facts.patient.birthDate && lastDate) {
    const years = ageOn(facts.patient.birthDate, lastDate);
    if (years >= 18 && years <= 120) {
      return {
        ...base,
        value: years,
        note: `age on ${lastDate}, the latest date of the metastatic course in the record (results, sites, lines, responses)`,
        needsCheck: false,
      };
    }
    return { ...base, value: undefined, note: `age ${years} is outside 18-120`, needsCheck: true };
  }
  return { ...base, value: undefined, sources: [], note: 'no birth date', needsCheck: false };
}
