import type { Patient } from '../case/case-schema.ts';
import type { KnowledgeBase } from '../knowledge/index.ts';
import { deriveFacts, type CourseFacts } from './course-facts.ts';
import { matchCondition } from './match-condition.ts';
import type { OpenQuestion } from './recommendation.ts';

/**
 * For each unknown biomarker, the options that some result would make applicable: the note that
 * tells the clinician which test could open which options. Found by evaluating the options under
 * each possible result, so it can never disagree with the engine.
 */

const questions: ReadonlyArray<{
  field: OpenQuestion['field'];
  values: readonly string[];
  question: string;
}> = [
  {
    field: 'er',
    values: ['positive', 'negative'],
    question: 'Oestrogen receptor (ER) status is unknown',
  },
  {
    field: 'pr',
    values: ['positive', 'negative'],
    question: 'Progesterone receptor (PR) status is unknown',
  },
  { field: 'her2', values: ['positive', 'negative'], question: 'HER2 status is unknown' },
  {
    field: 'brca',
    values: ['mutated', 'not-mutated'],
    question: 'BRCA status is unknown',
  },
  { field: 'pdl1', values: ['positive', 'negative'], question: 'PD-L1 status is unknown' },
  { field: 'menopause', values: ['pre', 'post'], question: 'Menopausal status is unknown' },
];

export function findOpenQuestions(
  facts: CourseFacts,
  knowledge: KnowledgeBase,
  candidateIds: ReadonlySet<string>,
): OpenQuestion[] {
  const { patient } = facts.context;
  // Only options whose condition is not already met: one ruled out for another reason (a drug
  // progressed on) is not opened by a test result.
  const offered = knowledge.options.filter(
    (o) =>
      o.offeredIn.includes(facts.state) &&
      !candidateIds.has(o.id) &&
      matchCondition(o.condition, facts) !== 'true',
  );
  const out: OpenQuestion[] = [];
  for (const { field, values, question } of questions) {
    if (patient[field] !== 'unknown') continue;
    const opened = new Map<string, string>();
    for (const value of values) {
      const whatIf: Patient = { ...patient, [field]: value };
      const whatIfFacts = deriveFacts(facts.state, { ...facts.context, patient: whatIf });
      for (const option of offered) {
        if (matchCondition(option.condition, whatIfFacts) === 'true')
          opened.set(option.id, option.label);
      }
    }
    out.push({
      field,
      question,
      couldOpen: [...opened].map(([id, label]) => ({ id, label })),
    });
  }
  return out;
}
