import type { CaseEvent, EventType, Patient, Site } from '../case/case-schema.ts';
import { daysBetween, type IsoDate } from '../case/iso-date.ts';
import { biomarkerFields, type BiomarkerField } from '../case/vocabulary.ts';
import type { DrugName } from '../knowledge/drugs.ts';
import { applyEvent, startCourse } from '../machine/replay-case.ts';
import { ageOn } from './fhir-dates.ts';
import type {
  BiomarkerFact,
  DraftEvent,
  FhirFacts,
  FhirImportDraft,
  MedicationFact,
  PatientFinding,
  SiteFact,
} from './fhir-import-types.ts';

/**
 * Facts read from FHIR resources to a draft case: baseline, event log and the notes the review
 * screen shows. The rules that are the tool's own (how medicines become lines, when a patient
 * counts as recurrent) are stated in `importRules` and shown to the user; nothing is decided
 * from display text.
 */

/** A medicine started within this many days of a line's start joins that line. */
export const lineJoinWindowDays = 28;
/** Metastases found within this many days of the primary diagnosis count as de novo. */
export const deNovoWindowDays = 90;

export const importRules: readonly string[] = [
  `Medicines that start on the same day form one line; one started within ${lineJoinWindowDays} days of a line's start, before any progression, joins that line; a medicine already in the running line continues it (a refill).`,
  'A medicine stopped for "no response" ends its line with a progression on its end date; one stopped as "not tolerated" records intolerance (and the line goes on with the remaining medicines).',
  'Receptor results dated up to the start of the first line set the baseline, the latest one winning (without any, the first later result does); a later result that differs becomes a receptor update on its date.',
  `Without a recorded presentation, metastases found within ${deNovoWindowDays} days of the primary diagnosis count as de novo; otherwise recurrent. Check it.`,
];

const rank: Readonly<Record<EventType, number>> = {
  metastases: 0,
  'receptor-update': 1,
  response: 2,
  progression: 3,
  intolerance: 4,
  'stop-treatment': 5,
  break: 6,
  resume: 7,
  'local-therapy': 8,
  'start-line': 9,
  decision: 10,
};

interface Candidate {
  event: CaseEvent;
  sources: string[];
  notes: string[];
  index?: number;
}

export function buildImportDraft(facts: FhirFacts): FhirImportDraft {
  const entryBySource = new Map(facts.entries.map((e) => [e.source, e]));
  const annotate = (source: string, text: string) => {
    const entry = entryBySource.get(source);
    if (entry) entry.result = `${entry.result}; ${text}`;
  };

  const clinicalDates = [
    ...facts.sites.map((s) => s.date),
    ...facts.medications.map((m) => m.start),
    ...facts.statuses.map((s) => s.date),
    ...facts.events.map((e) => e.event.date),
  ].sort();
  const courseStart = clinicalDates[0];
  // Results up to the first line's start describe the disease the course starts from.
  const baselineCutoff = facts.medications.map((m) => m.start).sort()[0];
  const allDates = [
    ...clinicalDates,
    ...facts.biomarkers.flatMap((b) => (b.date ? [b.date] : [])),
  ].sort();
  const lastDate = allDates.at(-1);

  const candidates: Candidate[] = [];
  const findings: PatientFinding[] = [];

  // Baseline biomarkers and later changes.
  const baseline: Partial<Record<BiomarkerField, Patient[BiomarkerField]>> = {};
  for (const field of biomarkerFields) {
    const all = facts.biomarkers.filter((b) => b.field === field);
    const indexed = all.filter((b) => b.index !== undefined);
    for (const fact of indexed) {
      const date = fact.date ?? courseStart;
      if (date === undefined) {
        annotate(fact.source, 'the result has no date and the record no other dated fact');
        continue;
      }
      candidates.push({
        event: {
          date,
          type: 'receptor-update',
          [field]: fact.value,
        },
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

  const menopause = latestOf(facts.menopause);
  findings.push({
    field: 'menopause',
    value: menopause?.value ?? 'unknown',
    sources: menopause ? [menopause.source] : [],
    earlier: facts.menopause
      .filter((m) => m !== menopause)
      .map((m) => ({ ...(m.date ? { date: m.date } : {}), value: m.value, source: m.source })),
    ...(menopause ? {} : { note: 'no menopausal-status observation found' }),
    needsCheck: !menopause || menopause.value === 'unknown',
  });
  const ecog = latestOf(facts.ecog);
  findings.push({
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
  });

  const age = ageFinding(facts, lastDate);
  findings.push(age);
  const presentation = presentationFinding(facts, courseStart);
  findings.push(presentation);

  // Disease status: progression (with the sites it names) and response.
  const claimed = new Set<SiteFact>();
  const progressionByDate = new Map<string, Candidate>();
  for (const status of facts.statuses) {
    if (status.status === 'progression') {
      const sites = facts.sites.filter(
        (s) =>
          status.focus.includes(s.source) ||
          (status.index === undefined && s.index === undefined && s.date === status.date),
      );
      for (const s of sites) claimed.add(s);
      const candidate: Candidate = {
        event: {
          date: status.date,
          type: 'progression',
          ...(sites.length > 0 ? { sites: mergeSiteList(sites.map((s) => s.site)) } : {}),
        },
        sources: [status.source, ...sites.map((s) => s.source)],
        notes:
          status.index === undefined && sites.some((s) => !status.focus.includes(s.source))
            ? ['sites found on the day progression was recorded are taken as its new sites']
            : [],
        ...(status.index !== undefined ? { index: status.index } : {}),
      };
      candidates.push(candidate);
      if (status.index === undefined) progressionByDate.set(status.date, candidate);
    } else if (status.status !== 'not-evaluable') {
      const assessment = status.status === 'improved' ? 'partial' : status.status;
      candidates.push({
        event: { date: status.date, type: 'response', assessment },
        sources: [status.source],
        notes:
          status.status === 'improved'
            ? [
                'recorded as "improved", which does not say complete or partial: taken as partial; change it if it was complete',
              ]
            : [],
        ...(status.index !== undefined ? { index: status.index } : {}),
      });
    }
  }

  // Metastatic sites not claimed by a progression, one event per day (and exported event).
  const siteGroups = new Map<string, SiteFact[]>();
  for (const s of facts.sites) {
    if (claimed.has(s)) continue;
    const key = `${s.date}|${s.index ?? ''}`;
    siteGroups.set(key, [...(siteGroups.get(key) ?? []), s]);
  }
  for (const group of siteGroups.values()) {
    const [first] = group;
    if (!first) continue;
    const sites = mergeSiteList(group.map((s) => s.site));
    candidates.push({
      event: { date: first.date, type: 'metastases', sites },
      sources: group.map((s) => s.source),
      notes:
        sites.length < group.length
          ? ['several conditions name the same site; they are recorded as one site']
          : [],
      ...(first.index !== undefined ? { index: first.index } : {}),
    });
  }

  candidates.push(...medicationCandidates(facts, progressionByDate, annotate));
  for (const fact of facts.events) {
    candidates.push({
      event: fact.event,
      sources: [fact.source],
      notes: [],
      ...(fact.index !== undefined ? { index: fact.index } : {}),
    });
  }

  const merged = mergeIndexedReceptorUpdates(candidates);
  merged.sort(
    (a, b) =>
      a.event.date.localeCompare(b.event.date) ||
      (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER) ||
      rank[a.event.type] - rank[b.event.type],
  );

  const patient: Patient = {
    er: baseline.er as Patient['er'],
    pr: baseline.pr as Patient['pr'],
    her2: baseline.her2 as Patient['her2'],
    brca: baseline.brca as Patient['brca'],
    pdl1: baseline.pdl1 as Patient['pdl1'],
    menopause: menopause?.value ?? 'unknown',
    presentation: presentation.value as Patient['presentation'],
    ...(typeof age.value === 'number' ? { age: age.value } : {}),
    ...(ecog ? { ecog: ecog.value } : {}),
  };

  return {
    patientId: facts.patient.id,
    ...(facts.patient.name ? { patientName: facts.patient.name } : {}),
    ...(facts.patient.title !== undefined ? { title: facts.patient.title } : {}),
    patient,
    findings,
    events: placeEvents(patient, merged),
    entries: facts.entries,
    notes: importRules,
  };
}

/** Replays the candidates; an event the course cannot take is kept but left out, with why. */
export function placeEvents(patient: Patient, candidates: readonly Candidate[]): DraftEvent[] {
  let snapshot = startCourse(patient);
  let previous: string | undefined;
  return candidates.map((c) => {
    const result = applyEvent(snapshot, c.event, previous);
    if (!result.ok) {
      return {
        event: c.event,
        sources: c.sources,
        notes: c.notes,
        include: false,
        problem: result.reason,
      };
    }
    snapshot = result.snapshot;
    previous = c.event.date;
    return { event: c.event, sources: c.sources, notes: c.notes, include: true };
  });
}

function byDate(a: { date?: string }, b: { date?: string }): number {
  return (a.date ?? '').localeCompare(b.date ?? '');
}

function latestOf<T extends { date?: string }>(list: readonly T[]): T | undefined {
  return [...list].sort(byDate).at(-1);
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

function ageFinding(facts: FhirFacts, lastDate: string | undefined): PatientFinding {
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
        note: `age on ${lastDate}, the latest date in the record`,
        needsCheck: false,
      };
    }
    return { ...base, value: undefined, note: `age ${years} is outside 18-120`, needsCheck: true };
  }
  return { ...base, value: undefined, sources: [], note: 'no birth date', needsCheck: false };
}

function presentationFinding(facts: FhirFacts, courseStart: string | undefined): PatientFinding {
  if (facts.patient.presentation) {
    return {
      field: 'presentation',
      value: facts.patient.presentation,
      sources: [facts.patient.source],
      earlier: [],
      needsCheck: false,
    };
  }
  const primary = latestOf(facts.primaries);
  const firstSite = [...facts.sites].sort(byDate)[0];
  if (primary && firstSite) {
    const gap = daysBetween(primary.date, firstSite.date);
    const recurrent = gap > deNovoWindowDays;
    return {
      field: 'presentation',
      value: recurrent ? 'recurrent' : 'de-novo',
      sources: [primary.source, firstSite.source],
      earlier: [],
      note: `primary diagnosed ${primary.date}, first metastasis ${firstSite.date} (${gap} days): taken as ${recurrent ? 'recurrent' : 'de novo'}`,
      needsCheck: true,
    };
  }
  return {
    field: 'presentation',
    value: 'de-novo',
    sources: [],
    earlier: [],
    note: `no primary-cancer diagnosis date${courseStart ? '' : ' or metastasis'} in the record: set to de novo; correct it if the cancer recurred`,
    needsCheck: true,
  };
}

/** Sites named more than once (axillary and supraclavicular nodes) become one site. */
function mergeSiteList(sites: readonly Site[]): Site[] {
  const out: Site[] = [];
  for (const site of sites) {
    const i = out.findIndex((s) => s.site === site.site);
    const existing = out[i];
    if (!existing) {
      out.push(site);
      continue;
    }
    const complications = [
      ...new Set([...(existing.complications ?? []), ...(site.complications ?? [])]),
    ];
    const symptomatic =
      existing.symptomatic === undefined && site.symptomatic === undefined
        ? undefined
        : existing.symptomatic === true || site.symptomatic === true;
    const count =
      existing.count !== undefined && site.count !== undefined
        ? Math.min(1000, existing.count + site.count)
        : undefined;
    out[i] = {
      site: site.site,
      ...(count !== undefined ? { count } : {}),
      ...(symptomatic !== undefined ? { symptomatic } : {}),
      ...(complications.length > 0 ? { complications } : {}),
    };
  }
  return out;
}

interface Line {
  start: IsoDate;
  drugs: DrugName[];
  meds: MedicationFact[];
}

/**
 * Medicines to lines and to the events their stop reasons imply. Resources this dashboard
 * exported carry their event's place and are grouped by it; the stop reasons on those are
 * already events of their own.
 */
function medicationCandidates(
  facts: FhirFacts,
  progressionByDate: Map<string, Candidate>,
  annotate: (source: string, text: string) => void,
): Candidate[] {
  const out: Candidate[] = [];
  const byIndex = new Map<number, MedicationFact[]>();
  const plain: MedicationFact[] = [];
  for (const m of facts.medications) {
    if (m.index === undefined) plain.push(m);
    else byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
  }
  for (const [index, meds] of byIndex) {
    const start = meds.map((m) => m.start).sort()[0];
    if (start === undefined) continue;
    out.push({
      event: { date: start, type: 'start-line', regimen: unique(meds.flatMap((m) => m.drugs)) },
      sources: meds.map((m) => m.source),
      notes: [],
      index,
    });
  }

  // Dates on which a line was ended by the record (progression or intolerance).
  const endings = new Set<string>(
    facts.statuses.filter((s) => s.status === 'progression').map((s) => s.date),
  );
  for (const m of plain) {
    if (m.end && (m.stopReason === 'progression' || m.stopReason === 'not-tolerated')) {
      endings.add(m.end);
    }
  }

  const lines: Line[] = [];
  const sorted = [...plain].sort((a, b) => a.start.localeCompare(b.start));
  for (const med of sorted) {
    const line = lines.at(-1);
    const endedSince =
      line !== undefined && [...endings].some((d) => d > line.start && d <= med.start);
    const stillRunning = line?.meds.some((m) => !m.end || m.end >= med.start) ?? false;
    if (line && !endedSince && med.drugs.every((d) => line.drugs.includes(d)) && stillRunning) {
      line.meds.push(med);
      annotate(med.source, `continues the line started ${line.start}`);
      continue;
    }
    if (line && !endedSince && daysBetween(line.start, med.start) <= lineJoinWindowDays) {
      line.meds.push(med);
      line.drugs.push(...med.drugs.filter((d) => !line.drugs.includes(d)));
      annotate(med.source, `joins the line started ${line.start}`);
      continue;
    }
    lines.push({ start: med.start, drugs: [...med.drugs], meds: [med] });
  }

  for (const line of lines) {
    out.push({
      event: { date: line.start, type: 'start-line', regimen: line.drugs },
      sources: line.meds.map((m) => m.source),
      notes: line.meds.some((m) => m.start !== line.start)
        ? [
            `medicines started within ${lineJoinWindowDays} days of ${line.start} are counted in this line`,
          ]
        : [],
    });
    out.push(...stopReasonCandidates(line, progressionByDate, annotate));
  }
  return out;
}

function stopReasonCandidates(
  line: Line,
  progressionByDate: Map<string, Candidate>,
  annotate: (source: string, text: string) => void,
): Candidate[] {
  const out: Candidate[] = [];
  for (const med of line.meds) {
    if (med.stopReason && med.stopReason !== 'other' && !med.end) {
      annotate(
        med.source,
        `stopped (${med.stopReason}) but no end date is given, so no event is placed`,
      );
    }
  }
  const progressed = line.meds.filter((m) => m.stopReason === 'progression' && m.end);
  for (const end of unique(progressed.flatMap((m) => (m.end ? [m.end] : [])))) {
    const sources = progressed.filter((m) => m.end === end).map((m) => m.source);
    const existing = progressionByDate.get(end);
    if (existing) {
      existing.sources.push(...sources);
      continue;
    }
    const candidate: Candidate = {
      event: { date: end, type: 'progression' },
      sources,
      notes: ['from the stop reason "no response to treatment" on the medicine'],
    };
    progressionByDate.set(end, candidate);
    out.push(candidate);
  }

  const intolerant = line.meds.filter((m) => m.stopReason === 'not-tolerated' && m.end);
  for (const end of unique(intolerant.flatMap((m) => (m.end ? [m.end] : [])))) {
    const stopped = intolerant.filter((m) => m.end === end);
    const agents = unique(stopped.flatMap((m) => m.drugs));
    out.push({
      event: {
        date: end,
        type: 'intolerance',
        agents,
        ...(stopped[0]?.stopNote ? { note: stopped[0].stopNote } : {}),
      },
      sources: stopped.map((m) => m.source),
      notes: ['from the stop reason "not tolerated" on the medicine'],
    });
    const continuing = unique(
      line.meds
        .filter((m) => !m.end || m.end > end)
        .flatMap((m) => m.drugs)
        .filter((d) => !agents.includes(d)),
    );
    if (continuing.length > 0) {
      out.push({
        event: { date: end, type: 'start-line', regimen: continuing },
        sources: line.meds.filter((m) => !m.end || m.end > end).map((m) => m.source),
        notes: [`${continuing.join(' + ')} went on after ${agents.join(' + ')} stopped`],
      });
    }
  }

  const refused = line.meds.filter((m) => m.stopReason === 'patient-choice' && m.end);
  const lastEnd = refused
    .map((m) => m.end ?? '')
    .sort()
    .at(-1);
  if (lastEnd && refused.length === line.meds.length) {
    out.push({
      event: { date: lastEnd, type: 'stop-treatment' },
      sources: refused.map((m) => m.source),
      notes: ["every medicine of the line stopped at the patient's request"],
    });
  }
  return out;
}

/** Biomarker observations exported from one receptor-update event become that one event again. */
function mergeIndexedReceptorUpdates(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byIndex = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.event.type !== 'receptor-update' || c.index === undefined) {
      out.push(c);
      continue;
    }
    const existing = byIndex.get(c.index);
    if (existing && existing.event.type === 'receptor-update') {
      existing.event = { ...existing.event, ...c.event, date: existing.event.date };
      existing.sources.push(...c.sources);
    } else {
      byIndex.set(c.index, c);
      out.push(c);
    }
  }
  return out;
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
