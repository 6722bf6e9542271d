import * as codes from '../fhir-codes.ts';
import { projectCodes } from '../project-codes.ts';
import { outsideDocumentsByRxNorm, productByRxNorm } from '../rxnorm-ingredients.ts';

const { systems } = codes;

/**
 * Every `system|code` the importer reads, in one list: the tests walk codes.json against it
 * (each verified code is read) and it against codes.json and the project's list (each code
 * read is verified). Built from the same tables the readers use.
 */
export const importerCodeKeys: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const add = (system: string, list: Iterable<string>) => {
    for (const code of list) keys.add(`${system}|${code}`);
  };
  add(systems.loinc, [
    ...Object.values(codes.receptorTestCodes).flat(),
    ...Object.keys(codes.receptorPercentCodes),
    ...codes.her2IhcCodes,
    codes.her2IshRatioCode,
    codes.her2IshCopyCode,
    codes.her2IshPanelCode,
    codes.hormoneReceptorCombinedCode,
    ...codes.pdl1Codes,
    codes.genomicVariantCode,
    codes.germlineClass.code,
    codes.somaticClassCode,
    codes.variantPresent.code,
    codes.variantAbsent.code,
    ...Object.keys(codes.brcaMarkerCodes),
    ...codes.brcaBothGenesCodes,
    ...Object.keys(codes.brcaGeneTestCodes),
    ...codes.pik3caTestCodes,
    codes.ecogCode,
    ...Object.keys(codes.ecogAnswers),
    codes.karnofskyCode,
    codes.diseaseStatusCode,
    ...codes.stageGroupCodes.loinc,
    ...codes.mCategoryCodes.loinc,
    codes.msiCode,
    codes.tmbCode,
    ...Object.keys(codes.resultValues[systems.loinc] ?? {}),
  ]);
  add(systems.snomed, [
    ...Object.keys(codes.resultValues[systems.snomed] ?? {}),
    ...Object.keys(codes.receptorTestSnomed),
    ...Object.keys(codes.brcaFindingSnomed),
    codes.brcaHer2NegativeDisorderCode,
    codes.menopauseCode.code,
    ...Object.keys(codes.menopauseValues),
    ...Object.keys(codes.siteBySnomed),
    ...codes.siteUnspecifiedCodes.filter((c) => !c.startsWith('C')),
    ...Object.values(codes.bodySiteCodes).filter((c): c is string => c !== undefined),
    ...Object.keys(codes.extraBodySites),
    ...codes.primaryCancerCodes,
    ...Object.keys(codes.diseaseStatusValues),
    codes.distantMetastasisStatusCode,
    ...Object.keys(codes.evidenceTypes),
    ...Object.keys(codes.stopReasonValues),
    ...Object.keys(codes.otherStopReasons),
    ...Object.keys(codes.treatmentIntentValues),
    ...codes.stageGroupCodes.snomed,
    ...codes.mCategoryCodes.snomed,
    ...Object.keys(codes.stageValues).filter((c) => c !== '4'),
    ...codes.radiotherapyCodes,
    ...codes.surgeryCodes,
    '82711006', // histology: read from the primary condition's histology extension
  ]);
  add(systems.icd10cm, [...Object.keys(codes.siteByIcd10), 'C79.9']);
  add(systems.hgnc, [...Object.keys(codes.brcaGenes), ...Object.keys(codes.variantGenes)]);
  add(systems.rxnorm, [...productByRxNorm.keys(), ...outsideDocumentsByRxNorm.keys()]);
  add('http://terminology.hl7.org/CodeSystem/v3-NullFlavor', ['ASKU']);
  for (const c of projectCodes) keys.add(`${c.system}|${c.code}`);
  return keys;
})();

/** Code → the system it belongs to, to say "right code, wrong system". */
export const knownCodes: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const key of importerCodeKeys) {
    const at = key.lastIndexOf('|');
    const code = key.slice(at + 1);
    // A code known in two systems (a bare number) tells nothing about the system.
    if (map.has(code) && map.get(code) !== key.slice(0, at)) map.set(code, '');
    else map.set(code, key.slice(0, at));
  }
  for (const [code, system] of map) if (system === '') map.delete(code);
  return map;
})();
