import { daysBetween, type IsoDate } from '../../case/iso-date.ts';
import type { DrugName } from '../../knowledge/drugs.ts';
import type { TreatmentIntent } from '../fhir-codes.ts';
import type { FhirFacts, MedicationFact, PriorTreatment } from '../fhir-import-types.ts';
import { unique, type Annotate, type Candidate } from './candidates.ts';

/** A medicine started within this many days of a line's start joins that line. */
export const lineJoinWindowDays = 28;

/**
 * Early-stage administrations of one product that follow each other within this many days form
 * one course (Synthea writes each chemotherapy cycle as its own administration): the course is
 * listed once, from its first to its last date, with every resource as its source.
 */
export const priorCourseGapDays = lineJoinWindowDays;

/** Intents that say the medicine was not given as a line for metastatic disease. */
const notALineIntent: Partial<Record<TreatmentIntent, string>> = {
  curative: 'curative intent',
  adjuvant: 'adjuvant intent',
  neoadjuvant: 'neoadjuvant intent',
  preventive: 'preventive intent',
  supportive: 'supportive intent, not anti-cancer treatment',
};

/**
 * Splits the record's medicines (not those this dashboard exported) into early-stage treatment
 * and medicines for the metastatic disease: a curative, adjuvant, neoadjuvant, preventive or
 * supportive intent, or a start before the first dated metastasis, makes it early-stage (an
 * explicit palliative intent keeps it a line).
 */
export function splitPriorMedicines(
  meds: readonly MedicationFact[],
  metastaticDate: IsoDate | undefined,
  annotate: Annotate,
): { lineMeds: MedicationFact[]; prior: PriorTreatment[] } {
  const lineMeds: MedicationFact[] = [];
  const prior: PriorTreatment[] = [];
  for (const m of meds) {
    const byIntent = m.intent ? notALineIntent[m.intent] : undefined;
    const before =
      m.intent !== 'palliative' && metastaticDate !== undefined && m.start < metastaticDate
        ? `started before the first metastasis (${metastaticDate})`
        : undefined;
    const why = byIntent ?? before;
    if (m.index !== undefined || !why) {
      lineMeds.push(m);
      continue;
    }
    prior.push({
      kind: 'medicine',
      what: m.what || m.drugs.join(' + '),
      start: m.start,
      ...(m.end ? { end: m.end } : {}),
      why,
      sources: [m.source],
    });
    annotate(m.source, `early-stage treatment (${why}): shown, not counted as a line`);
  }
  return { lineMeds, prior: priorCourses(prior) };
}

/**
 * One entry per course: a medicine given again (same product, same reason) within
 * priorCourseGapDays of the course's last date continues the course, which then ends on the
 * last date given.
 */
function priorCourses(prior: readonly PriorTreatment[]): PriorTreatment[] {
  const sorted = [...prior].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const courses: PriorTreatment[] = [];
  for (const t of sorted) {
    const i = courses.findLastIndex((c) => c.what === t.what && c.why === t.why);
    const course = i >= 0 ? courses[i] : undefined;
    const last = course?.end ?? course?.start;
    if (
      course &&
      last !== undefined &&
      t.start !== undefined &&
      daysBetween(last, t.start) <= priorCourseGapDays
    ) {
      const ends = [course.end, t.end, t.start].filter((d): d is IsoDate => d !== undefined);
      courses[i] = {
        ...course,
        end: ends.sort().at(-1) ?? t.start,
        sources: [...course.sources, ...t.sources],
      };
      continue;
    }
    courses.push(t);
  }
  return courses;
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
export function lineCandidates(
  meds: readonly MedicationFact[],
  facts: FhirFacts,
  progressionByDate: Map<string, Candidate>,
  annotate: Annotate,
): Candidate[] {
  const out: Candidate[] = [];
  const byIndex = new Map<number, MedicationFact[]>();
  const plain: MedicationFact[] = [];
  for (const m of meds) {
    if (m.index === undefined) plain.push(m);
    else byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
  }
  for (const [index, group] of byIndex) {
    const start = group.map((m) => m.start).sort()[0];
    if (start === undefined) continue;
    out.push({
      event: { date: start, type: 'start-line', regimen: unique(group.flatMap((m) => m.drugs)) },
      sources: group.map((m) => m.source),
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

  // Medicines that start on the same day are taken together: one new medicine among them
  // makes them all a new line (fulvestrant restarted with ribociclib is not a refill).
  const byStart = new Map<IsoDate, MedicationFact[]>();
  for (const m of plain) byStart.set(m.start, [...(byStart.get(m.start) ?? []), m]);
  const lines: Line[] = [];
  for (const [start, group] of [...byStart].sort(([a], [b]) => a.localeCompare(b))) {
    const drugs = unique(group.flatMap((m) => m.drugs));
    const line = lines.at(-1);
    const endedSince = line !== undefined && [...endings].some((d) => d > line.start && d <= start);
    const stillRunning = line?.meds.some((m) => !m.end || m.end >= start) ?? false;
    if (line && !endedSince && drugs.every((d) => line.drugs.includes(d)) && stillRunning) {
      line.meds.push(...group);
      for (const m of group) annotate(m.source, `continues the line started ${line.start}`);
      continue;
    }
    if (line && !endedSince && daysBetween(line.start, start) <= lineJoinWindowDays) {
      line.meds.push(...group);
      line.drugs.push(...drugs.filter((d) => !line.drugs.includes(d)));
      for (const m of group) annotate(m.source, `joins the line started ${line.start}`);
      continue;
    }
    lines.push({ start, drugs, meds: [...group] });
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
  annotate: Annotate,
): Candidate[] {
  const out: Candidate[] = [];
  for (const med of line.meds) {
    if (med.stopReason === 'progression' && !med.end) {
      annotate(med.source, 'stopped (progression) but no end date is given, so no event is placed');
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

  out.push(...intoleranceCandidates(line, annotate));

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

/**
 * "Not tolerated" records intolerance on the medicine's end date; without one, on the last
 * date the record gives for that medicine in the line (flagged), so the intolerance is kept.
 */
function intoleranceCandidates(line: Line, annotate: Annotate): Candidate[] {
  const out: Candidate[] = [];
  const intolerant = line.meds.filter((m) => m.stopReason === 'not-tolerated');
  const stopDate = (m: MedicationFact): IsoDate =>
    m.end ??
    line.meds
      .filter((o) => o.drugs.some((d) => m.drugs.includes(d)))
      .map((o) => o.start)
      .sort()
      .at(-1) ??
    m.start;
  for (const end of unique(intolerant.map(stopDate))) {
    const stopped = intolerant.filter((m) => stopDate(m) === end);
    const undated = stopped.some((m) => !m.end);
    const agents = unique(stopped.flatMap((m) => m.drugs));
    for (const m of stopped.filter((s) => !s.end)) {
      annotate(m.source, `not tolerated, with no end date: intolerance placed on ${end}`);
    }
    out.push({
      event: {
        date: end,
        type: 'intolerance',
        agents,
        ...(stopped[0]?.stopNote ? { note: stopped[0].stopNote } : {}),
      },
      sources: stopped.map((m) => m.source),
      notes: [
        'from the stop reason "not tolerated" on the medicine',
        ...(undated
          ? [
              `no end date is given: placed on ${end}, the last date the record gives for it; check the date`,
            ]
          : []),
      ],
      late: true,
    });
    const continuing = unique(
      line.meds
        .filter((m) => !stopped.includes(m) && (!m.end || m.end > end))
        .flatMap((m) => m.drugs)
        .filter((d) => !agents.includes(d)),
    );
    if (continuing.length > 0) {
      out.push({
        event: { date: end, type: 'start-line', regimen: continuing },
        sources: line.meds.filter((m) => !m.end || m.end > end).map((m) => m.source),
        notes: [`${continuing.join(' + ')} went on after ${agents.join(' + ')} stopped`],
        late: true,
      });
    }
  }
  return out;
}
