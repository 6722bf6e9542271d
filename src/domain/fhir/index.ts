/** FHIR R4 / mCODE import and export: loaded with the import screen and on export only. */
export {
  importFhirBundle,
  importFhirBundleText,
  importFhirResources,
  draftToCase,
  checkDraft,
  type DraftCheck,
  maxFhirTextLength,
  readBundleTypes,
  type DraftCorrections,
} from './import-fhir.ts';
export type { FhirItem } from './read-fhir-facts.ts';
export {
  caseToFhirBundle,
  caseToFhirExport,
  type FhirExport,
  type FhirExportOmission,
} from './export-fhir.ts';
export { formatHumanName } from './human-name.ts';
export { importRules } from './build-import-draft.ts';
export type * from './fhir-import-types.ts';
export { groupOmissions, type OmissionGroup } from './export/export-omissions.ts';
