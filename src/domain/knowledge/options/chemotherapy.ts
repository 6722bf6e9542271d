import {
  all,
  any,
  her2Negative,
  named,
  hormoneReceptorPositive,
  progressedOn,
  symptomaticVisceral,
  tripleNegative,
  type Condition,
} from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { chemotherapySlot, cite, endocrinePartnerSlot, slot, whenChoosingLine } from './cite.ts';

/**
 * Chemotherapy without an anti-HER2 drug (HER2-positive disease gets chemotherapy inside the
 * anti-HER2 regimens). Agents the disease progressed on drop out of the slots, which is the
 * documents' "a different drug on progression".
 */

/** When chemotherapy is the treatment for HER2-negative disease. */
export const chemotherapyIndicated: Condition = named(
  'an indication for chemotherapy (triple-negative disease, hormone-receptor-positive disease with symptomatic visceral spread, or after hormone therapy stopped working)',
  'no indication for chemotherapy yet: not triple-negative, no symptomatic visceral disease, no progression on hormone therapy',
  any(
    // Hormone-receptor-negative: hormone therapy cannot work (000, 003, 004).
    tripleNegative,
    // HR-positive with symptomatic spread to internal organs: chemotherapy works faster (003, 004).
    all(hormoneReceptorPositive, her2Negative, symptomaticVisceral),
    // HR-positive once hormone therapy has stopped working (001).
    all(hormoneReceptorPositive, her2Negative, progressedOn({ modality: 'endocrine' })),
  ),
);

const chemotherapyFirst = any(tripleNegative, symptomaticVisceral);

/**
 * The tool's reading of "many metastatic sites or many cancer-related symptoms" (001): the
 * document gives no number, so these thresholds are the tool's own and are shown as such.
 */
export const manySitesThreshold = 3;
export const manySymptomaticSitesThreshold = 2;

export const chemotherapyOptions: readonly RegimenOption[] = [
  {
    id: 'chemotherapy-single-agent',
    label: 'Single-agent chemotherapy',
    group: 'chemotherapy-single-agent',
    components: [chemotherapySlot],
    condition: chemotherapyIndicated,
    tier: 'alternative',
    preferredWhen: chemotherapyFirst,
    offeredIn: whenChoosingLine,
    rationale:
      'Chemotherapy is the main treatment for hormone-receptor-negative disease and comes first for hormone-receptor-positive disease causing symptoms in internal organs; it is also an option once hormone therapy stops working. One drug at a time is the default because it causes fewer side effects; there is no standard drug.',
    sources: [
      cite('003', 'Chemotherapy'),
      cite('004', 'Chemotherapy'),
      cite('000', 'ER-negative or PR-negative Cancers'),
      cite('001', 'Common chemotherapy options'),
    ],
    conflicts: ['chemotherapy-first-for-her2-negative'],
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
        `many sites or symptoms (${manySitesThreshold}+ sites or ${manySymptomaticSitesThreshold}+ symptomatic sites)`,
        `fewer than ${manySitesThreshold} sites and fewer than ${manySymptomaticSitesThreshold} symptomatic sites`,
        any(
          { fact: 'siteCount', range: { atLeast: manySitesThreshold } },
          { fact: 'symptomaticSiteCount', range: { atLeast: manySymptomaticSitesThreshold } },
        ),
      ),
    ),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale: `Two chemotherapy drugs together are reserved for fast-growing or large disease, many metastatic sites or many symptoms (this tool counts ${manySitesThreshold} or more sites, or ${manySymptomaticSitesThreshold} or more symptomatic sites; rapid growth is a clinical judgement it does not see).`,
    sources: [cite('001', 'Common chemotherapy options'), cite('003', 'Chemotherapy')],
    expectedWhenFailing: false,
  },
  {
    id: 'chemotherapy-with-endocrine',
    label: 'Chemotherapy with hormone therapy',
    group: 'chemotherapy-with-endocrine',
    components: [chemotherapySlot, endocrinePartnerSlot],
    condition: all(hormoneReceptorPositive, her2Negative),
    tier: 'consider',
    offeredIn: whenChoosingLine,
    rationale:
      'For hormone-receptor-positive disease chemotherapy may be given together with hormone therapy, at the start or when the disease progresses; no document says when this is preferred.',
    sources: [
      cite('000', 'Systemic Therapies as Advanced Breast Cancer Treatment'),
      cite('001', 'Hormone Therapy'),
      cite('002', 'Chemotherapy'),
    ],
    expectedWhenFailing: false,
  },
];
