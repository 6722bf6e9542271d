import { conflicts } from './conflicts.ts';
import { drugs } from './drugs.ts';
import type { Conflict, RegimenOption } from './option.ts';
import { antiHer2Options } from './options/anti-her2.ts';
import { chemotherapyOptions } from './options/chemotherapy.ts';
import { endocrineOptions } from './options/endocrine.ts';
import { localTherapyOptions } from './options/local-therapy.ts';
import { parpAndImmunotherapyOptions } from './options/parp-and-immunotherapy.ts';
import { supportiveAndCourseOptions } from './options/supportive-and-course.ts';
import { targetedHormoneReceptorPositiveOptions } from './options/targeted-hormone-receptor-positive.ts';
import { sourceDocuments, type SourceDocument } from './sources.ts';
import type { Drug } from './drugs.ts';
import { knowledgeVersion } from './version.ts';

export interface KnowledgeBase {
  readonly version: string;
  readonly sources: readonly SourceDocument[];
  readonly drugs: readonly Drug[];
  /** In display order: within a tier, candidates keep this order. */
  readonly options: readonly RegimenOption[];
  readonly conflicts: readonly Conflict[];
}

export const knowledge: KnowledgeBase = {
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
};
