import {
  all,
  her2Positive,
  hormoneReceptorPositive,
  not,
  priorLines,
  progressedOn,
  received,
  symptomaticVisceral,
} from '../condition.ts';
import type { DrugName } from '../drugs.ts';
import type { RegimenOption } from '../option.ts';
import type { TierLimit } from '../tiers.ts';
import { d000, d001, d002, d003 } from '../sentences.ts';
import {
  agentsOfClass,
  detail,
  endocrinePartnerSlot,
  offers,
  primary,
  slot,
  sourced,
  trastuzumabSlot,
  whenChoosingLine,
} from './cite.ts';

/**
 * Regimens built on anti-HER2 drugs, for HER2-positive disease only. Drugs the documents only
 * list for HER2-positive disease (trastuzumab deruxtecan, tucatinib, neratinib, margetuximab)
 * are in named-only.ts, not here.
 */

const antiHer2 = { drugClass: 'anti-HER2' } as const;
const chemotherapy = { modality: 'chemotherapy' } as const;
const lapatinibSlot = slot('anti-HER2', ['lapatinib']);
const afterTrastuzumab = received({ agents: ['trastuzumab'] });
const afterTdm1 = received({ agents: ['trastuzumab emtansine'] });
/**
 * 000's "primary approach ... trastuzumab" is read as the first anti-HER2 treatment: later lines
 * are described by 001's rows ("for later lines", "previously treated with"), which offer.
 */
const beforeAnyAntiHer2 = not(received(antiHer2));
const anthracyclines: readonly DrugName[] = [
  'doxorubicin',
  'epirubicin',
  'pegylated liposomal doxorubicin',
];

/** The chemotherapy partner of trastuzumab: every drug listed except the anthracyclines. */
const trastuzumabPartnerSlot = slot(
  'chemotherapy',
  agentsOfClass('chemotherapy').filter((a) => !anthracyclines.includes(a)),
);
const noAnthracyclineWithTrastuzumab =
  'The tool’s own rule: trastuzumab is not paired with an anthracycline (doxorubicin, epirubicin, pegylated liposomal doxorubicin); the documents name no such pairing.';

const usuallyAfterTdm1 = sourced(
  '001 gives lapatinib as typically following both trastuzumab-based treatment and T-DM1; T-DM1 has not been given yet, so check whether it should come first.',
  d001.lapatinibRow,
);
const beforeTdm1Limit: TierLimit = {
  to: 'consider',
  why: '001 places lapatinib typically after T-DM1, which has not been given.',
  sources: [d001.lapatinibRow],
};
const her2ListedDrugs = [detail(d003.her2PositiveHrPositiveList, 'offered')];

/**
 * In display order: within a tier, the order 001 gives (the first anti-HER2 regimens, then T-DM1,
 * then lapatinib), with the pairings fewer documents describe after them.
 */
export const antiHer2Options: readonly RegimenOption[] = [
  {
    id: 'pertuzumab-trastuzumab-docetaxel',
    label: 'Pertuzumab + trastuzumab + docetaxel',
    group: 'pertuzumab-trastuzumab-docetaxel',
    components: [
      slot('anti-HER2', ['pertuzumab']),
      trastuzumabSlot(),
      slot('chemotherapy (taxane)', ['docetaxel']),
    ],
    condition: all(her2Positive, not(received(antiHer2)), not(received(chemotherapy))),
    support: [
      offers(d001.pertuzumabRow),
      primary(d000.trastuzumabPrimaryForHer2Positive, beforeAnyAntiHer2),
      offers(d001.antiHer2UsuallyWithChemotherapy),
      offers(d001.chemotherapyWithAntiHer2),
      detail(d003.pertuzumabItem),
      detail(d003.phesgoItem),
      ...her2ListedDrugs,
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'For HER2-positive metastatic disease not yet treated with an anti-HER2 drug or chemotherapy: the anti-HER2 drugs are usually combined with chemotherapy.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    caveats: [
      sourced(
        'Treatment given before the metastatic diagnosis is not in the case log; check it before relying on "not yet treated".',
        d001.pertuzumabRow,
      ),
    ],
    expectedWhenFailing: true,
  },
  {
    id: 'trastuzumab-paclitaxel',
    label: 'Trastuzumab + paclitaxel',
    group: 'trastuzumab-paclitaxel',
    components: [trastuzumabSlot(), slot('chemotherapy (taxane)', ['paclitaxel'])],
    condition: all(her2Positive, priorLines({ atMost: 0 })),
    support: [
      offers(d001.trastuzumabRow),
      primary(d000.trastuzumabPrimaryForHer2Positive, beforeAnyAntiHer2),
      offers(d000.trastuzumabWithChemotherapyOrHormone),
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'Trastuzumab with paclitaxel is named as a first-line treatment for HER2-positive metastatic disease.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: false,
  },
  {
    id: 'trastuzumab-chemotherapy',
    label: 'Trastuzumab + chemotherapy',
    group: 'trastuzumab-chemotherapy',
    components: [trastuzumabSlot(true), trastuzumabPartnerSlot],
    condition: her2Positive,
    support: [
      primary(d000.trastuzumabPrimaryForHer2Positive, beforeAnyAntiHer2),
      offers(d000.trastuzumabWithChemotherapyOrHormone),
      offers(d001.antiHer2UsuallyWithChemotherapy),
      offers(d001.chemotherapyWithAntiHer2),
      offers(d001.trastuzumabRow),
      detail(d003.targetedAddedToChemotherapy, 'situational'),
      detail(d003.targetedWithChemotherapyOrHormone, 'offered'),
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'Trastuzumab is the primary approach for HER2-positive disease and is usually given with chemotherapy; 001 also lists it with other chemotherapy drugs for later lines, which the tool reads as continuing it with a new partner after progression; no document says that in as many words.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    toolRules: [noAnthracyclineWithTrastuzumab],
    expectedWhenFailing: true,
  },
  {
    id: 'trastuzumab-emtansine',
    label: 'Trastuzumab emtansine (T-DM1)',
    group: 'trastuzumab-emtansine',
    components: [slot('anti-HER2 (antibody-drug conjugate)', ['trastuzumab emtansine'])],
    condition: all(her2Positive, afterTrastuzumab, received({ family: 'taxane' })),
    support: [
      offers(d001.tdm1Row),
      detail(d003.tdm1Item),
      detail(d002.otherHer2TargetedDrugs, 'offered'),
      ...her2ListedDrugs,
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'For HER2-positive disease already treated with trastuzumab and a taxane, together or separately.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: true,
  },
  {
    id: 'lapatinib-capecitabine',
    label: 'Lapatinib + capecitabine',
    group: 'lapatinib-capecitabine',
    components: [lapatinibSlot, slot('chemotherapy', ['capecitabine'])],
    condition: all(her2Positive, afterTrastuzumab, afterTdm1),
    support: [offers(d001.lapatinibRow), detail(d003.lapatinibItem), ...her2ListedDrugs],
    offeredIn: whenChoosingLine,
    rationale: 'After trastuzumab-based treatment and trastuzumab emtansine (T-DM1).',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: true,
  },
  {
    id: 'lapatinib-capecitabine-before-tdm1',
    label: 'Lapatinib + capecitabine (T-DM1 not yet given)',
    group: 'lapatinib-capecitabine',
    components: [lapatinibSlot, slot('chemotherapy', ['capecitabine'])],
    condition: all(her2Positive, afterTrastuzumab, not(afterTdm1)),
    support: [offers(d001.lapatinibRow), detail(d003.lapatinibItem), ...her2ListedDrugs],
    tierLimits: [beforeTdm1Limit],
    offeredIn: whenChoosingLine,
    rationale:
      'After trastuzumab-based treatment. The usual place of lapatinib is after T-DM1 as well, but the documents do not rule out giving it earlier.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    caveats: [usuallyAfterTdm1],
    expectedWhenFailing: false,
  },
  {
    id: 'lapatinib-trastuzumab',
    label: 'Lapatinib + trastuzumab',
    group: 'lapatinib-trastuzumab',
    components: [lapatinibSlot, trastuzumabSlot(true)],
    condition: all(her2Positive, afterTrastuzumab, afterTdm1),
    support: [offers(d001.lapatinibRow), offers(d001.trastuzumabRow)],
    offeredIn: whenChoosingLine,
    rationale:
      'After trastuzumab-based treatment and trastuzumab emtansine (T-DM1); trastuzumab continues with lapatinib in later lines.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: false,
  },
  {
    id: 'lapatinib-trastuzumab-before-tdm1',
    label: 'Lapatinib + trastuzumab (T-DM1 not yet given)',
    group: 'lapatinib-trastuzumab',
    components: [lapatinibSlot, trastuzumabSlot(true)],
    condition: all(her2Positive, afterTrastuzumab, not(afterTdm1)),
    support: [offers(d001.lapatinibRow), offers(d001.trastuzumabRow)],
    tierLimits: [beforeTdm1Limit],
    offeredIn: whenChoosingLine,
    rationale:
      'In a later line after trastuzumab-based treatment, trastuzumab can continue with lapatinib. The usual place of lapatinib is after T-DM1 as well, but the documents do not rule out giving it earlier.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    caveats: [usuallyAfterTdm1],
    expectedWhenFailing: false,
  },
  {
    id: 'trastuzumab-endocrine',
    label: 'Trastuzumab + hormone therapy',
    group: 'trastuzumab-endocrine',
    components: [trastuzumabSlot(), endocrinePartnerSlot],
    // Hormone therapy, with or without trastuzumab, is for disease without symptomatic spread
    // to internal organs (003).
    condition: all(her2Positive, hormoneReceptorPositive, not(symptomaticVisceral)),
    support: [
      primary(d000.trastuzumabPrimaryForHer2Positive, beforeAnyAntiHer2),
      offers(d000.trastuzumabWithChemotherapyOrHormone),
      detail(d003.targetedWithChemotherapyOrHormone, 'offered'),
      detail(d003.hormoneForOrgansWithoutSymptoms, 'offered'),
    ],
    tierLimits: [
      {
        to: 'alternative',
        conflict: 'trastuzumab-partners',
        why: 'Only 000 names hormone therapy as a partner of trastuzumab; 001 lists chemotherapy and lapatinib as its partners, so the tool does not rank this pairing first.',
        sources: [d001.trastuzumabRow],
      },
    ],
    offeredIn: whenChoosingLine,
    rationale:
      'For disease that is both HER2-positive and hormone-receptor-positive, trastuzumab can be given with hormone therapy when internal organs are not causing symptoms.',
    conflicts: ['trastuzumab-partners'],
    expectedWhenFailing: { when: all(her2Positive, hormoneReceptorPositive) },
  },
  {
    id: 'trastuzumab-single-agent',
    label: 'Trastuzumab alone',
    group: 'trastuzumab-single-agent',
    // 001 gives trastuzumab alone after chemotherapy without excluding those whose disease
    // grew on a trastuzumab regimen, so it continues; the caveat says the document is silent.
    components: [trastuzumabSlot(true)],
    condition: all(her2Positive, received(chemotherapy)),
    support: [offers(d001.trastuzumabRow)],
    caveats: [
      {
        ...sourced(
          'The disease progressed on trastuzumab: 001 gives trastuzumab alone after chemotherapy but does not say whether that holds after progression on trastuzumab itself.',
          d001.trastuzumabRow,
        ),
        when: progressedOn({ agents: ['trastuzumab'] }),
      },
    ],
    offeredIn: whenChoosingLine,
    rationale: 'As a single drug after one or more chemotherapy regimens.',
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: false,
  },
];
