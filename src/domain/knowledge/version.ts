/**
 * The knowledge base's version. It is printed in every recommendation (`knowledgeVersion`) and
 * stored with decisions, so a decision can be tied to the content it was taken against. Bump it
 * whenever an option, condition, tier, source or conflict changes, and add a line below.
 */
export const knowledgeVersion = '2026.1';

export const knowledgeChangeLog: ReadonlyArray<{
  readonly version: string;
  readonly changes: string;
}> = [
  {
    version: '2026.1',
    changes:
      'First release: the five source documents, every drug they name, regimen options for hormone therapy, targeted therapy, chemotherapy, anti-HER2, PARP and checkpoint inhibitors, local therapy by site, supportive care, and seven documented disagreements.',
  },
];
