import { conflicts } from './conflicts.ts';
import { createEvidence, type Evidence, type SourceTexts } from './documents/evidence.ts';
import { drugs, type Drug } from './drugs.ts';
import { namedOnlyDrugs, type NamedOnlyDrug } from './named-only.ts';
import type { Conflict, RegimenOption } from './option.ts';
import { antiHer2Options } from './options/anti-her2.ts';
import { chemotherapyOptions } from './options/chemotherapy.ts';
import { endocrineOptions } from './options/endocrine.ts';
import { localTherapyOptions } from './options/local-therapy.ts';
import { parpAndImmunotherapyOptions } from './options/parp-and-immunotherapy.ts';
import { supportiveAndCourseOptions } from './options/supportive-and-course.ts';
import { targetedHormoneReceptorPositiveOptions } from './options/targeted-hormone-receptor-positive.ts';
import { sourceDocuments, type SourceDocument } from './sources.ts';
import { knowledgeVersion } from './version.ts';

/** The knowledge base as data: references into the documents, never their words. */
export interface KnowledgeContent {
  readonly version: string;
  readonly sources: readonly SourceDocument[];
  readonly drugs: readonly Drug[];
  /** In display order: within a tier, candidates keep this order. */
  readonly options: readonly RegimenOption[];
  readonly conflicts: readonly Conflict[];
  /** Drugs the documents only name for a subtype (listed apart, unranked). */
  readonly namedOnly: readonly NamedOnlyDrug[];
}

/** The content joined with the documents' texts, so every reference resolves to its words. */
export interface KnowledgeBase extends KnowledgeContent {
  readonly evidence: Evidence;
}

export const knowledgeContent: KnowledgeContent = {
  version: knowledgeVersion,
  sources: sourceDocuments,
  drugs,
  options: [
    ...antiHer2Options,
    ...targetedHormoneReceptorPositiveOptions,
    ...endocrineOptions,
    ...chemotherapyOptions,
    ...parpAndImmunotherapyOptions,
    ...localTherapyOptions,
    ...supportiveAndCourseOptions,
  ],
  conflicts,
  namedOnly: namedOnlyDrugs,
};

/**
 * The knowledge base for the texts of the five documents: read from ../shared/sources by the
 * command at run time and embedded by Vite at build time. The domain does no I/O itself.
 */
export function buildKnowledgeBase(
  texts: SourceTexts,
  content: KnowledgeContent = knowledgeContent,
): KnowledgeBase {
  return { ...content, evidence: createEvidence(texts) };
}

export type { SourceTexts } from './documents/evidence.ts';
