import type { SentenceRef } from '../knowledge/documents/sentence-ref.ts';
import { getDrug, type DrugName } from '../knowledge/drugs.ts';
import { noteEvidence } from '../knowledge/note-sentences.ts';
import { runningLine } from '../machine/context-updates.ts';
import type { CourseFacts } from './course-facts.ts';
import { findingKey, unrecordedFindings } from './assumptions.ts';
import type { Candidate, OpenQuestion } from './recommendation.ts';

/**
 * Notes for the clinician: what the case is missing, what the tool assumed, and limits of the
 * documents that matter for this patient. Each note is in the tool's own words and carries the
 * sentences it rests on (never a citation written into the text).
 */
export interface Note {
  readonly text: string;
  readonly sources: readonly SentenceRef[];
}

const note = (text: string, ...sources: SentenceRef[]): Note => ({ text, sources });

const siteName = (site: string) =>
  site === 'lymph-node' ? 'lymph-node' : site === 'soft-tissue' ? 'soft-tissue' : site;

/** The sentences that make each unknown result matter. */
const openQuestionEvidence: Readonly<Record<OpenQuestion['field'], readonly SentenceRef[]>> = {
  er: noteEvidence.receptorUnknown,
  pr: noteEvidence.receptorUnknown,
  her2: noteEvidence.her2Unknown,
  brca: noteEvidence.brcaUnknown,
  pdl1: noteEvidence.pdl1Unknown,
  menopause: noteEvidence.menopauseUnknown,
};

function missingFacts(
  facts: CourseFacts,
  openQuestions: readonly OpenQuestion[],
  assumed: ReadonlySet<string>,
): Note[] {
  const notes: Note[] = [];
  const { context, state } = facts;
  const { patient } = context;
  if (state === 'intake') {
    const missing: string[] = [];
    if (context.sites.length === 0) missing.push('no metastatic site is documented');
    if ([patient.er, patient.pr, patient.her2].every((s) => s === 'unknown')) {
      missing.push('ER, PR and HER2 are all unknown');
    }
    notes.push(
      note(
        `Not enough facts to choose a systemic treatment: ${missing.join(' and ')}. Only local and supportive options are shown.`,
        ...noteEvidence.receptorResultsMissing,
      ),
    );
  }
  const unknownReceptors = (['er', 'pr', 'her2'] as const).filter((f) => patient[f] === 'unknown');
  if (unknownReceptors.length > 0) {
    notes.push(
      note(
        `${unknownReceptors.map((f) => f.toUpperCase()).join(', ')} unknown: the results are essential for choosing treatment. Options that do not depend on the missing result are still shown; those that do are listed under the open questions.`,
        ...noteEvidence.receptorResultsMissing,
      ),
    );
  }
  for (const q of openQuestions) {
    if (q.couldOpen.length === 0) continue;
    notes.push(
      note(
        `${q.question}: a result could open ${q.couldOpen.map((o) => o.label).join(', ')}.`,
        ...openQuestionEvidence[q.field],
      ),
    );
  }
  // Only findings a candidate rests on: a blank that changes nothing is not worth a note.
  for (const finding of unrecordedFindings(facts).filter((f) => assumed.has(findingKey(f)))) {
    if (finding.kind === 'symptoms') {
      notes.push(
        note(
          `Whether the ${siteName(finding.site)} metastases cause symptoms is not recorded. It is not taken as "no": options that depend on it are shown with the assumption they rest on.`,
          ...noteEvidence.symptomsNotRecorded,
        ),
      );
    } else if (finding.site === 'brain') {
      notes.push(
        note(
          'The number of brain metastases is not recorded: radiation is an option either way, but the technique depends on it (focused radiation for one small tumour, whole-brain radiation for several).',
          ...noteEvidence.brainCountNotRecorded,
        ),
      );
    } else {
      notes.push(
        note(
          `The number of ${siteName(finding.site)} metastases is not recorded: what is offered for a single metastasis is shown on that assumption, to be checked.`,
          ...noteEvidence.lesionCountNotRecorded,
        ),
      );
    }
  }
  return notes;
}

/**
 * Recorded facts no option uses: shown, so a clinician does not assume the tool weighed them.
 * Age and performance status: the documents say the choice depends on age and overall health
 * but give no criterion. PD-L1 outside triple-negative disease: no option uses it.
 */
function unusedFacts(facts: CourseFacts, candidates: readonly Candidate[]): Note[] {
  const { patient } = facts.context;
  const notes: Note[] = [];
  const recorded = [
    ...(patient.age !== undefined ? [`age ${patient.age}`] : []),
    ...(patient.ecog !== undefined ? [`ECOG performance status ${patient.ecog}`] : []),
  ];
  if (recorded.length > 0) {
    notes.push(
      note(
        `${recorded.join(' and ')} ${recorded.length > 1 ? 'are' : 'is'} recorded. The documents name age and overall health among the factors of the choice but set no criterion on either for any option, so the list does not change with them.`.replace(
          /^./,
          (c) => c.toUpperCase(),
        ),
        ...(patient.ecog !== undefined
          ? noteEvidence.performanceStatusUnused
          : noteEvidence.ageUnused),
      ),
    );
  }
  const pdl1Shown = candidates.some((c) => c.relatedFacts?.some((f) => f.field === 'pdl1'));
  if (patient.pdl1 !== 'unknown' && !pdl1Shown) {
    notes.push(
      note(
        `PD-L1 is recorded as ${patient.pdl1}. The documents connect PD-L1 only with atezolizumab (for hormone-receptor-negative, HER2-negative disease) and make no result a condition, so it does not change the list.`,
        ...noteEvidence.pdl1Unused,
      ),
    );
  }
  return notes;
}

function courseNotes(facts: CourseFacts): Note[] {
  const notes: Note[] = [];
  const { context, state } = facts;
  if (context.patient.presentation === 'recurrent') {
    notes.push(
      note(
        'Recurrent disease: treatment given before the metastatic diagnosis is not in the case log; check it before relying on "no earlier treatment" criteria.',
        ...noteEvidence.recurrentDisease,
      ),
    );
  }
  const line = runningLine(context);
  if (state === 'on-line' && line) {
    const hasChemotherapy = line.regimen.some((a) => getDrug(a).drugClass === 'chemotherapy');
    notes.push(
      note(
        `Line ${line.number} (${line.regimen.join(' + ')}) is running: systemic alternatives are listed when it ends with progression or intolerance.`,
        ...(hasChemotherapy
          ? noteEvidence.chemotherapyLineRunning
          : noteEvidence.hormoneLineRunning),
      ),
    );
  }
  if (state === 'on-break' && line) {
    notes.push(
      note(
        `Line ${line.number} is on a planned break. The tool's own rule: a progression or intolerance recorded during the break ends the line.`,
        ...noteEvidence.onBreak,
      ),
    );
  }
  if (state === 'supportive-care') {
    notes.push(
      note(
        'Anti-cancer treatment has been stopped; starting a regimen again would begin a new line.',
        ...noteEvidence.treatmentStopped,
      ),
    );
    notes.push(
      note(
        'With anti-cancer treatment stopped, care focuses on symptoms: the radiation and surgery listed are for relieving symptoms, not for treating the cancer.',
        ...noteEvidence.localTherapyForSymptomsOnly,
      ),
    );
  }
  const lastLine = context.lines.at(-1);
  if (state === 'choosing-line' && lastLine?.endReason === 'intolerance') {
    const agents = context.intolerantOf
      .filter((e) => e.line === lastLine.number)
      .map((e) => e.agent);
    const others = lastLine.regimen.filter((a) => !agents.includes(a));
    notes.push(
      note(
        `Line ${lastLine.number} ended because ${agents.join(', ')} could not be tolerated, not because of progression${others.length > 0 ? `: ${others.join(', ')} remain${others.length === 1 ? 's' : ''} an option` : ''}. The tool's own rule: intolerance on its own does not open the options the documents give after progression.`,
        ...noteEvidence.intoleranceNotProgression,
      ),
    );
  }
  return notes;
}

function candidateNotes(facts: CourseFacts, candidates: readonly Candidate[]): Note[] {
  const notes: Note[] = [];
  const { context } = facts;
  for (const candidate of candidates) {
    if (candidate.modality !== 'radiation' || !candidate.site) continue;
    const earlier = context.localTherapies.find(
      (t) => t.modality === 'radiation' && t.site === candidate.site,
    );
    if (earlier) {
      notes.push(
        note(
          `${candidate.label}: the ${siteName(candidate.site)} site was irradiated on ${earlier.date}; radiation may not be possible again in an area already treated.`,
          ...noteEvidence.areaAlreadyIrradiated,
        ),
      );
    }
  }
  for (const candidate of candidates) {
    // "With a new partner": a regimen of one drug is not one (its caveat speaks for it).
    if (candidate.components.length < 2) continue;
    for (const component of candidate.components) {
      for (const agent of component.agents) {
        const progression = context.progressedOn.find((e) => e.agent === agent);
        if (progression) {
          notes.push(
            note(
              `${candidate.label} keeps ${agent} although the disease progressed on it in line ${progression.line}: ${continuationReading(agent)}.`,
              ...continuationSources(agent),
            ),
          );
        }
      }
    }
  }
  return notes;
}

/**
 * How strongly the documents speak for keeping a drug the disease progressed on: 003 says
 * ovarian suppression continues; for trastuzumab, 001 only lists it for later lines with new
 * partners, and the tool says that this is its reading.
 */
function continuationReading(agent: DrugName): string {
  if (agent === 'trastuzumab')
    return '001 lists trastuzumab for later lines with other chemotherapy drugs or with lapatinib, which the tool reads as continuing it with a new partner (no document says so of progression on it in as many words)';
  return 'a document says it continues when the partner drug is changed';
}

/** Why a drug progressed on may continue: trastuzumab's later lines, ovarian suppression. */
function continuationSources(agent: DrugName): SentenceRef[] {
  if (agent === 'trastuzumab') return [...noteEvidence.trastuzumabContinued];
  if (agent === 'goserelin' || agent === 'leuprolide') {
    return [...noteEvidence.ovarianSuppressionContinued];
  }
  return [];
}

export function buildNotes(
  facts: CourseFacts,
  candidates: readonly Candidate[],
  openQuestions: readonly OpenQuestion[],
  assumed: ReadonlySet<string> = new Set(),
): Note[] {
  const all = [
    ...missingFacts(facts, openQuestions, assumed),
    ...courseNotes(facts),
    ...unusedFacts(facts, candidates),
    ...candidateNotes(facts, candidates),
  ];
  const seen = new Set<string>();
  return all.filter((n) => (seen.has(n.text) ? false : (seen.add(n.text), true)));
}
