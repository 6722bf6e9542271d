import {
  all,
  her2Positive,
  hormoneReceptorPositive,
  not,
  priorLines,
  received,
} from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import {
  chemotherapySlot,
  cite,
  endocrinePartnerSlot,
  slot,
  trastuzumabSlot,
  whenChoosingLine,
} from './cite.ts';

/** Regimens built on anti-HER2 drugs, for HER2-positive disease only. */

const antiHer2 = { drugClass: 'anti-HER2' } as const;
const chemotherapy = { modality: 'chemotherapy' } as const;
const targeted002 = cite('002', 'Targeted therapy');
const targeted003 = cite('003', 'Targeted therapy');
const table2 = cite('001', 'Table 2. Targeted Therapy Options');
const lapatinibSlot = slot('anti-HER2', ['lapatinib']);
const afterTrastuzumab = received({ agents: ['trastuzumab'] });
const afterTdm1 = received({ agents: ['trastuzumab emtansine'] });
/** 001 (Table 2) gives the order as what is typical, not as a requirement. */
const usuallyAfterTdm1 =
  '001 (Table 2) describes lapatinib as typically given after both trastuzumab-based treatment and T-DM1; T-DM1 has not been given yet, so check whether it should come first.';
const noOrderGiven =
  'Listed for HER2-positive metastatic disease; the documents do not say in which line or after which drugs.';

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
    tier: 'preferred',
    offeredIn: whenChoosingLine,
    rationale:
      'For HER2-positive metastatic disease not yet treated with an anti-HER2 drug or chemotherapy.',
    sources: [table2, targeted003, targeted002],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    caveat:
      'Treatment given before the metastatic diagnosis is not in the case log; check it before relying on "not yet treated".',
    expectedWhenFailing: true,
  },
  {
    id: 'trastuzumab-paclitaxel',
    label: 'Trastuzumab + paclitaxel',
    group: 'trastuzumab-paclitaxel',
    components: [trastuzumabSlot(), slot('chemotherapy (taxane)', ['paclitaxel'])],
    condition: all(her2Positive, priorLines({ atMost: 0 })),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'Trastuzumab with paclitaxel is a first-line treatment for HER2-positive metastatic disease.',
    sources: [table2, cite('000', 'Systemic Therapies as Advanced Breast Cancer Treatment')],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: false,
  },
  {
    id: 'trastuzumab-chemotherapy',
    label: 'Trastuzumab + chemotherapy',
    group: 'trastuzumab-chemotherapy',
    components: [trastuzumabSlot(true), chemotherapySlot],
    condition: her2Positive,
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'Trastuzumab is the backbone for HER2-positive disease and is usually given with chemotherapy, including in later lines; it can continue with a different chemotherapy drug after progression.',
    sources: [
      cite('000', 'Systemic Therapies as Advanced Breast Cancer Treatment'),
      table2,
      cite('001', 'Common chemotherapy options'),
      cite('001', 'Targeted Therapy'),
    ],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: true,
  },
  {
    id: 'trastuzumab-endocrine',
    label: 'Trastuzumab + hormone therapy',
    group: 'trastuzumab-endocrine',
    components: [trastuzumabSlot(), endocrinePartnerSlot],
    condition: all(her2Positive, hormoneReceptorPositive),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'For disease that is both HER2-positive and hormone-receptor-positive, trastuzumab can be given with hormone therapy.',
    sources: [cite('000', 'Systemic Therapies as Advanced Breast Cancer Treatment')],
    expectedWhenFailing: false,
  },
  {
    id: 'trastuzumab-single-agent',
    label: 'Trastuzumab alone',
    group: 'trastuzumab-single-agent',
    components: [trastuzumabSlot()],
    condition: all(her2Positive, received(chemotherapy)),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale: 'As a single agent after one or more chemotherapy regimens.',
    sources: [table2],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: false,
  },
  {
    id: 'trastuzumab-emtansine',
    label: 'Trastuzumab emtansine (T-DM1)',
    group: 'trastuzumab-emtansine',
    components: [slot('anti-HER2 (antibody-drug conjugate)', ['trastuzumab emtansine'])],
    condition: all(
      her2Positive,
      received({ agents: ['trastuzumab'] }),
      received({ family: 'taxane' }),
    ),
    tier: 'preferred',
    offeredIn: whenChoosingLine,
    rationale:
      'For HER2-positive disease already treated with trastuzumab and a taxane, together or separately.',
    sources: [table2, targeted003, targeted002],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: true,
  },
  {
    id: 'lapatinib-capecitabine',
    label: 'Lapatinib + capecitabine',
    group: 'lapatinib-capecitabine',
    components: [lapatinibSlot, slot('chemotherapy', ['capecitabine'])],
    condition: all(her2Positive, afterTrastuzumab, afterTdm1),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale: 'Usually after trastuzumab-based treatment and trastuzumab emtansine (T-DM1).',
    sources: [table2, targeted003, targeted002],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: true,
  },
  {
    id: 'lapatinib-capecitabine-before-tdm1',
    label: 'Lapatinib + capecitabine (T-DM1 not yet given)',
    group: 'lapatinib-capecitabine',
    components: [lapatinibSlot, slot('chemotherapy', ['capecitabine'])],
    condition: all(her2Positive, afterTrastuzumab, not(afterTdm1)),
    tier: 'consider',
    offeredIn: whenChoosingLine,
    rationale:
      'After trastuzumab-based treatment. The usual place of lapatinib is after T-DM1 as well, but the documents do not rule out giving it earlier.',
    sources: [table2, targeted003, targeted002],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    caveat: usuallyAfterTdm1,
    expectedWhenFailing: false,
  },
  {
    id: 'lapatinib-trastuzumab',
    label: 'Lapatinib + trastuzumab',
    group: 'lapatinib-trastuzumab',
    components: [lapatinibSlot, trastuzumabSlot(true)],
    condition: all(her2Positive, afterTrastuzumab, afterTdm1),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'Usually after trastuzumab-based treatment and trastuzumab emtansine (T-DM1); trastuzumab is continued with lapatinib in later lines.',
    sources: [table2],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    expectedWhenFailing: false,
  },
  {
    id: 'lapatinib-trastuzumab-before-tdm1',
    label: 'Lapatinib + trastuzumab (T-DM1 not yet given)',
    group: 'lapatinib-trastuzumab',
    components: [lapatinibSlot, trastuzumabSlot(true)],
    condition: all(her2Positive, afterTrastuzumab, not(afterTdm1)),
    tier: 'consider',
    offeredIn: whenChoosingLine,
    rationale:
      'In a later line after trastuzumab-based treatment, trastuzumab can be continued with lapatinib. The usual place of lapatinib is after T-DM1 as well, but the documents do not rule out giving it earlier.',
    sources: [table2],
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    caveat: usuallyAfterTdm1,
    expectedWhenFailing: false,
  },
  ...(
    [
      [
        'trastuzumab-deruxtecan',
        'trastuzumab deruxtecan',
        'Trastuzumab deruxtecan',
        'anti-HER2 (antibody-drug conjugate)',
        [targeted003, targeted002],
      ],
      ['tucatinib', 'tucatinib', 'Tucatinib', 'anti-HER2', [targeted003]],
      ['neratinib', 'neratinib', 'Neratinib', 'anti-HER2', [targeted003, targeted002]],
      ['margetuximab', 'margetuximab', 'Margetuximab', 'anti-HER2', [targeted002]],
    ] as const
  ).map(([id, agent, label, slotLabel, sources]): RegimenOption => ({
    id,
    label,
    group: id,
    components: [slot(slotLabel, [agent])],
    condition: her2Positive,
    tier: 'consider',
    offeredIn: whenChoosingLine,
    rationale: noOrderGiven,
    sources,
    conflicts: ['her2-drugs-and-hormone-receptor-status'],
    caveat: 'The documents give no selection criteria, order or partner drug.',
    expectedWhenFailing: false,
  })),
];
