import type { Patient } from '../case/case-schema.ts';
import type { FhirFacts, FhirImportDraft, PatientFinding } from './fhir-import-types.ts';
import { ageFinding, biomarkerBaseline, ecogFinding, menopauseFinding } from './draft/baseline.ts';
import {
  byDate,
  mergeIndexedReceptorUpdates,
  placeEvents,
  sortCandidates,
  type Annotate,
  type Candidate,
} from './draft/candidates.ts';
import { lineCandidates, lineJoinWindowDays, splitPriorMedicines } from './draft/lines.ts';
import { localTherapyCandidates } from './draft/local-therapy.ts';
import { deNovoWindowDays, presentationFinding } from './draft/presentation.ts';
import { recordFindings } from './draft/record.ts';
import { siteCandidates } from './draft/sites.ts';
import { statusCandidates } from './draft/statuses.ts';

export { lineJoinWindowDays } from './draft/lines.ts';
export { deNovoWindowDays } from './draft/presentation.ts';
export { placeEvents } from './draft/candidates.ts';

/**
 * Facts read from FHIR resources to a draft case: baseline, event log and the notes the review
 * screen shows. The rules that are the tool's own (how medicines become lines, when a patient
 * counts as recurrent, what counts as early-stage treatment) are stated in `importRules` and
 * shown to the user; nothing is decided from display text. The steps live in `draft/`.
 */
export const importRules: readonly string[] = [
  `Medicines that start on the same day form one line; one started within ${lineJoinWindowDays} days of a line's start, before any progression, joins that line; a medicine already in the running line continues it (a refill).`,
  'A medicine with a curative, adjuvant, neoadjuvant, preventive or supportive intent, or started before the first dated metastasis, is early-stage treatment: shown, not counted as a line, and it does not move the baseline cut-off.',
  'A medicine stopped for "no response" ends its line with a progression on its end date; one stopped as "not tolerated" records intolerance on its end date (without one, on the last date the record gives for it), and the line goes on with the remaining medicines.',
  'Receptor results dated up to the start of the first line set the baseline, the latest one winning (without any, the first later result does); a later result that differs becomes a receptor update on its date.',
  `Without a recorded presentation, metastases found within ${deNovoWindowDays} days of the primary diagnosis count as de novo, otherwise recurrent; without those dates a first stage of IV or M1 suggests de novo, and M0 or early-stage treatment before the metastases suggests recurrent. Check it.`,
  'Radiotherapy courses and cancer surgery after the first metastasis are offered as local therapy for you to confirm; stage, histology, scores, variants, MSI and TMB are shown but do not change the recommendation.',
];

export function buildImportDraft(facts: FhirFacts): FhirImportDraft {
  const entryBySource = new Map(facts.entries.map((e) => [e.source, e]));
  const annotate: Annotate = (source, text) => {
    const entry = entryBySource.get(source);
    if (entry) entry.result = `${entry.result}; ${text}`;
  };

  const metastaticDate = facts.sites.filter((s) => s.date !== undefined).sort(byDate)[0]?.date;
  const { lineMeds, prior: priorMeds } = splitPriorMedicines(
    facts.medications,
    metastaticDate,
    annotate,
  );
  const local = localTherapyCandidates(facts, metastaticDate, annotate);
  const prior = [...priorMeds, ...local.prior].sort(byStart);

  const clinicalDates = [
    ...facts.sites.flatMap((s) => (s.date ? [s.date] : [])),
    ...lineMeds.map((m) => m.start),
    ...facts.statuses.map((s) => s.date),
    ...facts.events.map((e) => e.event.date),
  ].sort();
  const courseStart = clinicalDates[0];
  // Results up to the first line's start describe the disease the course starts from.
  const baselineCutoff = lineMeds.map((m) => m.start).sort()[0];
  const lastDate = [...clinicalDates, ...facts.biomarkers.flatMap((b) => (b.date ? [b.date] : []))]
    .sort()
    .at(-1);

  const biomarkers = biomarkerBaseline(facts, baselineCutoff, courseStart, annotate);
  const menopause = menopauseFinding(facts);
  const ecog = ecogFinding(facts);
  const age = ageFinding(facts, lastDate);
  const presentation = presentationFinding(facts, prior);
  const findings: PatientFinding[] = [...biomarkers.findings, menopause, ecog, age, presentation];

  const statuses = statusCandidates(facts);
  const candidates: Candidate[] = [
    ...biomarkers.candidates,
    ...statuses.candidates,
    ...siteCandidates(facts, statuses.claimed, courseStart, annotate),
    ...lineCandidates(lineMeds, facts, statuses.progressionByDate, annotate),
    ...local.candidates,
    ...facts.events.map((fact) => ({
      event: fact.event,
      sources: [fact.source],
      notes: [],
      ...(fact.index !== undefined ? { index: fact.index } : {}),
    })),
  ];

  const b = biomarkers.baseline;
  const patient: Patient = {
    er: b.er as Patient['er'],
    pr: b.pr as Patient['pr'],
    her2: b.her2 as Patient['her2'],
    brca: b.brca as Patient['brca'],
    pdl1: b.pdl1 as Patient['pdl1'],
    menopause: menopause.value as Patient['menopause'],
    presentation: presentation.value as Patient['presentation'],
    ...(typeof age.value === 'number' ? { age: age.value } : {}),
    ...(typeof ecog.value === 'number' ? { ecog: ecog.value } : {}),
  };

  return {
    patientId: facts.patient.id,
    ...(facts.patient.name ? { patientName: facts.patient.name } : {}),
    ...(facts.patient.title !== undefined ? { title: facts.patient.title } : {}),
    patient,
    findings,
    events: placeEvents(patient, sortCandidates(mergeIndexedReceptorUpdates(candidates))),
    entries: facts.entries,
    notes: importRules,
    record: [...recordFindings(facts), ...local.shown],
    priorTreatments: prior,
    undatedMedicines: facts.undated.map(({ drugs, what, sources }) => ({ drugs, what, sources })),
  };
}

function byStart(a: { start?: string }, b: { start?: string }): number {
  return (a.start ?? '').localeCompare(b.start ?? '');
}
