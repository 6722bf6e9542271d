import {
  all,
  her2Negative,
  her2Positive,
  hormoneReceptorNegative,
  hormoneReceptorPositive,
  premenopausal,
  symptomaticVisceral,
  tripleNegative,
} from './condition.ts';
import type { Conflict } from './option.ts';
import { d000, d001, d002, d003, d004 } from './sentences.ts';

/**
 * Where the documents disagree. The tool shows every side with the option it concerns; the
 * `resolution` says which side the knowledge base acts on and why (usually: the newer document),
 * and names the documents it does not follow.
 */
export const conflicts: readonly Conflict[] = [
  {
    id: 'parp-inhibitors-only-in-trials',
    docs: ['001', '002', '003'],
    about: 'Whether PARP inhibitors are a treatment or only available in clinical trials',
    positions: [
      {
        sources: [d001.parpBeingExplored, d001.parpOnlyInTrials],
        says: 'PARP inhibitors are still being explored and are available only in clinical trials.',
      },
      {
        sources: [d002.parpForHer2NegativeBrca, d003.brcaList],
        says: 'Olaparib and talazoparib treat HER2-negative disease with a BRCA mutation.',
      },
    ],
    resolution:
      'Offered as a treatment, following 002 and 003; 001 is the oldest document and predates the approvals, so its "trials only" is not followed.',
  },
  {
    id: 'parp-inhibitor-brca-and-sequence',
    docs: ['000', '002', '003'],
    about: 'Who gets a PARP inhibitor, and when',
    positions: [
      {
        sources: [d000.parpAfterChemotherapy],
        says: 'Some patients are placed on a PARP inhibitor after a course of chemotherapy; no BRCA condition is named.',
      },
      {
        sources: [d002.parpForHer2NegativeBrca, d003.brcaList],
        says: 'PARP inhibitors are for HER2-negative disease with a BRCA mutation; no order relative to chemotherapy is given.',
      },
    ],
    resolution:
      'Offered for HER2-negative disease with a BRCA mutation, in any line, following 002 and 003 (explicit and newer); 000 names no criterion the tool could check, so without a BRCA mutation a PARP inhibitor is not offered.',
    when: her2Negative,
  },
  {
    id: 'checkpoint-inhibitors-only-in-trials',
    docs: ['001', '002', '004'],
    about: 'Whether checkpoint-inhibitor immunotherapy is a treatment or only in trials',
    positions: [
      {
        sources: [d001.checkpointInhibitorsInTrials, d001.clinicalTrialCandidate],
        says: 'Checkpoint inhibitors are still being evaluated: immunotherapy is reached through clinical trials.',
      },
      {
        sources: [d002.atezolizumabWithPaclitaxel, d004.immunotherapyForTripleNegative],
        says: 'Atezolizumab with nab-paclitaxel is offered for hormone-receptor-negative, HER2-negative disease (002); immunotherapy may be an option for triple-negative disease (004, which names no drug).',
      },
    ],
    resolution:
      'Offered as a treatment, following 002 and 004; 001, the oldest, is not followed on this point.',
  },
  {
    id: 'no-targeted-therapy-for-triple-negative',
    docs: ['001', '002', '003'],
    about: 'Whether any targeted drug exists for triple-negative disease',
    positions: [
      {
        sources: [d001.noTargetedForTripleNegative],
        says: 'No targeted drug is approved for triple-negative breast cancer.',
      },
      {
        sources: [d002.parpForHer2NegativeBrca, d003.brcaList],
        says: 'PARP inhibitors treat HER2-negative disease with a BRCA mutation, which includes triple-negative disease.',
      },
    ],
    resolution:
      'PARP inhibitors are offered for BRCA-mutated triple-negative disease, following 002 and 003 over 001.',
    when: tripleNegative,
  },
  {
    id: 'bone-radiation-timing',
    docs: ['001', '003', '004'],
    about: 'When bone metastases are irradiated',
    positions: [
      {
        sources: [d001.radiationOtherSitesIfSymptomsPersist],
        says: 'Radiation to bone is for symptoms that do not respond to medical therapy.',
      },
      {
        sources: [d004.radiationForBonePainLungBrain],
        says: 'Radiation is often recommended to reduce pain from bone metastases.',
      },
      {
        sources: [d003.radiationRelievesOrPrevents, d003.radiationBones],
        says: 'Radiation to bone metastases may relieve pain, control symptoms or prevent future symptoms.',
      },
    ],
    resolution:
      'Offered whenever bone metastases are documented, following 003 (newest: "or prevent future symptoms"); 004 names it for bone pain and 001 for symptoms that medicines do not control, and their sentences are cited only when bone symptoms are recorded. The timing is a clinical choice.',
  },
  {
    id: 'tamoxifen-position',
    docs: ['000', '002', '003'],
    about: 'Whether tamoxifen is a first choice or a fallback after aromatase inhibitors',
    positions: [
      {
        sources: [d000.aiOrTamoxifenUsuallyFirst],
        says: 'An aromatase inhibitor or tamoxifen is usually the first hormone therapy.',
      },
      {
        sources: [d003.tamoxifenIfAiNotPossible],
        says: 'Tamoxifen may be offered when aromatase inhibitors cannot be taken or cause severe side effects.',
      },
      {
        sources: [d002.tamoxifenBothAiPostmenopausal],
        says: 'Lists tamoxifen among the hormone medicines, for women before or after menopause, without ranking it.',
      },
    ],
    resolution:
      'Tamoxifen is offered, ranked as an alternative, following 003 (the newest); 000 would rank it first beside the aromatase inhibitors.',
    when: hormoneReceptorPositive,
  },
  {
    id: 'hormone-therapy-with-symptomatic-organs',
    docs: ['001', '003', '004'],
    about:
      'Whether hormone-based regimens are given while the spread to internal organs causes symptoms',
    positions: [
      {
        sources: [d001.hormonePrimaryForHrPositive, d001.everolimusRow, d001.abemaciclibRow],
        says: 'Hormone therapy is the primary choice for hormone-receptor-positive disease, and the hormone-based targeted regimens are listed by earlier treatment, with no condition on symptoms.',
      },
      {
        sources: [
          d003.hormoneForOrgansWithoutSymptoms,
          d003.chemotherapyForSymptomaticOrgans,
          d004.chemotherapyFirstForSevereProblems,
        ],
        says: 'Hormone therapy is for spread to internal organs that causes no symptoms; when it causes symptoms chemotherapy is offered (003), and it may be given first when the disease causes more severe problems such as trouble breathing (004).',
      },
    ],
    resolution:
      'While internal organs cause symptoms, chemotherapy is offered and hormone-based regimens (chemotherapy with hormone therapy included) are listed as ruled out, following 003 (the newest) and 004; 001 sets no such condition. The tool’s own rule, not the documents’: once no internal organ is recorded as causing symptoms, hormone-based options are listed again.',
    when: all(hormoneReceptorPositive, symptomaticVisceral),
  },
  {
    id: 'her2-drugs-and-hormone-receptor-status',
    docs: ['003', '000', '001', '002'],
    about: 'Whether the HER2-targeted drugs depend on hormone-receptor status',
    positions: [
      {
        sources: [d003.her2PositiveHrPositiveList, d003.chemotherapyForHrNegative],
        says: 'Lists the HER2-targeted drugs only for disease that is both hormone-receptor-positive and HER2-positive; for hormone-receptor-negative disease it names chemotherapy.',
      },
      {
        sources: [
          d000.trastuzumabPrimaryForHer2Positive,
          d001.trastuzumabRow,
          d001.antiHer2UsuallyWithChemotherapy,
        ],
        says: 'Trastuzumab and the other HER2-targeted drugs are for HER2-positive disease, with no hormone-receptor condition.',
      },
      {
        sources: [d002.trastuzumabForHer2Positive, d002.her2DrugsGarbledSubtype],
        says: 'Ambiguous: gives trastuzumab for HER2-positive disease that has spread, then says the other HER2-targeted drugs are offered for hormone-receptor-positive, HER2-negative tumours, which cannot be meant as written.',
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
        sources: [d000.sometimesWithCdk46],
        says: 'In some cases the first hormone therapy is combined with a targeted drug; abemaciclib and palbociclib are the examples named.',
      },
      {
        sources: [d001.abemaciclibRow, d001.palbociclibRow, d001.ribociclibRow],
        says: 'Abemaciclib is listed only after progression (with fulvestrant after hormone therapy, or alone after hormone therapy and chemotherapy); the CDK4/6 inhibitors given with a first hormone therapy are palbociclib and ribociclib.',
      },
      {
        sources: [d003.her2NegativeHrPositiveList, d003.abemaciclibItem],
        says: 'Lists abemaciclib with the other targeted drugs for hormone-receptor-positive, HER2-negative disease, without a line.',
      },
    ],
    resolution:
      'Abemaciclib stays among the CDK4/6 inhibitors offered with a first aromatase inhibitor, following 000, which is newer than 001; 003 does not restrict it to later lines.',
    when: all(hormoneReceptorPositive, her2Negative),
  },
  {
    id: 'cdk46-menopause',
    docs: ['000', '001', '003'],
    about: 'Whether a CDK4/6 inhibitor with hormone therapy is only for women after menopause',
    positions: [
      {
        sources: [d001.palbociclibRow, d001.ribociclibRow],
        says: 'Palbociclib and ribociclib are listed with an aromatase inhibitor for postmenopausal women.',
      },
      {
        sources: [
          d000.sometimesWithCdk46,
          d003.her2NegativeHrPositiveList,
          d003.premenopausalGnrhWithAi,
        ],
        says: 'CDK4/6 inhibitors are named with hormone therapy, or for hormone-receptor-positive, HER2-negative disease, with no menopausal condition; before menopause the aromatase inhibitor is given with a GnRH agonist (003).',
      },
    ],
    resolution:
      'Before menopause, ovarian suppression + aromatase inhibitor + CDK4/6 inhibitor is offered as an alternative: 000 and 003 set no menopausal condition and 003 gives the GnRH agonist with an aromatase inhibitor, but no document names the three together, so the regimen is the tool’s combination of their sentences; 001 is not followed on this point.',
    when: all(hormoneReceptorPositive, her2Negative, premenopausal),
  },
  {
    id: 'trastuzumab-partners',
    docs: ['000', '001'],
    about: 'Which drugs trastuzumab is given with',
    positions: [
      {
        sources: [d000.trastuzumabWithChemotherapyOrHormone, d000.trastuzumabWithAntiHer2],
        says: 'Trastuzumab is typically given with chemotherapy or hormone therapy, and can be given with other anti-HER2 drugs.',
      },
      {
        sources: [d001.trastuzumabRow],
        says: 'Trastuzumab is listed with paclitaxel first-line, with other chemotherapy, with lapatinib in later lines, or alone after chemotherapy; hormone therapy is not named as a partner.',
      },
    ],
    resolution:
      'Trastuzumab with hormone therapy is offered (000, the newer) but ranked an alternative, not first, because 001 does not name that pairing.',
    when: all(her2Positive, hormoneReceptorPositive),
  },
  {
    id: 'chemotherapy-with-hormone-therapy',
    docs: ['000', '001', '002', '003', '004'],
    about: 'Whether chemotherapy is given together with hormone therapy',
    positions: [
      {
        sources: [
          d000.chemotherapyWithHormoneForHrPositive,
          d001.chemotherapyAddedToHormone,
          d002.chemotherapyWithHormone,
        ],
        says: 'Chemotherapy may be given together with hormone therapy for hormone-receptor-positive disease, at the start or on progression.',
      },
      {
        sources: [
          d003.hormoneForOrgansWithoutSymptoms,
          d003.chemotherapyForSymptomaticOrgans,
          d004.chemotherapyFirstForSevereProblems,
        ],
        says: 'Hormone therapy or chemotherapy is chosen by whether internal organs cause symptoms; giving them together is not described.',
      },
    ],
    resolution:
      'Offered as an alternative, as 000, 001 and 002 describe it; 003 and 004 are silent on combining rather than against it, so the tool does not lower it, and shows that they choose one or the other by symptoms.',
    when: all(hormoneReceptorPositive, her2Negative),
  },
  {
    id: 'local-therapy-beyond-symptom-relief',
    docs: ['000', '001', '003'],
    about:
      'Whether surgery to a metastasis is only for symptoms, or can also remove a single lung or liver metastasis',
    positions: [
      {
        sources: [d001.localTherapyMainlyForSymptoms, d000.localTherapyForSymptoms],
        says: '001 presents surgery and radiation as mainly for relieving symptoms rather than treating the disease; 000 mentions them for controlling symptoms.',
      },
      {
        sources: [d003.surgerySingleLungOrLiver],
        says: 'Surgery can remove a single metastasis in a lung or the liver, with no mention of symptoms as the reason.',
      },
    ],
    resolution:
      'Surgery for a single lung or liver metastasis is offered at the lowest tier (consider), with or without symptoms, following 003 (the newest); 001 presents local treatment as mainly for symptoms. The tool reads "a single metastasis" as the only one in the body. The aim is a clinical judgement.',
  },
  {
    id: 'local-therapy-with-several-sites',
    docs: ['002', '003'],
    about: 'Whether surgery or radiation fits when several sites are affected',
    positions: [
      {
        sources: [d002.severalSitesLocalMayNotFit],
        says: 'Because several locations may be affected, surgery or radiation may not be appropriate.',
      },
      {
        sources: [d003.radiationBones, d003.surgerySingleLungOrLiver],
        says: 'Names radiation and surgery by site, without a limit on how many sites are affected.',
      },
    ],
    resolution:
      'Local options are listed for each documented site, following 003 (the newest), with 002’s caution shown whenever more than one site is affected.',
    when: { fact: 'siteCount', range: { atLeast: 2 } },
  },
];

const byId = new Map(conflicts.map((c) => [c.id, c]));

export function getConflict(id: string): Conflict | undefined {
  return byId.get(id);
}
