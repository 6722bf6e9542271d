/**
 * The knowledge base's version. It is printed in every recommendation (`knowledgeVersion`) and
 * stored with decisions, so a decision can be tied to the content it was taken against. Bump it
 * whenever an option, condition, tier, source or conflict changes, and add a line below.
 */
export const knowledgeVersion = '2026.2';

export const knowledgeChangeLog: ReadonlyArray<{
  readonly version: string;
  readonly changes: string;
}> = [
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
