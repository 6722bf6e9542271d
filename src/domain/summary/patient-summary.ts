import type { CaseFile, Patient } from '../case/case-schema.ts';
import { daysBetween } from '../case/iso-date.ts';
import { subtypeLabel } from '../case/subtype.ts';
import type { SiteName } from '../case/vocabulary.ts';
import type { OpenQuestion } from '../engine/recommendation.ts';
import type { TherapyContext, TherapyLine } from '../machine/therapy-context.ts';

/**
 * The patient and course in the few facts a clinician reads first, as plain words. One summary
 * serves the Case view, the tumor-board presentation, the handout and the teaching steps, so
 * they cannot describe the same patient differently.
 */
export interface PatientSummary {
  /** "HR-positive (ER+ PR−), HER2-negative". */
  readonly subtype: string;
  /** Menopause, age, ECOG, BRCA, PD-L1, presentation: each a short phrase. */
  readonly facts: readonly string[];
  /** "bone ×3 (symptomatic: pain)"; empty when no site is documented yet. */
  readonly sites: readonly string[];
  readonly lines: readonly LineSummary[];
  /** The unknown results that would change the options, with how many each could open. */
  readonly unknowns: readonly string[];
}

export interface LineSummary {
  readonly number: number;
  readonly regimen: string;
  readonly start: string;
  readonly end: string | undefined;
  /** Whole course of the line in months, one decimal; to `asOf` while it runs. */
  readonly months: number;
  /** "progression", "intolerance", "switched", "treatment stopped" or "still running". */
  readonly ending: string;
}

const sign = (status: string) => (status === 'positive' ? '+' : status === 'negative' ? '−' : '?');

/** The receptor subtype in words, with the receptors it rests on. */
export function subtypeInWords(patient: Patient): string {
  const { er, pr, her2 } = patient;
  const receptors = `(ER${sign(er)} PR${sign(pr)})`;
  const her2Words = her2 === 'unknown' ? 'HER2 unknown' : `HER2-${her2}`;
  if (er === 'negative' && pr === 'negative' && her2 === 'negative') {
    return 'Triple-negative (ER− PR− HER2−)';
  }
  const hr =
    er === 'positive' || pr === 'positive'
      ? 'HR-positive'
      : er === 'negative' && pr === 'negative'
        ? 'HR-negative'
        : 'hormone receptors unknown';
  return `${hr} ${receptors}, ${her2Words}`;
}

const siteWords: Record<SiteName, string> = {
  bone: 'bone',
  liver: 'liver',
  lung: 'lung',
  brain: 'brain',
  'lymph-node': 'lymph node',
  'soft-tissue': 'soft tissue',
  pleura: 'pleura',
  skin: 'skin',
  breast: 'breast',
  other: 'other site',
};

function patientFacts(patient: Patient): string[] {
  const facts = [
    patient.menopause === 'pre'
      ? 'premenopausal'
      : patient.menopause === 'post'
        ? 'postmenopausal'
        : 'menopausal status unknown',
  ];
  if (patient.age !== undefined) facts.push(`${patient.age} years`);
  facts.push(patient.ecog === undefined ? 'ECOG not recorded' : `ECOG ${patient.ecog}`);
  facts.push(
    patient.brca === 'mutated'
      ? 'germline BRCA mutation'
      : patient.brca === 'not-mutated'
        ? 'no germline BRCA mutation'
        : 'BRCA unknown',
  );
  facts.push(patient.pdl1 === 'unknown' ? 'PD-L1 unknown' : `PD-L1 ${patient.pdl1}`);
  facts.push(patient.presentation === 'de-novo' ? 'de novo' : 'recurrent');
  return facts;
}

function siteSummary(context: TherapyContext): string[] {
  return context.sites.map((s) => {
    const count = s.count === undefined ? '' : ` ×${s.count}`;
    const complications = (s.complications ?? []).map((c) => c.replaceAll('-', ' '));
    const symptoms =
      s.symptomatic === true
        ? ` (symptomatic${complications.length > 0 ? `: ${complications.join(', ')}` : ''})`
        : complications.length > 0
          ? ` (${complications.join(', ')})`
          : '';
    return `${siteWords[s.site]}${count}${symptoms}`;
  });
}

const endings: Record<NonNullable<TherapyLine['endReason']>, string> = {
  progression: 'progression',
  intolerance: 'intolerance',
  switch: 'switched',
  'stop-treatment': 'treatment stopped',
};

function lineSummary(line: TherapyLine, asOf: string): LineSummary {
  const last = line.end ?? asOf;
  const days = Math.max(0, daysBetween(line.start, last));
  return {
    number: line.number,
    regimen: line.regimen.join(' + '),
    start: line.start,
    end: line.end,
    months: Math.round((days / 30.4375) * 10) / 10,
    ending: line.endReason ? endings[line.endReason] : line.end ? 'ended' : 'still running',
  };
}

function unknownsThatMatter(questions: readonly OpenQuestion[]): string[] {
  return questions
    .filter((q) => q.couldOpen.length > 0)
    .map(
      (q) =>
        `${q.question.replace(/ status is unknown$/, '').replace(/ is unknown$/, '')} (could open ${q.couldOpen.length} ${q.couldOpen.length === 1 ? 'option' : 'options'})`,
    );
}

/**
 * The summary of a replayed course. `asOf` is the date a running line's duration runs to (today
 * in the app); `openQuestions` comes from the recommendation, so the unknowns listed are exactly
 * those a result would change.
 */
export function summarisePatient(
  context: TherapyContext,
  openQuestions: readonly OpenQuestion[],
  asOf: string,
): PatientSummary {
  return {
    subtype: subtypeInWords(context.patient),
    facts: patientFacts(context.patient),
    sites: siteSummary(context),
    lines: context.lines.map((line) => lineSummary(line, asOf)),
    unknowns: unknownsThatMatter(openQuestions),
  };
}

/**
 * The one name of a case on every screen: its title, or a name built from the patient (age,
 * subtype, first sites, line) so two untitled cases are told apart by what differs.
 */
export function caseDisplayName(caseFile: CaseFile, context?: TherapyContext): string {
  if (caseFile.title !== undefined && caseFile.title.trim() !== '') return caseFile.title;
  const { patient } = caseFile;
  const parts: string[] = [];
  if (patient.age !== undefined) parts.push(`${patient.age} y`);
  parts.push(subtypeLabel(patient));
  const sites = [
    ...new Set(
      caseFile.events.flatMap((e) => (e.type === 'metastases' ? e.sites.map((s) => s.site) : [])),
    ),
  ];
  if (sites.length > 0) {
    const named = sites.slice(0, 2).map((s) => siteWords[s]);
    parts.push(sites.length > 2 ? `${named.join(' + ')} +${sites.length - 2}` : named.join(' + '));
  }
  const lines =
    context?.lines.length ?? caseFile.events.filter((e) => e.type === 'start-line').length;
  parts.push(lines === 0 ? 'no line yet' : `${lines} ${lines === 1 ? 'line' : 'lines'}`);
  return parts.join(', ');
}
