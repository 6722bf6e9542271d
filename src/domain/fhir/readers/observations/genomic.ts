import {
  brcaBothGenesCodes,
  brcaFindingSnomed,
  brcaGeneTestCodes,
  brcaGenes,
  brcaMarkerCodes,
  genomicVariantCode,
  germlineClass,
  pik3caTestCodes,
  somaticClassCode,
  systems,
  variantGenes,
  type VariantGene,
} from '../../fhir-codes.ts';
import { codingsOf } from '../../fhir-resources.ts';
import { hgncGeneIdSystem } from '../../project-codes.ts';
import {
  codeIn,
  describeMissingResult,
  qualitativeOf,
  resultCall,
  variantCall,
} from '../read-codes.ts';
import type { ObservationInput, ObservationReader } from './observation-reader.ts';

const geneSystems: readonly string[] = [systems.hgnc, hgncGeneIdSystem];

/** The genes and source class a GenomicVariant names in its components. */
function variantParts({ r }: ObservationInput) {
  const brca = new Set<'BRCA1' | 'BRCA2'>();
  const other = new Set<VariantGene>();
  let germline: boolean | undefined;
  for (const component of r.component ?? []) {
    for (const c of codingsOf(component.valueCodeableConcept)) {
      if (geneSystems.includes(c.system)) {
        const b = brcaGenes[c.code];
        if (b) brca.add(b);
        const g = variantGenes[c.code];
        if (g) other.add(g);
      }
      if (c.system === systems.loinc && c.code === germlineClass.code) germline = true;
      if (c.system === systems.loinc && c.code === somaticClassCode) germline = false;
    }
  }
  return { brca, other, germline };
}

/** A GenomicVariant: germline BRCA sets the case's BRCA; other genes are shown. */
export const genomicVariantReader: ObservationReader = {
  name: 'genomic variant',
  matches: ({ loinc }) => loinc.includes(genomicVariantCode),
  read(input) {
    const { ctx, p, r, found, dated } = input;
    const { brca, other, germline } = variantParts(input);
    if (brca.size === 0 && other.size > 0) {
      const present =
        variantCall(r.valueCodeableConcept) ?? (resultCall(r) === 'positive' ? true : undefined);
      const source =
        germline === true ? 'germline' : germline === false ? 'somatic' : 'source not stated';
      for (const gene of other) {
        ctx.facts.records.push({
          topic: 'variant',
          label: `${gene} variant (${source})`,
          value: present === undefined ? 'reported' : present ? 'present' : 'absent',
          ...(dated.date ? { date: dated.date } : {}),
          source: p.source,
        });
      }
      ctx.report(
        p,
        found,
        'mapped',
        `${[...other].join(', ')} variant (${source}) shown on the review screen; the case format has no place for it`,
      );
      return;
    }
    if (brca.size === 0) {
      ctx.report(p, found, 'not-used', 'a genomic variant in a gene the tool does not read');
      return;
    }
    if (germline === false) {
      ctx.report(
        p,
        found,
        'not-mapped',
        'a somatic (tumour) BRCA variant; the case records germline BRCA status only',
      );
      return;
    }
    if (qualitativeOf(r.valueCodeableConcept) === 'not-done') {
      ctx.addBiomarker(p, found, { field: 'brca', value: 'unknown', ...dated, source: p.source });
      return;
    }
    const present = variantCall(r.valueCodeableConcept);
    if (present === undefined) {
      ctx.report(p, found, 'not-mapped', describeMissingResult(r, 'BRCA variant'));
      return;
    }
    const [onlyGene] = brca.size === 1 ? [...brca] : [];
    ctx.addBiomarker(p, found, {
      field: 'brca',
      value: germline === undefined ? 'unknown' : present ? 'mutated' : 'not-mutated',
      ...(onlyGene && !present ? { gene: onlyGene } : {}),
      ...(germline === undefined
        ? { note: 'the report does not say germline or somatic; check before relying on it' }
        : {}),
      ...dated,
      source: p.source,
    });
  },
};

/** BRCA tests coded per gene or for both genes, read like the mCODE tumour-marker tests. */
export const brcaTestReader: ObservationReader = {
  name: 'BRCA test',
  matches: ({ loinc }) =>
    loinc.some(
      (c) => c in brcaMarkerCodes || c in brcaGeneTestCodes || brcaBothGenesCodes.includes(c),
    ),
  read({ ctx, p, r, found, loinc, dated }) {
    const gene = loinc
      .map((c) => brcaMarkerCodes[c] ?? brcaGeneTestCodes[c])
      .find((g) => g !== undefined);
    const present = variantCall(r.valueCodeableConcept) ?? variantCall(r.interpretation?.[0]);
    if (present === undefined) {
      ctx.report(p, found, 'not-mapped', describeMissingResult(r, gene ?? 'BRCA'));
      return;
    }
    ctx.addBiomarker(p, found, {
      field: 'brca',
      value: present ? 'mutated' : 'not-mutated',
      ...(gene ? { gene } : {}),
      ...dated,
      source: p.source,
    });
  },
};

/** ICHOM's germline findings, given as the value of any observation. */
export const brcaFindingReader: ObservationReader = {
  name: 'BRCA finding',
  matches: ({ r }) =>
    codeIn(r.valueCodeableConcept, systems.snomed).some((c) => c in brcaFindingSnomed),
  read({ ctx, p, r, found, dated }) {
    const value = codeIn(r.valueCodeableConcept, systems.snomed)
      .map((c) => brcaFindingSnomed[c])
      .find((v) => v !== undefined);
    if (!value) return;
    ctx.addBiomarker(p, found, { field: 'brca', value, ...dated, source: p.source });
  },
};

/** PIK3CA tests by LOINC: shown on the review screen. */
export const pik3caTestReader: ObservationReader = {
  name: 'PIK3CA test',
  matches: ({ loinc }) => loinc.some((c) => pik3caTestCodes.includes(c)),
  read({ ctx, p, r, found, dated }) {
    const present = variantCall(r.valueCodeableConcept) ?? variantCall(r.interpretation?.[0]);
    ctx.addRecord(p, found, {
      topic: 'variant',
      label: 'PIK3CA test',
      value:
        present === undefined
          ? (r.valueString ?? 'reported')
          : present
            ? 'variant present'
            : 'no variant',
      ...(dated.date ? { date: dated.date } : {}),
    });
  },
};
