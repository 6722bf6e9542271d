/**
 * The closed vocabularies of the case format (../shared/case-format.md). Declared once as
 * tuples so the zod schema, the forms and the tests enumerate the same values.
 */

export const receptorStatuses = ['positive', 'negative', 'unknown'] as const;
export const brcaStatuses = ['mutated', 'not-mutated', 'unknown'] as const;
export const menopausalStatuses = ['pre', 'post', 'unknown'] as const;
export const presentations = ['de-novo', 'recurrent'] as const;
export const siteNames = [
  'bone',
  'liver',
  'lung',
  'brain',
  'lymph-node',
  'soft-tissue',
  'pleura',
  'skin',
  'breast',
  'other',
] as const;
export const complications = ['fracture', 'spinal-cord-compression', 'pain', 'breathing'] as const;
export const assessments = ['complete', 'partial', 'stable'] as const;
export const localModalities = ['radiation', 'surgery'] as const;
export const decisionChoices = ['accepted', 'declined', 'deferred'] as const;
export const biomarkerFields = ['er', 'pr', 'her2', 'brca', 'pdl1'] as const;

export type ReceptorStatus = (typeof receptorStatuses)[number];
export type BrcaStatus = (typeof brcaStatuses)[number];
export type MenopausalStatus = (typeof menopausalStatuses)[number];
export type Presentation = (typeof presentations)[number];
export type SiteName = (typeof siteNames)[number];
export type Complication = (typeof complications)[number];
export type Assessment = (typeof assessments)[number];
export type LocalModality = (typeof localModalities)[number];
export type DecisionChoice = (typeof decisionChoices)[number];
export type BiomarkerField = (typeof biomarkerFields)[number];

/** The documents' "internal organs" (case-format.md). */
export const visceralSites: readonly SiteName[] = ['liver', 'lung', 'pleura', 'brain'];

export function isVisceral(site: SiteName): boolean {
  return visceralSites.includes(site);
}
