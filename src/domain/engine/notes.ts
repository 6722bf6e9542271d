import { isVisceral } from '../case/vocabulary.ts';
import { runningLine } from '../machine/context-updates.ts';
import type { CourseFacts } from './course-facts.ts';
import type { Candidate, OpenQuestion } from './recommendation.ts';

/**
 * Free-text notes for the clinician: what the case is missing, what the tool assumed, and
 * limits of the documents that matter for this patient. Each says where it comes from.
 */
export function buildNotes(
  facts: CourseFacts,
  candidates: readonly Candidate[],
  openQuestions: readonly OpenQuestion[],
): string[] {
  const notes: string[] = [];
  const { context, state } = facts;
  const { patient } = context;

  if (state === 'intake') {
    const missing: string[] = [];
    if (context.sites.length === 0) missing.push('no metastatic site is documented');
    if ([patient.er, patient.pr, patient.her2].every((s) => s === 'unknown')) {
      missing.push('ER, PR and HER2 are all unknown');
    }
    notes.push(
      `Not enough facts to choose a systemic treatment: ${missing.join(' and ')}. Only local and supportive options are shown.`,
    );
  }
  const unknownReceptors = (['er', 'pr', 'her2'] as const).filter((f) => patient[f] === 'unknown');
  if (unknownReceptors.length > 0) {
    notes.push(
      `${unknownReceptors.map((f) => f.toUpperCase()).join(', ')} unknown: testing ER, PR and HER2 is essential for choosing treatment; only what the known results support is shown (001, Treatment Strategies).`,
    );
  }
  for (const q of openQuestions) {
    if (q.couldOpen.length === 0) continue;
    notes.push(`${q.question}: a result could open ${q.couldOpen.map((o) => o.label).join(', ')}.`);
  }

  for (const site of context.sites) {
    if (isVisceral(site.site) && site.symptomatic === undefined && !site.complications?.length) {
      notes.push(
        `Symptoms at the ${site.site} site are not recorded and are treated as absent; symptomatic visceral disease would put chemotherapy first for hormone-receptor-positive disease (003, Chemotherapy).`,
      );
    }
    if (site.site === 'brain' && site.count === undefined) {
      notes.push(
        'The number of brain metastases is not recorded: it decides between stereotactic and whole-brain radiation (001, Radiation Therapy).',
      );
    }
  }

  if (patient.presentation === 'recurrent') {
    notes.push(
      'Recurrent disease: treatment given before the metastatic diagnosis is not in the case log; check it before relying on "no earlier treatment" criteria.',
    );
  }

  const line = runningLine(context);
  if (state === 'on-line' && line) {
    notes.push(
      `Line ${line.number} (${line.regimen.join(' + ')}) is running: systemic alternatives are listed when it ends with progression or intolerance.`,
    );
  }
  if (state === 'on-break' && line) {
    notes.push(`Line ${line.number} is on a planned break; a progression or intolerance ends it.`);
  }
  if (state === 'supportive-care') {
    notes.push(
      'Anti-cancer treatment has been stopped; starting a regimen again would begin a new line.',
    );
  }

  const lastLine = context.lines.at(-1);
  if (state === 'choosing-line' && lastLine?.endReason === 'intolerance') {
    const agents = context.intolerantOf
      .filter((e) => e.line === lastLine.number)
      .map((e) => e.agent);
    notes.push(
      `Line ${lastLine.number} ended because ${agents.join(', ')} could not be tolerated, not because of progression: the other drugs remain options, and intolerance on its own does not open the options reserved for progression.`,
    );
  }

  for (const candidate of candidates) {
    if (candidate.modality !== 'radiation' || !candidate.site) continue;
    const earlier = context.localTherapies.find(
      (t) => t.modality === 'radiation' && t.site === candidate.site,
    );
    if (earlier) {
      notes.push(
        `${candidate.label}: the ${candidate.site} was irradiated on ${earlier.date}; radiation may not be possible again in an area already treated (003, Radiation therapy).`,
      );
    }
  }

  for (const candidate of candidates) {
    for (const component of candidate.components) {
      for (const agent of component.agents) {
        const progression = context.progressedOn.find((e) => e.agent === agent);
        if (progression) {
          notes.push(
            `${candidate.label} keeps ${agent} although the disease progressed on it in line ${progression.line}: a document supports continuing it with a new partner (001, Table 2. Targeted Therapy Options).`,
          );
        }
      }
    }
  }
  return [...new Set(notes)];
}
