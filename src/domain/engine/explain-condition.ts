import type { AgentSelector, Atom, Condition, CountRange } from '../knowledge/condition.ts';
import type { DrugName, Modality } from '../knowledge/drugs.ts';
import { agentMatches, receivedMatching, type CourseFacts } from './course-facts.ts';
import { matchAtom, matchCondition, symptomsRecorded } from './match-condition.ts';
import { isVisceral } from '../case/vocabulary.ts';

/**
 * Conditions in words: what an option requires (for the knowledge-base table), why it applies
 * to this patient, and why it does not.
 */

const modalityWords: Record<Modality, string> = {
  endocrine: 'hormone therapy',
  chemotherapy: 'chemotherapy',
  targeted: 'targeted therapy',
  immunotherapy: 'immunotherapy',
};

export function describeSelector(selector: AgentSelector): string {
  if ('agents' in selector) return selector.agents.join(' or ');
  if ('family' in selector) return `a ${selector.family}`;
  if ('modality' in selector) return modalityWords[selector.modality];
  const name = selector.drugClass;
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}

function describeRange(range: CountRange, noun: string, plural: string): string {
  if (range.atLeast !== undefined && range.atMost !== undefined) {
    return `${range.atLeast} to ${range.atMost} ${plural}`;
  }
  if (range.atMost !== undefined) {
    return range.atMost === 0
      ? `no ${plural}`
      : range.atMost === 1
        ? `a single ${noun}`
        : `at most ${range.atMost} ${plural}`;
  }
  if (range.atLeast !== undefined) return `${range.atLeast} or more ${plural}`;
  return plural;
}

const siteWords: Record<string, string> = {
  'lymph-node': 'lymph-node',
  'soft-tissue': 'soft-tissue',
};

/** What an atom requires, as a phrase ("HER2-positive", "progression on an aromatase inhibitor"). */
export function describeAtom(atom: Atom): string {
  switch (atom.fact) {
    case 'hormoneReceptor':
      return atom.is === 'positive'
        ? 'hormone-receptor-positive (ER or PR positive)'
        : 'hormone-receptor-negative (ER and PR negative)';
    case 'her2':
      return `HER2-${atom.is}`;
    case 'er':
    case 'pr':
      return `${atom.fact.toUpperCase()}-${atom.is}`;
    case 'brca':
      return atom.is === 'mutated' ? 'germline BRCA mutation' : 'no germline BRCA mutation';
    case 'pdl1':
      return `PD-L1-${atom.is}`;
    case 'menopause':
      return atom.is === 'post' ? 'postmenopausal' : 'premenopausal';
    case 'presentation':
      return atom.is === 'recurrent' ? 'recurrent disease' : 'metastatic at first diagnosis';
    case 'symptomaticVisceral':
      return 'symptomatic visceral disease (liver, lung, pleura or brain)';
    case 'siteCount':
      return describeRange(atom.range, 'metastatic site', 'metastatic sites');
    case 'symptomaticSiteCount':
      return describeRange(atom.range, 'symptomatic site', 'symptomatic sites');
    case 'totalLesions':
      return `${describeRange(atom.range, 'metastasis', 'metastases')} in the whole body`;
    case 'site': {
      const name = siteWords[atom.site] ?? atom.site;
      let phrase = atom.count
        ? describeRange(atom.count, `${name} metastasis`, `${name} metastases`)
        : `${name} metastases`;
      if (atom.complication)
        phrase += ` with ${atom.complication.join(' or ').replaceAll('-', ' ')}`;
      if (atom.symptomaticOr)
        phrase += ` causing symptoms or ${atom.symptomaticOr.join(' or ')} problems`;
      return phrase;
    }
    case 'received':
      return `earlier treatment with ${describeSelector(atom.agents)}`;
    case 'progressedOn':
      return `progression on ${describeSelector(atom.agents)}`;
    case 'progressedOnLastLine':
      return `progression on ${describeSelector(atom.agents)} in the most recent line`;
    case 'currentRegimen':
      return `${describeSelector(atom.agents)} in the line running now`;
    case 'intolerantOf':
      return `${describeSelector(atom.agents)} not tolerated`;
    case 'priorLines':
      return describeRange(atom.range, 'earlier metastatic line', 'earlier metastatic lines');
  }
}

function negateAtom(atom: Atom): string {
  switch (atom.fact) {
    case 'received':
      return `no earlier ${describeSelector(atom.agents).replace(/^an? /, '')}`;
    case 'progressedOn':
      return `no progression on ${describeSelector(atom.agents)}`;
    case 'symptomaticVisceral':
      return 'no symptomatic visceral disease';
    // The rest read well as "not <the requirement>"; each is listed so a new fact is a choice.
    case 'hormoneReceptor':
    case 'her2':
    case 'brca':
    case 'pdl1':
    case 'er':
    case 'pr':
    case 'menopause':
    case 'presentation':
    case 'siteCount':
    case 'symptomaticSiteCount':
    case 'totalLesions':
    case 'site':
    case 'progressedOnLastLine':
    case 'currentRegimen':
    case 'intolerantOf':
    case 'priorLines':
      return `not ${describeAtom(atom)}`;
  }
}

/** The whole condition as a requirement, for the knowledge-base table and the "why" panel. */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) {
    if (condition.all.length === 0) return 'always';
    return condition.all.map(describeCondition).join('; ');
  }
  if ('any' in condition) {
    return `any of: ${condition.any.map((c) => `(${describeCondition(c)})`).join(' or ')}`;
  }
  if ('named' in condition) return condition.named;
  if ('not' in condition) {
    const inner = condition.not;
    return 'fact' in inner ? negateAtom(inner) : `not (${describeCondition(inner)})`;
  }
  if ('unless' in condition) return `not known to be ${describeCondition(condition.unless)}`;
  return describeAtom(condition);
}

/**
 * The patient's facts that make a true condition true, as short phrases. `recorded` is the case
 * as recorded when `facts` carry assumptions (assumptions.ts): a part that holds only under an
 * assumption is said to be assumed, never stated as the patient's fact.
 */
export function explainMatch(
  condition: Condition,
  facts: CourseFacts,
  recorded: CourseFacts = facts,
): string[] {
  const isLeaf = !('all' in condition || 'any' in condition || 'named' in condition);
  if (isLeaf && facts !== recorded && matchCondition(condition, recorded) === 'unknown') {
    return explainMatch(condition, facts).map((phrase) => `${phrase} (assumed: not recorded)`);
  }
  if ('all' in condition) return condition.all.flatMap((c) => explainMatch(c, facts, recorded));
  if ('named' in condition) return explainMatch(condition.condition, facts, recorded);
  if ('any' in condition) {
    const holding = condition.any.find((c) => matchCondition(c, facts) === 'true');
    return holding ? explainMatch(holding, facts, recorded) : [];
  }
  if ('not' in condition) {
    const inner = condition.not;
    return ['fact' in inner ? negateAtom(inner) : `not (${describeCondition(inner)})`];
  }
  if ('unless' in condition) {
    // Said only when the fact is known; a pending one is listed with the candidate instead.
    const inner = condition.unless;
    if (matchCondition(inner, facts) === 'unknown') return [];
    return ['fact' in inner ? negateAtom(inner) : `not (${describeCondition(inner)})`];
  }
  if (condition.fact === 'received' || condition.fact === 'progressedOn') {
    const entries =
      condition.fact === 'received'
        ? receivedMatching(facts, condition.agents)
        : progressedMatching(facts, condition.agents);
    return [`${describeAtom(condition)} (${formatAgentLines(entries)})`];
  }
  return [describeAtom(condition)];
}

function progressedMatching(facts: CourseFacts, selector: AgentSelector) {
  return facts.context.progressedOn.filter((e) => agentMatches(e.agent, selector));
}

function formatAgentLines(entries: ReadonlyArray<{ agent: DrugName; line: number }>): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of entries) {
    const key = `${e.agent}@${e.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${e.agent}, line ${e.line}`);
  }
  return parts.join('; ');
}

function unrecordedVisceral(facts: CourseFacts): string {
  return facts.context.sites
    .filter((s) => isVisceral(s.site) && !symptomsRecorded(s))
    .map((s) => s.site)
    .join(' and ');
}

/** The patient's actual value for an atom that does not hold. */
function describeShortfall(atom: Atom, facts: CourseFacts): string {
  const { patient, sites } = facts.context;
  switch (atom.fact) {
    case 'hormoneReceptor':
      return facts.hormoneReceptor === 'unknown'
        ? 'hormone-receptor status unknown'
        : `hormone-receptor-${facts.hormoneReceptor}`;
    case 'her2':
      return patient.her2 === 'unknown' ? 'HER2 status unknown' : `HER2-${patient.her2}`;
    case 'brca':
      return patient.brca === 'unknown'
        ? 'BRCA status unknown'
        : patient.brca === 'mutated'
          ? 'germline BRCA mutation'
          : 'no germline BRCA mutation';
    case 'pdl1':
      return patient.pdl1 === 'unknown' ? 'PD-L1 status unknown' : `PD-L1-${patient.pdl1}`;
    case 'menopause':
      return patient.menopause === 'unknown'
        ? 'menopausal status unknown'
        : patient.menopause === 'pre'
          ? 'premenopausal'
          : 'postmenopausal';
    case 'site': {
      const site = sites.find((s) => s.site === atom.site);
      const name = siteWords[atom.site] ?? atom.site;
      if (!site) return `no ${name} metastases documented`;
      if (atom.count && site.count === undefined)
        return `number of ${atom.site} lesions not recorded`;
      if (atom.count && site.count !== undefined) {
        return `${site.count} ${atom.site} ${site.count === 1 ? 'lesion' : 'lesions'}`;
      }
      if (atom.complication && !atom.complication.some((c) => site.complications?.includes(c)))
        return `no ${atom.complication.join(' or ').replaceAll('-', ' ')} recorded`;
      if (atom.symptomaticOr) {
        return site.symptomatic === false
          ? `${name} metastases recorded as causing no symptoms`
          : `symptoms of the ${name} metastases not recorded`;
      }
      return `needs ${describeAtom(atom)}`;
    }
    case 'symptomaticVisceral':
      return matchAtom(atom, facts) === 'unknown'
        ? `symptoms of the ${unrecordedVisceral(facts)} metastases not recorded`
        : 'no visceral site (liver, lung, pleura, brain) recorded as causing symptoms';
    case 'totalLesions':
      return matchAtom(atom, facts) === 'unknown'
        ? 'the number of metastases is not recorded for every site'
        : `${sites.every((s) => s.count !== undefined) ? '' : 'at least '}${sites.reduce((n, s) => n + (s.count ?? 1), 0)} metastases in the whole body (the tool reads "a single metastasis" as the only one)`;
    case 'progressedOnLastLine':
      return `the most recent line did not end with progression on ${describeSelector(atom.agents)}`;
    case 'received':
      return `no ${describeSelector(atom.agents).replace(/^an? /, '')} recorded in the course`;
    case 'progressedOn':
      return `no progression on ${describeSelector(atom.agents)} recorded`;
    case 'priorLines':
      return `${facts.lines.length} earlier metastatic ${facts.lines.length === 1 ? 'line' : 'lines'}`;
    // No patient value says more than the requirement itself for these.
    case 'er':
    case 'pr':
    case 'presentation':
    case 'siteCount':
    case 'symptomaticSiteCount':
    case 'currentRegimen':
    case 'intolerantOf':
      return `needs ${describeAtom(atom)}`;
  }
}

/** A true atom that a `not` turns false: what happened. */
function describePresentFact(atom: Atom, facts: CourseFacts): string {
  if (atom.fact === 'received') {
    return `already treated with ${describeSelector(atom.agents).replace(/^an? /, '')} (${formatAgentLines(receivedMatching(facts, atom.agents))})`;
  }
  if (atom.fact === 'progressedOn') {
    const entries = progressedMatching(facts, atom.agents);
    return `progressed on ${describeSelector(atom.agents)} (${formatAgentLines(entries)})`;
  }
  if (atom.fact === 'symptomaticVisceral') {
    if (matchAtom(atom, facts) === 'unknown') {
      return `symptoms of the ${unrecordedVisceral(facts)} metastases not recorded`;
    }
    return 'an internal organ is causing symptoms (003 gives hormone therapy only when it is not)';
  }
  return describeAtom(atom);
}

/** Facts about the patient rather than the course: when one of them rules an option out, the
 * course-related shortfalls are beside the point and are not listed. */
const patientFacts = new Set<Atom['fact']>([
  'hormoneReceptor',
  'her2',
  'brca',
  'pdl1',
  'menopause',
  'presentation',
]);

interface Shortfall {
  readonly text: string;
  readonly aboutPatient: boolean;
}

function collectShortfalls(condition: Condition, facts: CourseFacts): Shortfall[] {
  const truth = matchCondition(condition, facts);
  if (truth === 'true') return [];
  if ('all' in condition) {
    // A result still unknown is said too, even when another part already rules the option out:
    // "HER2 status unknown; no trastuzumab recorded" is the whole picture. It does not count as a
    // patient fact that rules the option out.
    const pending =
      truth === 'false'
        ? condition.all
            .filter(
              (c) =>
                'fact' in c && patientFacts.has(c.fact) && matchCondition(c, facts) === 'unknown',
            )
            .flatMap((c) => collectShortfalls(c, facts))
            .map((shortfall) => ({ ...shortfall, aboutPatient: false }))
        : [];
    return [
      ...pending,
      ...condition.all
        .filter((c) => matchCondition(c, facts) === truth)
        .flatMap((c) => collectShortfalls(c, facts)),
    ];
  }
  if ('named' in condition) {
    // A patient fact that rules out every branch is the clearer reason (HER2-positive).
    const branches = 'any' in condition.condition ? condition.condition.any : [condition.condition];
    const perBranch = branches.map((b) =>
      collectShortfalls(b, facts).filter((s) => s.aboutPatient),
    );
    const common = perBranch[0]?.filter((s) =>
      perBranch.every((p) => p.some((q) => q.text === s.text)),
    );
    if (common && common.length > 0) return common;
    return [{ text: condition.unmet, aboutPatient: false }];
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => explainShortfall(c, facts).join(' and '));
    return [{ text: parts.join(', nor '), aboutPatient: false }];
  }
  if ('unless' in condition) {
    const inner = condition.unless;
    const present = 'fact' in inner ? describePresentFact(inner, facts) : describeCondition(inner);
    return [
      {
        text: condition.because ? `${present}: ${condition.because}` : present,
        aboutPatient: 'fact' in inner && patientFacts.has(inner.fact),
      },
    ];
  }
  if ('not' in condition) {
    const inner = condition.not;
    return [
      {
        text:
          'fact' in inner ? describePresentFact(inner, facts) : `not (${describeCondition(inner)})`,
        aboutPatient: 'fact' in inner && patientFacts.has(inner.fact),
      },
    ];
  }
  return [
    { text: describeShortfall(condition, facts), aboutPatient: patientFacts.has(condition.fact) },
  ];
}

/**
 * Why a condition is not true for this patient: the shortfalls behind a `false`, or the missing
 * facts behind an `unknown`. A receptor or menopausal status that rules the option out is given
 * on its own.
 */
export function explainShortfall(condition: Condition, facts: CourseFacts): string[] {
  const shortfalls = collectShortfalls(condition, facts);
  const aboutPatient = shortfalls.filter((s) => s.aboutPatient);
  return [...new Set((aboutPatient.length > 0 ? aboutPatient : shortfalls).map((s) => s.text))];
}

/** Whether a patient fact (receptor, menopausal status...) is what rules the condition out. */
export function ruledOutByPatientFact(condition: Condition, facts: CourseFacts): boolean {
  return collectShortfalls(condition, facts).some((s) => s.aboutPatient);
}
