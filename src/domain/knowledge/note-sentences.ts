import type { SentenceRef } from './documents/sentence-ref.ts';
import { d000, d001, d002, d003, d004 } from './sentences.ts';

/**
 * The sentences each of the engine's notes rests on (engine/notes.ts, engine/recommend.ts), kept
 * with the knowledge base so the coverage ledger counts them and the evidence test checks them.
 */
export const noteEvidence = {
  receptorResultsMissing: [d001.receptorTestingRecommended],
  symptomsNotRecorded: [
    d003.dependsOnSymptoms,
    d003.hormoneForOrgansWithoutSymptoms,
    d003.chemotherapyForSymptomaticOrgans,
  ],
  brainCountNotRecorded: [d001.singleSmallBrainTumourFocused, d001.multipleBrainWholeBrain],
  lesionCountNotRecorded: [d003.surgerySingleLungOrLiver],
  performanceStatusUnused: [d001.factorAgeMenopauseHealth, d003.dependsOnOverallHealth],
  ageUnused: [d001.factorAgeMenopauseHealth],
  pdl1Unused: [d002.atezolizumabActsOnPdl1],
  recurrentDisease: [d001.factorRecurrentOrInitial, d003.dependsOnTreatmentsHad],
  hormoneLineRunning: [d001.continueHormoneWhileControlled],
  chemotherapyLineRunning: [
    d001.continueChemotherapyWhileControlled,
    d003.chemotherapyWhileResponding,
  ],
  onBreak: [d004.breakCanBeScheduled, d004.breakToRest],
  her2Unknown: [d001.receptorTestingRecommended, d000.trastuzumabPrimaryForHer2Positive],
  receptorUnknown: [d001.receptorTestingRecommended],
  brcaUnknown: [d003.brcaList, d002.parpForHer2NegativeBrca],
  pdl1Unknown: [d002.atezolizumabActsOnPdl1],
  menopauseUnknown: [d003.premenopausalGnrhWithAi, d002.tamoxifenBothAiPostmenopausal],
  localTherapyForSymptomsOnly: [d001.hospiceStronglyEncouraged, d001.localTherapyMainlyForSymptoms],
  treatmentStopped: [d001.talkWhenStopping],
  intoleranceNotProgression: [
    d001.continueHormoneWhileControlled,
    d001.anotherChemotherapyOnGrowth,
  ],
  areaAlreadyIrradiated: [d003.radiationAlreadyUsed],
  trastuzumabContinued: [d001.trastuzumabRow, d001.lapatinibRow],
  ovarianSuppressionContinued: [d003.premenopausalGnrhWithAi, d003.switchAromataseInhibitor],
  agentNotTolerated: [d001.anotherChemotherapyOnGrowth],
  agentProgressedOn: [d001.differentDrugOnProgression, d003.differentDrugWhenNoResponse],
} as const satisfies Record<string, readonly SentenceRef[]>;
