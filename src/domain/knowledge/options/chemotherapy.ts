import {
  all,
  any,
  her2Negative,
  her2Positive,
  hormoneReceptorNegative,
  hormoneReceptorPositive,
  named,
  not,
  progressedOn,
  symptomaticVisceral,
  unless,
  type Condition,
} from '../condition.ts';
import type { DrugName } from '../drugs.ts';
import type { RegimenOption } from '../option.ts';
import { d000, d001, d002, d003, d004 } from '../sentences.ts';
import {
  chemotherapySlot,
  detail,
  endocrinePartnerSlot,
  offers,
  primary,
  qualified,
  slot,
  sourced,
  whenChoosingLine,
} from './cite.ts';

/**
 * Chemotherapy without an anti-HER2 drug. HER2-positive disease gets chemotherapy inside the
 * anti-HER2 regimens, so a known HER2-positive result rules these out; a pending HER2 result
 * does not (chemotherapy does not depend on it), and is shown with the candidate.
 */

/** Agents the disease progressed on drop out of the slots: "a different drug" (003, 001). */
const notHer2Positive = unless(
  her2Positive,
  'for HER2-positive disease chemotherapy is given with an anti-HER2 drug (see the trastuzumab regimens)',
);
const hrPositiveWithSymptomaticOrgans = all(
  hormoneReceptorPositive,
  notHer2Positive,
  symptomaticVisceral,
);
const hrPositiveAfterHormoneTherapy = all(
  hormoneReceptorPositive,
  notHer2Positive,
  progressedOn({ modality: 'endocrine' }),
);
const hrNegative = all(hormoneReceptorNegative, notHer2Positive);

/** When chemotherapy is the treatment for disease that is not HER2-positive. */
export const chemotherapyIndicated: Condition = named(
  'an indication for chemotherapy (hormone-receptor-negative disease, hormone-receptor-positive disease with symptomatic spread to internal organs, or after hormone therapy stopped working)',
  'chemotherapy alone is not indicated yet: the documents give it for hormone-receptor-negative disease, for spread to internal organs that causes symptoms, or once hormone therapy stops working (chemotherapy with hormone therapy is listed separately)',
  any(hrNegative, hrPositiveWithSymptomaticOrgans, hrPositiveAfterHormoneTherapy),
);

/**
 * The tool's reading of "many metastatic sites or many cancer-related symptoms" (001): the
 * document gives no number, so these thresholds are the tool's own and are shown as such.
 */
export const manySitesThreshold = 3;
export const manySymptomaticSitesThreshold = 2;

/** 003 groups the drugs into families; two of one family are never given together. */
export const sameFamilyGroups: ReadonlyArray<readonly DrugName[]> = [
  ['doxorubicin', 'epirubicin', 'pegylated liposomal doxorubicin'],
  ['paclitaxel', 'docetaxel', 'nab-paclitaxel'],
  ['carboplatin', 'cisplatin'],
];

export const chemotherapyOptions: readonly RegimenOption[] = [
  {
    id: 'chemotherapy-single-agent',
    label: 'Single-agent chemotherapy',
    group: 'chemotherapy-single-agent',
    components: [chemotherapySlot],
    condition: chemotherapyIndicated,
    support: [
      primary(d000.chemotherapyPrimaryForHrNegative, hrNegative),
      primary(d004.chemotherapyPrimaryForTripleNegative, hrNegative),
      offers(d003.chemotherapyForHrNegative, hrNegative),
      offers(d003.chemotherapyForSymptomaticOrgans, hrPositiveWithSymptomaticOrgans),
      // "May be given first" for severe problems: an offer, not a ranking.
      offers(d004.chemotherapyFirstForSevereProblems, hrPositiveWithSymptomaticOrgans),
      offers(d001.chemotherapyIfTripleNegativeOrHormoneFails),
      // Read for HR-negative disease only: see the reading note on 000 in sources.ts.
      primary(d000.her2NegativePreferChemotherapy, all(hormoneReceptorNegative, her2Negative)),
      detail(d003.chemotherapyOftenAlone),
      detail(d003.chemotherapyUsuallySingleSometimesCombined, 'first-choice'),
      detail(d003.singleDrugFewerSideEffects),
      detail(d003.noStandardChemotherapy),
      detail(d002.chemotherapyCommonlyUsed, 'offered'),
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'Chemotherapy is the main treatment for hormone-receptor-negative disease; for hormone-receptor-positive disease it is offered when spread to internal organs causes symptoms (and may be given first for severe problems such as trouble breathing), or once hormone therapy stops working. One drug at a time is the usual form because it causes fewer side effects; there is no standard drug.',
    conflicts: ['hormone-therapy-with-symptomatic-organs'],
    expectedWhenFailing: true,
  },
  {
    id: 'chemotherapy-combination',
    label: 'Two-drug chemotherapy combination',
    group: 'chemotherapy-combination',
    components: [
      slot('chemotherapy (first drug)', chemotherapySlot.agents),
      slot('chemotherapy (second drug)', chemotherapySlot.agents),
    ],
    condition: all(
      chemotherapyIndicated,
      named(
        `many sites or symptoms (tool's threshold: ${manySitesThreshold}+ sites or ${manySymptomaticSitesThreshold}+ symptomatic sites)`,
        `fewer than ${manySitesThreshold} sites and fewer than ${manySymptomaticSitesThreshold} symptomatic sites (the tool's threshold for "many")`,
        any(
          { fact: 'siteCount', range: { atLeast: manySitesThreshold } },
          { fact: 'symptomaticSiteCount', range: { atLeast: manySymptomaticSitesThreshold } },
        ),
      ),
    ),
    support: [
      offers(d001.chemotherapySingleOrTwoDrugs),
      qualified(d003.chemotherapyUsuallySingleSometimesCombined),
      detail(d003.anthracyclinesItem),
      detail(d003.taxanesItem),
      detail(d003.platinumItem),
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'Two chemotherapy drugs together are for fast-growing or large disease, many metastatic sites or many cancer-related symptoms; otherwise one drug at a time.',
    toolRules: [
      `The tool's own threshold for "many": ${manySitesThreshold} or more metastatic sites, or ${manySymptomaticSitesThreshold} or more symptomatic sites (001 gives no number). Rapid growth and tumour size are a clinical judgement the tool does not see.`,
      'The tool never pairs two drugs of one family as 003 groups them (two anthracyclines, two taxanes, two platinum drugs).',
    ],
    notTogether: sameFamilyGroups,
    // Asked "why not two drugs?" whenever chemotherapy itself is indicated.
    expectedWhenFailing: { when: chemotherapyIndicated },
  },
  {
    id: 'chemotherapy-with-endocrine',
    label: 'Chemotherapy with hormone therapy',
    group: 'chemotherapy-with-endocrine',
    components: [chemotherapySlot, endocrinePartnerSlot],
    // Hormone-based, so like every hormone option it waits while internal organs cause symptoms
    // (003); none of its sentences speaks of that situation.
    condition: all(hormoneReceptorPositive, her2Negative, not(symptomaticVisceral)),
    support: [
      offers(d000.chemotherapyWithHormoneForHrPositive),
      offers(d001.chemotherapyAddedToHormone),
      offers(d002.chemotherapyWithHormone),
    ],
    // 003 and 004 choose hormone therapy or chemotherapy by symptoms and do not describe
    // combining them: silence, not disagreement, so no tier limit; the conflict is shown.
    offeredIn: whenChoosingLine,
    rationale:
      'For hormone-receptor-positive disease chemotherapy may be given together with hormone therapy, at the start or when the disease progresses.',
    conflicts: ['chemotherapy-with-hormone-therapy', 'hormone-therapy-with-symptomatic-organs'],
    caveats: [
      sourced(
        'No document says when combining is better than giving hormone therapy or chemotherapy alone.',
        d001.chemotherapyAddedToHormone,
      ),
    ],
    // Expected for every hormone-receptor-positive, HER2-negative patient: when symptomatic
    // organs rule it out, the exclusion (with 001's opposing view) must be shown, not dropped.
    expectedWhenFailing: { when: all(hormoneReceptorPositive, her2Negative) },
  },
];
