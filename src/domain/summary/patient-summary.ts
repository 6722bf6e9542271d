import type { CaseEvent, CaseFile, Patient } from '../case/case-schema.ts';
import { daysBetween } from '../case/iso-date.ts';
import { subtypeInWords, subtypeLabel } from '../case/subtype.ts';
import type { Complication, SiteName } from '../case/vocabulary.ts';
import type { OpenQuestion } from '../engine/recommendation.ts';
import { runningLine } from '../machine/context-updates.ts';
import { replayCase, stateOf, type TherapySnapshot } from '../machine/replay-case.ts';
import { describeCourseState } from '../machine/selectors.ts';
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
  /** The course state and line in words: "Line 2: choosing next treatment". */
  readonly state: string;
  readonly lines: readonly LineSummary[];
  /**
   * The unknown results that would change the options, from the recommendation's open
   * questions: "BRCA status (could open PARP inhibitor)", "PD-L1 status (could open 3 options)".
   * Only those that would open something.
   */
  readonly unknowns: readonly string[];
}

export type LineEnding = 'progression' | 'intolerance' | 'switched' | 'stopped' | 'still running';

export interface LineSummary {
  readonly number: number;
  /** "letrozole + palbociclib". */
  readonly regimen: string;
  readonly start: string;
  readonly end: string | undefined;
  /** Whole course of the line in months, one decimal; to `asOf` while it runs. */
  readonly months: number;
  readonly ending: LineEnding;
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

const complicationWords: Record<Complication, string> = {
  fracture: 'fracture',
  'spinal-cord-compression': 'spinal cord compression',
  pain: 'pain',
  breathing: 'breathing difficulty',
};

function patientFacts(patient: Patient): string[] {
  const facts = [
    patient.menopause === 'pre'
      ? 'premenopausal'
      : patient.menopause === 'post'
        ? 'postmenopausal'
        : 'menopausal status unknown',
  ];
  facts.push(patient.age === undefined ? 'age not recorded' : `${patient.age} years`);
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

interface SiteFacts {
  readonly site: SiteName;
  readonly count?: number | undefined;
  readonly symptomatic?: boolean | undefined;
  readonly complications?: readonly Complication[] | undefined;
}

function siteSummary(sites: readonly SiteFacts[]): string[] {
  return sites.map((s) => {
    const count = s.count === undefined ? '' : ` ×${s.count}`;
    const complications = (s.complications ?? []).map((c) => complicationWords[c]);
    const symptoms =
      s.symptomatic === true
        ? ` (symptomatic${complications.length > 0 ? `: ${complications.join(', ')}` : ''})`
        : complications.length > 0
          ? ` (${complications.join(', ')})`
          : '';
    return `${siteWords[s.site]}${count}${symptoms}`;
  });
}

const endings: Record<NonNullable<TherapyLine['endReason']>, LineEnding> = {
  progression: 'progression',
  intolerance: 'intolerance',
  switch: 'switched',
  'stop-treatment': 'stopped',
};

/** Average month, so 12 calendar months read as 12.0. */
const daysPerMonth = 365.25 / 12;

function lineSummary(line: TherapyLine, asOf: string): LineSummary {
  const days = Math.max(0, daysBetween(line.start, line.end ?? asOf));
  return {
    number: line.number,
    regimen: line.regimen.join(' + '),
    start: line.start,
    end: line.end,
    months: Math.round((days / daysPerMonth) * 10) / 10,
    // A line ends only with a reason (context-updates); 'switched' is the machine's own default.
    ending: line.end === undefined ? 'still running' : endings[line.endReason ?? 'switch'],
  };
}

function unknownsThatMatter(questions: readonly OpenQuestion[]): string[] {
  return questions
    .filter((q) => q.couldOpen.length > 0)
    .map((q) => {
      const what = q.question.replace(/ is unknown$/, '');
      const n = q.couldOpen.length;
      // One or two options by name ("PARP inhibitor"); more by count, to stay one line.
      const opens = n <= 2 ? q.couldOpen.map((o) => o.label).join(' or ') : `${n} options`;
      return `${what} (could open ${opens})`;
    });
}

export interface SummaryOptions {
  /** The date a running line's duration runs to: today in the app. */
  readonly asOf: string;
  /** How dates read in the state phrase; ISO dates when not given. */
  readonly formatDate?: (iso: string) => string;
}

/**
 * The summary of a replayed course (`replayCase(caseFile).snapshot`). `openQuestions` comes from
 * the recommendation of the same snapshot, so the unknowns listed are exactly those a result
 * would change; nothing is guessed here.
 */
export function summarisePatient(
  snapshot: TherapySnapshot,
  openQuestions: readonly OpenQuestion[],
  { asOf, formatDate = (iso) => iso }: SummaryOptions,
): PatientSummary {
  const { context } = snapshot;
  return {
    subtype: subtypeInWords(context.patient),
    facts: patientFacts(context.patient),
    sites: siteSummary(context.sites),
    state: describeCourseState(snapshot, formatDate),
    lines: context.lines.map((line) => lineSummary(line, asOf)),
    unknowns: unknownsThatMatter(openQuestions),
  };
}

/**
 * The line a name speaks of: the one running, or the one being chosen ("line 2"); "supportive
 * care" after treatment stopped; undefined before any site is documented.
 */
export function caseLineInWords(snapshot: TherapySnapshot): string | undefined {
  const { context } = snapshot;
  switch (stateOf(snapshot)) {
    case 'intake':
      return undefined;
    case 'choosing-line':
      return `line ${context.lines.length + 1}`;
    case 'on-line':
    case 'on-break': {
      const line = runningLine(context);
      return line ? `line ${line.number}` : undefined;
    }
    case 'supportive-care':
      return 'supportive care';
  }
}

/**
 * The one name of a case on every screen (header, library, tumor board): its title when the
 * user gave one, otherwise built from the patient so two untitled cases are told apart by what
 * differs: "62 y, HR+/HER2-, bone + liver, line 2". Pass the replayed snapshot when at hand;
 * otherwise the case is replayed here (a context alone is not enough to know the line).
 */
export function caseDisplayName(
  caseFile: CaseFile,
  replayed?: TherapySnapshot | TherapyContext,
): string {
  const title = caseFile.title?.trim();
  if (title !== undefined && title !== '') return title;
  const snapshot =
    replayed !== undefined && 'value' in replayed ? replayed : replayCase(caseFile).snapshot;
  const { patient, sites } = snapshot.context;
  const parts: string[] = [];
  if (patient.age !== undefined) parts.push(`${patient.age} y`);
  parts.push(subtypeLabel(patient));
  if (sites.length > 0) {
    const named = sites
      .slice(0, 2)
      .map((s) => siteWords[s.site])
      .join(' + ');
    parts.push(sites.length > 2 ? `${named} + ${sites.length - 2} more` : named);
  }
  const line = caseLineInWords(snapshot);
  if (line !== undefined) parts.push(line);
  // Nothing entered yet: "HR?/HER2?" alone would name nothing.
  if (parts.length === 1 && parts[0] === 'HR?/HER2?') return 'New case';
  return parts.join(', ');
}

/** A metastatic site in words: "lymph node", "soft tissue". */
export function siteInWords(site: SiteName): string {
  return siteWords[site];
}

const responseWords = {
  complete: 'complete response',
  partial: 'partial response',
  stable: 'stable disease',
} as const;

const receptorWords = { positive: 'positive', negative: 'negative', unknown: 'unknown' } as const;
const brcaWords = { mutated: 'mutated', 'not-mutated': 'not mutated', unknown: 'unknown' } as const;

/**
 * One event of the course in plain words, for lists people read (the tumor board's "since last
 * presented", the teaching steps): "Started letrozole + palbociclib", "Progression (liver,
 * lymph node)", "Accepted: Tamoxifen". `optionLabel` names a decision's candidate, which the
 * case stores by id.
 */
export function eventInWords(event: CaseEvent, optionLabel: (id: string) => string): string {
  switch (event.type) {
    case 'metastases':
      return `Metastases: ${siteSummary(event.sites).join(', ')}`;
    case 'start-line':
      return `Started ${event.regimen.join(' + ')}`;
    case 'response':
      return `Response: ${responseWords[event.assessment]}`;
    case 'progression':
      return event.sites?.length
        ? `Progression (${event.sites.map((s) => siteWords[s.site]).join(', ')})`
        : 'Progression';
    case 'intolerance':
      return event.agents?.length ? `Intolerance of ${event.agents.join(', ')}` : 'Intolerance';
    case 'break':
      return 'Treatment break';
    case 'resume':
      return 'Treatment resumed';
    case 'stop-treatment':
      return 'Treatment stopped';
    case 'receptor-update': {
      const changed = [
        event.er === undefined ? undefined : `ER ${receptorWords[event.er]}`,
        event.pr === undefined ? undefined : `PR ${receptorWords[event.pr]}`,
        event.her2 === undefined ? undefined : `HER2 ${receptorWords[event.her2]}`,
        event.brca === undefined ? undefined : `BRCA ${brcaWords[event.brca]}`,
        event.pdl1 === undefined ? undefined : `PD-L1 ${receptorWords[event.pdl1]}`,
      ].filter((part) => part !== undefined);
      return `Biomarkers retested: ${changed.join(', ')}`;
    }
    case 'local-therapy':
      return `${event.modality === 'radiation' ? 'Radiation' : 'Surgery'}: ${siteWords[event.site]}${event.technique ? ` (${event.technique})` : ''}`;
    case 'decision':
      return decisionInWords(event, optionLabel);
  }
}

/** A decision as people say it: "Accepted: Tamoxifen" (the case stores the option's id). */
export function decisionInWords(
  decision: { readonly choice: string; readonly candidate: string },
  optionLabel: (id: string) => string,
): string {
  const choice = decision.choice.charAt(0).toUpperCase() + decision.choice.slice(1);
  return `${choice}: ${optionLabel(decision.candidate)}`;
}
