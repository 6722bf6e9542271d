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
    docs: ['003', '000', '001', '002'],
    about: 'Whether the HER2-targeted drugs depend on hormone-receptor status',
    positions: [
      {
        sources: [cite('003', 'Targeted therapy'), cite('003', 'Chemotherapy')],
        says: 'Names the HER2-targeted drugs only for disease that is both hormone-receptor-positive and HER2-positive; for hormone-receptor-negative disease it names chemotherapy.',
      },
      {
        sources: [
          cite('000', 'Systemic Therapies as Advanced Breast Cancer Treatment'),
          cite('001', 'Table 2. Targeted Therapy Options'),
          cite('001', 'Targeted Therapy'),
        ],
        says: 'Trastuzumab and the other HER2-targeted drugs are for HER2-positive disease, with no hormone-receptor condition attached.',
      },
      {
        sources: [cite('002', 'Targeted therapy')],
        says: 'Ambiguous: it first names the HER2-targeted drugs for HER2-positive disease that has spread, then says they are offered for hormone-receptor-positive, HER2-negative tumours, which cannot be meant as written; whether it meant to limit them to hormone-receptor-positive disease cannot be told.',
      },
    ],
    resolution:
      'Offered for all HER2-positive disease, following 000 and 001; 003 does not address hormone-receptor-negative, HER2-positive disease explicitly, and 002 supports neither side clearly.',
    when: all(her2Positive, hormoneReceptorNegative),
  },
  {
    id: 'abemaciclib-first-line',
    docs: ['000', '001', '003'],
    about: 'Whether abemaciclib can accompany the first hormone therapy',
    positions: [
      {
        sources: [cite('000', 'ER-positive or PR-positive Cancers')],
        says: 'In some cases the first hormone therapy (an aromatase inhibitor or tamoxifen) is combined with a targeted drug; abemaciclib and palbociclib are the examples named.',
      },
      {
        sources: [cite('001', 'Table 2. Targeted Therapy Options')],
        says: 'Abemaciclib is listed only once the disease has progressed: with fulvestrant after hormone therapy, or alone after hormone therapy and chemotherapy. The CDK4/6 inhibitors it gives with a first hormone therapy are palbociclib (with letrozole) and ribociclib (with an aromatase inhibitor).',
      },
      {
        sources: [cite('003', 'Targeted therapy')],
        says: 'Lists abemaciclib with the other targeted drugs for hormone-receptor-positive, HER2-negative disease, without saying in which line.',
      },
    ],
    resolution:
      'Abemaciclib stays among the CDK4/6 inhibitors offered with a first aromatase inhibitor, following 000, which is newer than 001; 003 does not restrict it to later lines.',
    when: all(hormoneReceptorPositive, her2Negative),
  },
  {
    id: 'local-therapy-beyond-symptom-relief',
    docs: ['000', '001', '003'],
    about:
      'Whether surgery to a metastasis is only for symptoms, or can also remove a single lung or liver metastasis',
    positions: [
      {
        sources: [
          cite('001', 'Treatment Strategies'),
          cite('000', 'Advanced Breast Cancer Treatment'),
        ],
        says: 'Surgery and radiation are used in particular situations, mostly to ease symptoms rather than to act on the cancer itself.',
      },
      {
        sources: [cite('003', 'Surgery')],
        says: 'Surgery can take out a single metastasis in a lung or in the liver, with no mention of symptoms as the reason.',
      },
    ],
    resolution:
      'Surgery for a single lung or liver metastasis is offered at the lowest tier (consider), with or without symptoms, following 003, the newest document; whether it is done for symptoms or to control the disease is a clinical judgement.',
  },
];

const byId = new Map(conflicts.map((c) => [c.id, c]));

export function getConflict(id: string): Conflict | undefined {
  return byId.get(id);
}
