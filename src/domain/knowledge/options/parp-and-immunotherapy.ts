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
    rationale: 'For HER2-negative disease with a germline BRCA mutation (olaparib or talazoparib).',
    sources: [
      cite('003', 'Targeted therapy'),
      cite('002', 'Targeted therapy'),
      cite('000', 'Systemic Therapies as Advanced Breast Cancer Treatment'),
    ],
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
    condition: all(hormoneReceptorNegative, her2Negative, { fact: 'pdl1', is: 'positive' }),
    tier: 'alternative',
    offeredIn: whenChoosingLine,
    rationale:
      'For hormone-receptor-negative, HER2-negative (triple-negative) disease that is PD-L1-positive: the checkpoint inhibitor atezolizumab with nab-paclitaxel.',
    sources: [cite('002', 'Immunotherapy'), cite('004', 'Immunotherapy')],
    conflicts: ['checkpoint-inhibitors-only-in-trials'],
    expectedWhenFailing: true,
  },
];
