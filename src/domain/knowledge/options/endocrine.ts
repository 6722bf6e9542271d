import {
  all,
  hormoneReceptorPositive,
  intolerantOf,
  not,
  postmenopausal,
  premenopausal,
  progressedOn,
  symptomaticVisceral,
} from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import {
  agentsOfClass,
  aromataseInhibitorSlot,
  cite,
  ovarianSuppressionSlot,
  slot,
  whenChoosingLine,
} from './cite.ts';

/** Hormone (endocrine) therapy on its own, by menopausal status and what came before. */

const aiClass = { drugClass: 'aromatase inhibitor' } as const;
/** 003 and 004: hormone therapy is for bone/soft-tissue or symptom-free visceral disease. */
const hormoneTherapySetting = all(hormoneReceptorPositive, not(symptomaticVisceral));

export const endocrineOptions: readonly RegimenOption[] = [
  {
    id: 'aromatase-inhibitor',
    label: 'Aromatase inhibitor',
    group: 'aromatase-inhibitor',
    components: [aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, postmenopausal, not(progressedOn(aiClass))),
    tier: 'alternative',
    preferredWhen: { fact: 'her2', is: 'negative' },
    offeredIn: whenChoosingLine,
    rationale:
      'Hormone therapy is the usual first treatment for hormone-receptor-positive disease without symptomatic visceral spread; after menopause an aromatase inhibitor is given on its own. Preferred when HER2-negative; for HER2-positive disease the anti-HER2 regimens come first.',
    sources: [
      cite('000', 'ER-positive or PR-positive Cancers'),
      cite('003', 'Hormone therapy'),
      cite('004', 'Hormonal therapy'),
      cite('002', 'Hormone therapy'),
      cite('001', 'Hormone Therapy'),
    ],
    conflicts: ['chemotherapy-first-for-her2-negative'],
    expectedWhenFailing: true,
  },
  {
    id: 'aromatase-inhibitor-switch',
    label: 'Switch to a different aromatase inhibitor',
    group: 'aromatase-inhibitor',
    components: [aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, postmenopausal, progressedOn(aiClass)),
    tier: 'preferred',
    offeredIn: whenChoosingLine,
    rationale:
      'After progression on an aromatase inhibitor the next step named is a different aromatase inhibitor; the one progressed on is left out.',
    sources: [cite('003', 'Hormone therapy')],
    expectedWhenFailing: false,
  },
  {
    id: 'ovarian-suppression-aromatase-inhibitor',
    label: 'Ovarian suppression (LHRH/GnRH agonist) + aromatase inhibitor',
    group: 'ovarian-suppression-aromatase-inhibitor',
    components: [ovarianSuppressionSlot, aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, premenopausal, not(progressedOn(aiClass))),
    tier: 'preferred',
    offeredIn: whenChoosingLine,
    rationale:
      'Before menopause an aromatase inhibitor is given together with a GnRH (LHRH) agonist that switches off the ovaries.',
    sources: [
      cite('003', 'Hormone therapy'),
      cite('001', 'Table 1. Common Hormone Therapy Options'),
    ],
    expectedWhenFailing: true,
  },
  {
    id: 'ovarian-suppression-aromatase-inhibitor-switch',
    label: 'Ovarian suppression + a different aromatase inhibitor',
    group: 'ovarian-suppression-aromatase-inhibitor',
    components: [ovarianSuppressionSlot, aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, premenopausal, progressedOn(aiClass)),
    tier: 'preferred',
    offeredIn: whenChoosingLine,
    rationale:
      'Progression on an aromatase inhibitor leads to a switch to a different one; before menopause ovarian suppression continues alongside it.',
    sources: [cite('003', 'Hormone therapy')],
    expectedWhenFailing: false,
  },
  {
    id: 'tamoxifen',
    label: 'Tamoxifen',
    group: 'tamoxifen',
    components: [slot('SERM', ['tamoxifen'])],
    condition: hormoneTherapySetting,
    tier: 'alternative',
    preferredWhen: intolerantOf(aiClass),
    offeredIn: whenChoosingLine,
    rationale:
      'Tamoxifen is a hormone therapy for hormone-receptor-positive disease before or after menopause; it is the named choice when aromatase inhibitors cannot be taken or cause severe side effects.',
    sources: [
      cite('003', 'Hormone therapy'),
      cite('000', 'ER-positive or PR-positive Cancers'),
      cite('002', 'Hormone therapy'),
      cite('001', 'Table 1. Common Hormone Therapy Options'),
    ],
    conflicts: ['tamoxifen-position'],
    expectedWhenFailing: true,
  },
  {
    id: 'toremifene',
    label: 'Toremifene',
    group: 'toremifene',
    components: [slot('SERM', ['toremifene'])],
    condition: hormoneTherapySetting,
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'A hormone-receptor blocker listed for metastatic hormone-receptor-positive disease.',
    sources: [
      cite('002', 'Hormone therapy'),
      cite('001', 'Table 1. Common Hormone Therapy Options'),
    ],
    expectedWhenFailing: false,
  },
  {
    id: 'fulvestrant',
    label: 'Fulvestrant',
    group: 'fulvestrant',
    components: [slot('SERD', ['fulvestrant'])],
    condition: hormoneTherapySetting,
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'An oestrogen-receptor downregulator listed for metastatic hormone-receptor-positive disease.',
    sources: [
      cite('002', 'Hormone therapy'),
      cite('001', 'Table 1. Common Hormone Therapy Options'),
    ],
    expectedWhenFailing: true,
  },
  {
    id: 'ovarian-removal',
    label: 'Removal of the ovaries (surgical ovarian ablation)',
    group: 'ovarian-removal',
    modality: 'surgery',
    components: [],
    condition: all(hormoneTherapySetting, premenopausal),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'Before menopause, removing the ovaries stops the oestrogen they make; offered as a way of hormone therapy for hormone-receptor-positive disease.',
    sources: [cite('002', 'Hormone therapy')],
    expectedWhenFailing: false,
  },
  {
    id: 'other-hormone-therapy',
    label: 'Other hormone therapy (progestin, androgen or oestrogen)',
    group: 'other-hormone-therapy',
    components: [slot('other hormone therapy', agentsOfClass('other hormone therapy'))],
    condition: hormoneTherapySetting,
    tier: 'consider',
    offeredIn: whenChoosingLine,
    rationale:
      'Listed among common hormone therapy options for hormone-receptor-positive disease; the documents give no criteria for when to choose them.',
    sources: [cite('001', 'Table 1. Common Hormone Therapy Options')],
    caveat: 'The documents list these without selection criteria.',
    expectedWhenFailing: false,
  },
];
