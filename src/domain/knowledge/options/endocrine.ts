import {
  all,
  her2Positive,
  hormoneReceptorPositive,
  not,
  postmenopausal,
  intolerantOf,
  premenopausal,
  priorLines,
  progressedOn,
  progressedOnLastLine,
  symptomaticVisceral,
} from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { d000, d001, d002, d003, d004 } from '../sentences.ts';
import type { TierLimit } from '../tiers.ts';
import {
  aromataseInhibitorSlot,
  detail,
  namesIt,
  offers,
  ovarianSuppressionSlot,
  primary,
  qualified,
  slot,
  sourced,
  whenChoosingLine,
} from './cite.ts';

/** Hormone (endocrine) therapy on its own, by menopausal status and what came before. */

const aiClass = { drugClass: 'aromatase inhibitor' } as const;
/**
 * 003: hormone therapy is for spread to bone and soft tissue, or to internal organs that cause
 * no symptoms; 004: with severe problems chemotherapy may come first.
 */
export const hormoneTherapySetting = all(hormoneReceptorPositive, not(symptomaticVisceral));

/** "The first course of action", "your first treatment": no earlier metastatic line. */
const firstTreatment = priorLines({ atMost: 0 });

/** 000 names trastuzumab the primary approach for HER2-positive disease. */
export const belowAntiHer2WhenHer2Positive: TierLimit = {
  to: 'alternative',
  when: her2Positive,
  why: 'For HER2-positive disease 000 names trastuzumab the primary approach, so a regimen without an anti-HER2 drug is not ranked above the anti-HER2 regimens.',
  sources: [d000.trastuzumabPrimaryForHer2Positive],
};

const aromataseInhibitorSupport = [
  primary(d000.aiOrTamoxifenUsuallyFirst, firstTreatment),
  primary(d004.hormonalUsuallyFirst, firstTreatment),
  primary(d001.hormonePrimaryForHrPositive),
  offers(d003.treatedWithAromataseInhibitor),
  detail(d002.hormoneBeneficialForHrPositive, 'offered'),
  detail(d003.hormoneForBoneAndSoftTissue, 'offered'),
  detail(d003.hormoneForOrgansWithoutSymptoms, 'offered'),
  detail(d002.tamoxifenBothAiPostmenopausal),
  detail(d001.tableAromataseInhibitors),
];

/** 003 names tamoxifen after side effects from aromatase inhibitors; another AI is not addressed. */
const afterAromataseInhibitorSideEffects = {
  ...sourced(
    'An aromatase inhibitor was not tolerated: 003 names tamoxifen when aromatase inhibitors cause severe side effects and does not say whether another aromatase inhibitor may be tried.',
    d003.tamoxifenIfAiNotPossible,
  ),
  when: intolerantOf(aiClass),
};

/** After AI side effects, 003 names tamoxifen: another AI is not ranked above it. */
export const belowTamoxifenAfterAiSideEffects: TierLimit = {
  to: 'alternative',
  when: intolerantOf(aiClass),
  why: 'An aromatase inhibitor was not tolerated: 003 names tamoxifen for that situation and says nothing of trying another aromatase inhibitor, so another one is not ranked above tamoxifen.',
  sources: [d003.tamoxifenIfAiNotPossible],
};

export const endocrineOptions: readonly RegimenOption[] = [
  {
    id: 'aromatase-inhibitor',
    label: 'Aromatase inhibitor',
    group: 'aromatase-inhibitor',
    components: [aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, postmenopausal, not(progressedOn(aiClass))),
    support: aromataseInhibitorSupport,
    tierLimits: [belowAntiHer2WhenHer2Positive, belowTamoxifenAfterAiSideEffects],
    offeredIn: whenChoosingLine,
    rationale:
      'Hormone therapy is the usual first treatment for hormone-receptor-positive disease that spreads to bone or soft tissue, or to internal organs without causing symptoms; after menopause an aromatase inhibitor can be given on its own.',
    conflicts: ['hormone-therapy-with-symptomatic-organs'],
    caveats: [afterAromataseInhibitorSideEffects],
    expectedWhenFailing: true,
  },
  {
    id: 'aromatase-inhibitor-switch',
    label: 'Switch to a different aromatase inhibitor',
    group: 'aromatase-inhibitor',
    components: [aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, postmenopausal, progressedOnLastLine(aiClass)),
    support: [
      primary(d003.switchAromataseInhibitor),
      detail(d001.otherOptionsIfGrowsOnHormone, 'offered'),
    ],
    tierLimits: [belowAntiHer2WhenHer2Positive],
    offeredIn: whenChoosingLine,
    rationale:
      'When the disease grows on an aromatase inhibitor, the next step named is a different aromatase inhibitor; the one progressed on is left out.',
    // Asked about once the disease has grown on an aromatase inhibitor in any earlier line.
    expectedWhenFailing: { when: all(postmenopausal, progressedOn(aiClass)) },
  },
  {
    id: 'ovarian-suppression-aromatase-inhibitor',
    label: 'Ovarian suppression (LHRH/GnRH agonist) + aromatase inhibitor',
    group: 'ovarian-suppression-aromatase-inhibitor',
    components: [ovarianSuppressionSlot(), aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, premenopausal, not(progressedOn(aiClass))),
    support: [
      primary(d003.premenopausalGnrhWithAi),
      primary(d000.aiOrTamoxifenUsuallyFirst, firstTreatment),
      primary(d004.hormonalUsuallyFirst, firstTreatment),
      detail(d001.tableLhrhAgonists),
    ],
    tierLimits: [belowAntiHer2WhenHer2Positive, belowTamoxifenAfterAiSideEffects],
    offeredIn: whenChoosingLine,
    rationale:
      'Before menopause an aromatase inhibitor is given together with a GnRH (LHRH) agonist that switches off the ovaries.',
    conflicts: ['hormone-therapy-with-symptomatic-organs'],
    caveats: [afterAromataseInhibitorSideEffects],
    expectedWhenFailing: true,
  },
  {
    id: 'ovarian-suppression-aromatase-inhibitor-switch',
    label: 'Ovarian suppression (continued) + a different aromatase inhibitor',
    group: 'ovarian-suppression-aromatase-inhibitor',
    // The GnRH agonist is what makes an aromatase inhibitor possible before menopause; it is
    // not what the disease progressed on, so it continues (003 gives both sentences).
    components: [ovarianSuppressionSlot(true), aromataseInhibitorSlot],
    condition: all(hormoneTherapySetting, premenopausal, progressedOnLastLine(aiClass)),
    support: [primary(d003.switchAromataseInhibitor), primary(d003.premenopausalGnrhWithAi)],
    tierLimits: [belowAntiHer2WhenHer2Positive],
    offeredIn: whenChoosingLine,
    rationale:
      'When the disease grows on an aromatase inhibitor the next step named is a different one; before menopause the GnRH agonist that suppresses the ovaries continues alongside it.',
    expectedWhenFailing: { when: all(premenopausal, progressedOn(aiClass)) },
  },
  {
    id: 'tamoxifen',
    label: 'Tamoxifen',
    group: 'tamoxifen',
    components: [slot('SERM', ['tamoxifen'])],
    condition: hormoneTherapySetting,
    support: [
      primary(d000.aiOrTamoxifenUsuallyFirst, firstTreatment),
      // 003 speaks of patients who cannot take aromatase inhibitors: cited only for them.
      offers(d003.tamoxifenIfAiNotPossible, intolerantOf(aiClass)),
      offers(d002.hormoneBeneficialForHrPositive),
      namesIt(d002.tamoxifenBothAiPostmenopausal),
      detail(d001.tableTamoxifen),
    ],
    tierLimits: [
      {
        to: 'alternative',
        conflict: 'tamoxifen-position',
        why: '003, the newest document, offers tamoxifen when aromatase inhibitors cannot be taken or cause severe side effects, not as a first choice beside them as 000 does; the tool follows 003.',
        sources: [d003.tamoxifenIfAiNotPossible],
      },
      belowAntiHer2WhenHer2Positive,
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'Tamoxifen is a hormone therapy for hormone-receptor-positive disease before or after menopause; it is the named choice when aromatase inhibitors cannot be taken or cause severe side effects.',
    conflicts: ['tamoxifen-position', 'hormone-therapy-with-symptomatic-organs'],
    expectedWhenFailing: true,
  },
  {
    id: 'toremifene',
    label: 'Toremifene',
    group: 'toremifene',
    components: [slot('SERM', ['toremifene'])],
    condition: hormoneTherapySetting,
    support: [
      offers(d002.fulvestrantToremifeneCanBeGiven),
      namesIt(d002.fulvestrantToremifeneBlock),
      detail(d001.tableTamoxifenToremifene),
    ],
    tierLimits: [belowAntiHer2WhenHer2Positive],
    offeredIn: whenChoosingLine,
    rationale:
      'A drug that blocks the hormone receptor, listed for metastatic hormone-receptor-positive disease without a line or menopausal condition.',
    expectedWhenFailing: false,
  },
  {
    id: 'fulvestrant',
    label: 'Fulvestrant',
    group: 'fulvestrant',
    components: [slot('SERD', ['fulvestrant'])],
    condition: hormoneTherapySetting,
    support: [
      offers(d002.fulvestrantToremifeneCanBeGiven),
      namesIt(d002.fulvestrantToremifeneBlock),
      detail(d001.tableFulvestrant),
    ],
    tierLimits: [belowAntiHer2WhenHer2Positive],
    offeredIn: whenChoosingLine,
    rationale:
      'An oestrogen-receptor downregulator listed for metastatic hormone-receptor-positive disease without a line or menopausal condition.',
    expectedWhenFailing: true,
  },
  {
    id: 'ovarian-removal',
    label: 'Removal of the ovaries (surgical ovarian ablation)',
    group: 'ovarian-removal',
    modality: 'surgery',
    components: [],
    condition: all(hormoneTherapySetting, premenopausal),
    // "May wish to have their ovaries removed": the patient's choice, a situational wording.
    support: [qualified(d002.ovariesRemovedBeforeMenopause)],
    tierLimits: [belowAntiHer2WhenHer2Positive],
    offeredIn: whenChoosingLine,
    rationale:
      'Before menopause, removing the ovaries stops the oestrogen they make: a way of hormone therapy for hormone-receptor-positive disease, offered as the patient’s choice.',
    expectedWhenFailing: false,
  },
];
