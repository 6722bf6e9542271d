import { all, her2Negative, hormoneReceptorNegative } from '../condition.ts';
import type { RegimenOption } from '../option.ts';
import { agentsOfClass, cite, slot, whenChoosingLine } from './cite.ts';

/** Options that depend on BRCA or PD-L1 testing. */

export const parpAndImmunotherapyOptions: readonly RegimenOption[] = [
  {
    id: 'parp-inhibitor',
    label: 'PARP inhibitor',
    group: 'parp-inhibitor',
    components: [slot('PARP inhibitor', agentsOfClass('PARP inhibitor'))],
    condition: all(her2Negative, { fact: 'brca', is: 'mutated' }),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale: 'For HER2-negative disease with a BRCA mutation (olaparib or talazoparib).',
    // 000 mentions PARP inhibitors after chemotherapy without any BRCA condition, so it does not
    // support this option as written and is not cited for it.
    sources: [cite('003', 'Targeted therapy'), cite('002', 'Targeted therapy')],
    conflicts: ['parp-inhibitors-only-in-trials', 'no-targeted-therapy-for-triple-negative'],
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
    // document does: the tool does not add a test the documents do not ask for.
    condition: all(hormoneReceptorNegative, her2Negative),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'For hormone-receptor-negative, HER2-negative (triple-negative) disease: the checkpoint inhibitor atezolizumab with nab-paclitaxel (the drug works by blocking PD-L1).',
    sources: [cite('002', 'Immunotherapy'), cite('004', 'Immunotherapy')],
    conflicts: ['checkpoint-inhibitors-only-in-trials'],
    expectedWhenFailing: true,
  },
];
