import {
  all,
  hormoneReceptorNegative,
  hormoneReceptorPositive,
  her2Negative,
  her2Positive,
  tripleNegative,
} from './condition.ts';
import type { Conflict } from './option.ts';
import { cite } from './options/cite.ts';

/**
 * Where the documents disagree. The tool shows both sides with the option they concern; the
 * `resolution` says which side the knowledge base acts on and why (usually: the newer document).
 */
export const conflicts: readonly Conflict[] = [
  {
    id: 'parp-inhibitors-only-in-trials',
    docs: ['001', '002', '003'],
    about: 'Whether PARP inhibitors are a treatment or only available in clinical trials',
    positions: [
      {
        sources: [cite('001', 'Targeted Therapy')],
        says: 'PARP inhibitors are still being explored and are available only in clinical trials.',
      },
      {
        sources: [cite('002', 'Targeted therapy'), cite('003', 'Targeted therapy')],
        says: 'Olaparib and talazoparib treat HER2-negative disease with a BRCA mutation.',
      },
    ],
    resolution:
      'Offered as a treatment, following the newer documents; 001 predates the approvals.',
  },
  {
    id: 'checkpoint-inhibitors-only-in-trials',
    docs: ['001', '002', '004'],
    about: 'Whether checkpoint-inhibitor immunotherapy is a treatment or only in trials',
    positions: [
      {
        sources: [cite('001', 'Palliative Treatment'), cite('001', 'Treatment Strategies')],
        says: 'Checkpoint inhibitors are still under study: available within clinical trials only.',
      },
      {
        sources: [cite('002', 'Immunotherapy'), cite('004', 'Immunotherapy')],
        says: 'Atezolizumab with nab-paclitaxel is offered for HR-negative, HER2-negative disease; immunotherapy may be an option for triple-negative disease.',
      },
    ],
    resolution: 'Offered as a treatment, following the newer documents.',
  },
  {
    id: 'no-targeted-therapy-for-triple-negative',
    docs: ['001', '002', '003'],
    about: 'Whether any targeted drug exists for triple-negative disease',
    positions: [
      {
        sources: [cite('001', 'Targeted Therapy')],
        says: 'No targeted drug is approved for triple-negative breast cancer.',
      },
      {
        sources: [cite('002', 'Targeted therapy'), cite('003', 'Targeted therapy')],
        says: 'PARP inhibitors treat HER2-negative disease with a BRCA mutation, which includes triple-negative disease.',
      },
    ],
    resolution: 'PARP inhibitors are offered for BRCA-mutated triple-negative disease.',
    when: tripleNegative,
  },
  {
    id: 'bone-radiation-timing',
    docs: ['001', '003', '004'],
    about: 'When bone metastases are irradiated',
    positions: [
      {
        sources: [cite('001', 'Radiation Therapy')],
        says: 'Radiation to bone is for symptoms that do not respond to medical therapy.',
      },
      {
        sources: [cite('003', 'Radiation therapy'), cite('004', 'Radiation therapy')],
        says: 'Radiation relieves bone pain and can also control or prevent symptoms.',
      },
    ],
    resolution: 'Offered whenever bone metastases are documented; the timing is a clinical choice.',
  },
  {
    id: 'tamoxifen-position',
    docs: ['000', '002', '003'],
    about: 'Whether tamoxifen is a first choice or a fallback after aromatase inhibitors',
    positions: [
      {
        sources: [
          cite('000', 'ER-positive or PR-positive Cancers'),
          cite('002', 'Hormone therapy'),
        ],
        says: 'An aromatase inhibitor or tamoxifen is the usual first hormone therapy; tamoxifen suits women before or after menopause.',
      },
      {
        sources: [cite('003', 'Hormone therapy')],
        says: 'Tamoxifen is offered when aromatase inhibitors cannot be taken or cause severe side effects.',
      },
    ],
    resolution:
      'Tamoxifen is an alternative, and preferred once an aromatase inhibitor was not tolerated (003, the newest).',
    when: hormoneReceptorPositive,
  },
  {
    id: 'chemotherapy-first-for-her2-negative',
    docs: ['000', '001', '003', '004'],
    about:
      'Chemotherapy or hormone therapy first for HER2-negative, hormone-receptor-positive disease',
    positions: [
      {
        sources: [cite('000', 'Systemic Therapies as Advanced Breast Cancer Treatment')],
        says: 'For HER2-negative disease chemotherapy is presented as the most viable option.',
      },
      {
        sources: [
          cite('001', 'Hormone Therapy'),
          cite('003', 'Hormone therapy'),
          cite('004', 'Hormonal therapy'),
        ],
        says: 'Hormone therapy comes first for hormone-receptor-positive disease; chemotherapy comes first only with symptomatic spread to internal organs, or after hormone therapy stops working.',
      },
    ],
    resolution:
      'Hormone therapy first unless visceral disease causes symptoms, following the majority and the newest document.',
    when: all(hormoneReceptorPositive, her2Negative),
  },
  {
    id: 'her2-drugs-and-hormone-receptor-status',
    docs: ['003', '001', '002'],
    about: 'Whether the HER2-targeted drugs depend on hormone-receptor status',
    positions: [
      {
        sources: [cite('003', 'Targeted therapy')],
        says: 'Lists the HER2-targeted drugs under disease that is hormone-receptor-positive and HER2-positive.',
      },
      {
        sources: [
          cite('001', 'Table 2. Targeted Therapy Options'),
          cite('002', 'Targeted therapy'),
        ],
        says: 'Give the HER2-targeted drugs for HER2-positive disease whatever the hormone-receptor status.',
      },
    ],
    resolution: 'Offered for all HER2-positive disease.',
    when: all(her2Positive, hormoneReceptorNegative),
  },
];

const byId = new Map(conflicts.map((c) => [c.id, c]));

export function getConflict(id: string): Conflict | undefined {
  return byId.get(id);
}
