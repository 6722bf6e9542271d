import {
  all,
  her2Negative,
  hormoneReceptorPositive,
  not,
  postmenopausal,
  progressedOn,
  received,
  symptomaticVisceral,
} from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { agentsOfClass, aromataseInhibitorSlot, cite, slot, whenChoosingLine } from './cite.ts';

/** Targeted drugs added to (or following) hormone therapy for HR-positive, HER2-negative disease. */

const hrPositiveHer2Negative = all(hormoneReceptorPositive, her2Negative);
const endocrine = { modality: 'endocrine' } as const;
const noSelectionCriteria =
  'The documents list it for hormone-receptor-positive, HER2-negative disease but give no criteria for when to use it or with what.';

export const targetedHormoneReceptorPositiveOptions: readonly RegimenOption[] = [
  {
    id: 'aromatase-inhibitor-cdk46',
    label: 'Aromatase inhibitor + CDK4/6 inhibitor',
    group: 'aromatase-inhibitor-cdk46',
    components: [
      aromataseInhibitorSlot,
      slot('CDK4/6 inhibitor', agentsOfClass('CDK4/6 inhibitor')),
    ],
    condition: all(
      hrPositiveHer2Negative,
      postmenopausal,
      not(symptomaticVisceral),
      not(received(endocrine)),
    ),
    tier: 'preferred',
    offeredIn: whenChoosingLine,
    rationale:
      'As the first hormone-based treatment after menopause, a CDK4/6 inhibitor (palbociclib, ribociclib, abemaciclib) is combined with an aromatase inhibitor.',
    sources: [
      cite('001', 'Table 2. Targeted Therapy Options'),
      cite('000', 'ER-positive or PR-positive Cancers'),
      cite('003', 'Targeted therapy'),
    ],
    conflicts: ['chemotherapy-first-for-her2-negative', 'abemaciclib-first-line'],
    expectedWhenFailing: true,
  },
  {
    id: 'fulvestrant-abemaciclib',
    label: 'Fulvestrant + abemaciclib',
    group: 'fulvestrant-abemaciclib',
    components: [slot('SERD', ['fulvestrant']), slot('CDK4/6 inhibitor', ['abemaciclib'])],
    condition: all(hrPositiveHer2Negative, progressedOn(endocrine)),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'For hormone-receptor-positive, HER2-negative disease that progressed after hormone therapy.',
    sources: [cite('001', 'Table 2. Targeted Therapy Options')],
    expectedWhenFailing: true,
  },
  {
    id: 'abemaciclib',
    label: 'Abemaciclib alone',
    group: 'abemaciclib',
    components: [slot('CDK4/6 inhibitor', ['abemaciclib'])],
    condition: all(
      hrPositiveHer2Negative,
      progressedOn(endocrine),
      progressedOn({ modality: 'chemotherapy' }),
    ),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'As a single agent once the metastatic disease has progressed after both hormone therapy and chemotherapy.',
    sources: [cite('001', 'Table 2. Targeted Therapy Options')],
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
      hrPositiveHer2Negative,
      postmenopausal,
      received({ agents: ['letrozole', 'anastrozole'] }),
    ),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'After menopause, for disease already treated with letrozole or anastrozole: exemestane with the mTOR inhibitor everolimus.',
    sources: [cite('001', 'Table 2. Targeted Therapy Options'), cite('003', 'Targeted therapy')],
    expectedWhenFailing: true,
  },
  {
    id: 'alpelisib',
    label: 'Alpelisib',
    group: 'alpelisib',
    components: [slot('PI3K inhibitor', ['alpelisib'])],
    condition: hrPositiveHer2Negative,
    tier: 'consider',
    offeredIn: whenChoosingLine,
    rationale: noSelectionCriteria,
    sources: [cite('003', 'Targeted therapy')],
    caveat: 'No selection criteria or partner drug in the documents.',
    expectedWhenFailing: false,
  },
  {
    id: 'capivasertib',
    label: 'Capivasertib',
    group: 'capivasertib',
    components: [slot('AKT inhibitor', ['capivasertib'])],
    condition: hrPositiveHer2Negative,
    tier: 'consider',
    offeredIn: whenChoosingLine,
    rationale: noSelectionCriteria,
    sources: [cite('003', 'Targeted therapy')],
    caveat: 'No selection criteria or partner drug in the documents.',
    expectedWhenFailing: false,
  },
];
