import {
  all,
  her2Negative,
  hormoneReceptorPositive,
  not,
  postmenopausal,
  premenopausal,
  progressedOn,
  received,
  symptomaticVisceral,
} from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { d000, d001, d003 } from '../sentences.ts';
import {
  agentsOfClass,
  aromataseInhibitorSlot,
  detail,
  offers,
  ovarianSuppressionSlot,
  qualified,
  slot,
  sourced,
  whenChoosingLine,
} from './cite.ts';

/**
 * Targeted drugs added to (or following) hormone therapy for HR-positive, HER2-negative disease.
 * Like hormone therapy alone, they are for disease without symptomatic spread to internal
 * organs (003). Drugs the documents only list (alpelisib, capivasertib) are in named-only.ts.
 */

const endocrine = { modality: 'endocrine' } as const;
const hormoneSetting = all(hormoneReceptorPositive, her2Negative, not(symptomaticVisceral));
const cdk46Slot = slot('CDK4/6 inhibitor', agentsOfClass('CDK4/6 inhibitor'));

export const targetedHormoneReceptorPositiveOptions: readonly RegimenOption[] = [
  {
    id: 'aromatase-inhibitor-cdk46',
    label: 'Aromatase inhibitor + CDK4/6 inhibitor',
    group: 'aromatase-inhibitor-cdk46',
    components: [aromataseInhibitorSlot, cdk46Slot],
    // "A first hormone-based therapy": hormone therapy has not failed yet. A line stopped for
    // side effects of one drug is not a failure of hormone therapy.
    condition: all(hormoneSetting, postmenopausal, not(progressedOn(endocrine))),
    support: [
      // "As a first hormone-based therapy", "as first-line ... therapy": the line it is for,
      // not a ranking above other options.
      offers(d001.palbociclibRow),
      offers(d001.ribociclibRow),
      qualified(d000.sometimesWithCdk46),
      offers(d003.her2NegativeHrPositiveList),
      detail(d001.otherTargetedWithHormone, 'situational'),
      detail(d003.targetedWithChemotherapyOrHormone, 'offered'),
      detail(d003.ribociclibItem),
      detail(d003.abemaciclibItem),
      detail(d003.palbociclibItem),
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'As the first hormone-based treatment after menopause, a CDK4/6 inhibitor (palbociclib, ribociclib, abemaciclib) is combined with an aromatase inhibitor.',
    conflicts: [
      'chemotherapy-first-for-her2-negative',
      'abemaciclib-first-line',
      'hormone-therapy-with-symptomatic-organs',
    ],
    caveats: [
      {
        ...sourced(
          '001 lists palbociclib with letrozole for ER-positive disease; here only the progesterone receptor is positive (003 lists palbociclib for hormone-receptor-positive disease).',
          d001.palbociclibRow,
          d003.her2NegativeHrPositiveList,
        ),
        when: all({ fact: 'er', is: 'negative' }, { fact: 'pr', is: 'positive' }),
      },
    ],
    expectedWhenFailing: true,
  },
  {
    id: 'ovarian-suppression-aromatase-inhibitor-cdk46',
    label: 'Ovarian suppression + aromatase inhibitor + CDK4/6 inhibitor',
    group: 'aromatase-inhibitor-cdk46',
    components: [ovarianSuppressionSlot(), aromataseInhibitorSlot, cdk46Slot],
    condition: all(hormoneSetting, premenopausal, not(progressedOn(endocrine))),
    support: [
      offers(d003.her2NegativeHrPositiveList),
      qualified(d000.sometimesWithCdk46),
      detail(d003.premenopausalGnrhWithAi, 'first-choice'),
      detail(d003.ribociclibItem),
      detail(d003.abemaciclibItem),
      detail(d003.palbociclibItem),
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'Before menopause, the aromatase inhibitor is given with a GnRH agonist; 003 and 000 add a CDK4/6 inhibitor to hormone therapy without a menopausal condition, while 001 lists palbociclib and ribociclib for postmenopausal women.',
    conflicts: ['cdk46-menopause', 'abemaciclib-first-line'],
    expectedWhenFailing: false,
  },
  {
    id: 'fulvestrant-abemaciclib',
    label: 'Fulvestrant + abemaciclib',
    group: 'fulvestrant-abemaciclib',
    components: [slot('SERD', ['fulvestrant']), slot('CDK4/6 inhibitor', ['abemaciclib'])],
    condition: all(hormoneSetting, progressedOn(endocrine)),
    support: [
      offers(d001.abemaciclibRow),
      detail(d001.otherOptionsIfGrowsOnHormone, 'offered'),
      detail(d001.otherTargetedWithHormone, 'situational'),
    ],
    offeredIn: whenChoosingLine,
    conflicts: ['hormone-therapy-with-symptomatic-organs'],
    rationale:
      'For hormone-receptor-positive, HER2-negative disease that progressed after hormone therapy.',
    expectedWhenFailing: true,
  },
  {
    id: 'abemaciclib',
    label: 'Abemaciclib alone',
    group: 'abemaciclib',
    components: [slot('CDK4/6 inhibitor', ['abemaciclib'])],
    condition: all(
      hormoneReceptorPositive,
      her2Negative,
      progressedOn(endocrine),
      progressedOn({ modality: 'chemotherapy' }),
    ),
    support: [offers(d001.abemaciclibRow)],
    offeredIn: whenChoosingLine,
    rationale:
      'As a single drug once the metastatic disease has progressed after both hormone therapy and chemotherapy.',
    expectedWhenFailing: true,
  },
  {
    id: 'exemestane-everolimus',
    label: 'Exemestane + everolimus',
    group: 'exemestane-everolimus',
    components: [
      slot('aromatase inhibitor', ['exemestane']),
      slot('mTOR inhibitor', ['everolimus']),
    ],
    condition: all(
      hormoneSetting,
      postmenopausal,
      received({ agents: ['letrozole', 'anastrozole'] }),
    ),
    support: [
      offers(d001.everolimusRow),
      detail(d001.otherTargetedWithHormone, 'situational'),
      detail(d003.everolimusItem),
      detail(d003.exemestaneItem),
    ],
    offeredIn: whenChoosingLine,
    conflicts: ['hormone-therapy-with-symptomatic-organs'],
    rationale:
      'After menopause, for disease already treated with letrozole or anastrozole: exemestane with the mTOR inhibitor everolimus.',
    expectedWhenFailing: true,
  },
];
