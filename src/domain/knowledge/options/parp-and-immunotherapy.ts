import { all, her2Negative, hormoneReceptorNegative } from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { d002, d003 } from '../sentences.ts';
import { agentsOfClass, detail, offers, slot, sourced, whenChoosingLine } from './cite.ts';

/** Options that depend on BRCA testing, and the checkpoint inhibitor for triple-negative disease. */

export const parpAndImmunotherapyOptions: readonly RegimenOption[] = [
  {
    id: 'parp-inhibitor',
    label: 'PARP inhibitor',
    group: 'parp-inhibitor',
    components: [slot('PARP inhibitor', agentsOfClass('PARP inhibitor'))],
    condition: all(her2Negative, { fact: 'brca', is: 'mutated' }),
    support: [
      offers(d003.brcaList),
      offers(d002.parpForHer2NegativeBrca),
      detail(d003.olaparibItem),
      detail(d003.talazoparibItem),
      detail(d002.olaparibTalazoparibNamed),
    ],
    offeredIn: whenChoosingLine,
    rationale: 'For HER2-negative disease with a BRCA mutation: olaparib or talazoparib.',
    conflicts: [
      'parp-inhibitors-only-in-trials',
      'no-targeted-therapy-for-triple-negative',
      'parp-inhibitor-brca-and-sequence',
    ],
    expectedWhenFailing: true,
  },
  {
    id: 'atezolizumab-nab-paclitaxel',
    label: 'Atezolizumab + nab-paclitaxel',
    group: 'atezolizumab-nab-paclitaxel',
    components: [
      slot('checkpoint inhibitor', ['atezolizumab']),
      slot('chemotherapy (taxane)', ['nab-paclitaxel']),
    ],
    // 002 says the drug acts on PD-L1 but makes no PD-L1 result a condition, and no other
    // document does: the tool does not add a test the documents do not ask for, and shows a
    // recorded result beside the candidate instead (relatedFacts).
    condition: all(hormoneReceptorNegative, her2Negative),
    support: [offers(d002.atezolizumabWithPaclitaxel)],
    offeredIn: whenChoosingLine,
    rationale:
      'For hormone-receptor-negative, HER2-negative (triple-negative) disease: the checkpoint inhibitor atezolizumab with nab-paclitaxel.',
    conflicts: ['checkpoint-inhibitors-only-in-trials'],
    caveats: [
      sourced(
        '002 writes "paclitaxel" and gives the brand Abraxane, which is nab-paclitaxel; the tool reads it as nab-paclitaxel.',
        d002.atezolizumabWithPaclitaxel,
      ),
    ],
    relatedFacts: [
      {
        field: 'pdl1',
        ...sourced(
          '002 says atezolizumab acts on PD-L1, but no document makes a PD-L1 result a condition for it: the recorded result does not change whether this option is offered.',
          d002.atezolizumabActsOnPdl1,
        ),
      },
    ],
    expectedWhenFailing: true,
  },
];
