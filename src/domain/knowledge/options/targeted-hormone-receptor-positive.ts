import {
  all,
  her2Negative,
  hormoneReceptorPositive,
  intolerantOf,
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
      'A CDK4/6 inhibitor may be combined with the first aromatase inhibitor after menopause: 001 lists palbociclib (with letrozole) and ribociclib; 000 names abemaciclib or palbociclib "in some cases"; 003 lists all three for this subtype.',
    conflicts: ['abemaciclib-first-line', 'hormone-therapy-with-symptomatic-organs'],
    caveats: [
      {
        ...sourced(
          'An earlier line of hormone therapy ended for side effects, not progression: 001 lists these regimens as the first hormone-based therapy, and no document says whether they still count as first after such a line.',
          d001.palbociclibRow,
          d001.ribociclibRow,
        ),
        when: received(endocrine),
      },
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
      'Before menopause an aromatase inhibitor is given with a GnRH agonist (003). 000 names a CDK4/6 inhibitor with hormone therapy and 003 lists them for this subtype, neither with a menopausal condition; 001 lists palbociclib and ribociclib for postmenopausal women. No document describes the three drugs together: the regimen is the tool’s combination of these sentences.',
    conflicts: ['cdk46-menopause', 'abemaciclib-first-line'],
    expectedWhenFailing: { when: all(hormoneReceptorPositive, her2Negative, premenopausal) },
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
    caveats: [
      {
        ...sourced(
          'The disease progressed on a CDK4/6 inhibitor: 001 gives fulvestrant + abemaciclib after hormone therapy but does not say whether it applies after progression on another CDK4/6 inhibitor.',
          d001.abemaciclibRow,
        ),
        when: progressedOn({ drugClass: 'CDK4/6 inhibitor' }),
      },
    ],
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
    caveats: [
      {
        ...sourced(
          'An aromatase inhibitor was not tolerated and exemestane is one: 003 names tamoxifen when aromatase inhibitors cause severe side effects. 001 asks only that letrozole or anastrozole were given before, not that the disease grew on them.',
          d003.tamoxifenIfAiNotPossible,
          d001.everolimusRow,
        ),
        when: intolerantOf({ drugClass: 'aromatase inhibitor' }),
      },
    ],
    rationale:
      'After menopause, for disease already treated with letrozole or anastrozole: exemestane with the mTOR inhibitor everolimus.',
    expectedWhenFailing: true,
  },
];
