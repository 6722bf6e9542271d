/**
 * The knowledge base's version. It is printed in every recommendation (`knowledgeVersion`) and
 * stored with decisions, so a decision can be tied to the content it was taken against. Bump it
 * whenever an option, condition, tier, source or conflict changes, and add a line below.
 */
export const knowledgeVersion = '2026.3';

export const knowledgeChangeLog: ReadonlyArray<{
  readonly version: string;
  readonly changes: string;
}> = [
  {
    version: '2026.3',
    changes:
      'Lapatinib + capecitabine and lapatinib + trastuzumab are no longer ruled out before T-DM1: after trastuzumab they are offered at the lowest tier (consider) with a note that 001 places them typically after T-DM1, and stay alternatives after T-DM1. New conflict abemaciclib-first-line (000 pairs abemaciclib with the first hormone therapy, 001 lists it only after progression), shown with aromatase inhibitor + CDK4/6 inhibitor. The conflict on HER2 drugs and hormone-receptor status now cites 000 and 001 for giving them whatever the hormone-receptor status and describes 002 as ambiguous. New conflict local-therapy-beyond-symptom-relief (001 and 000: local treatment is for symptoms; 003: surgery can remove a single lung or liver metastasis), shown with the two surgery options.',
  },
  {
    version: '2026.2',
    changes:
      'Atezolizumab + nab-paclitaxel no longer requires a PD-L1-positive result (no document sets that condition; 002 only says the drug acts on PD-L1). The PARP-inhibitor option says "BRCA mutation" as the documents do and no longer cites 000, which mentions PARP inhibitors without a BRCA condition. Radiation options carry the warning from 003 about areas already treated; four texts that followed the wording of the documents too closely are rephrased.',
  },
  {
    version: '2026.1',
    changes:
      'First release: the five source documents, every drug they name, regimen options for hormone therapy, targeted therapy, chemotherapy, anti-HER2, PARP and checkpoint inhibitors, local therapy by site, supportive care, and seven documented disagreements.',
  },
];
