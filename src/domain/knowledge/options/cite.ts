import { drugs, type DrugClass } from '../drugs.ts';
import type { Slot } from '../option.ts';
import type { DocumentId, SourceRef } from '../sources.ts';

/** A citation: document id and the section heading as the document writes it. */
export const cite = (doc: DocumentId, section: string): SourceRef => ({ doc, section });

export const agentsOfClass = (drugClass: DrugClass): string[] =>
  drugs.filter((d) => d.drugClass === drugClass).map((d) => d.name);

export const slot = (
  label: string,
  agents: readonly string[],
  continuesAfterProgression = false,
): Slot =>
  continuesAfterProgression ? { label, agents, continuesAfterProgression } : { label, agents };

export const aromataseInhibitorSlot = slot(
  'aromatase inhibitor',
  agentsOfClass('aromatase inhibitor'),
);
export const ovarianSuppressionSlot = slot(
  'LHRH / GnRH agonist',
  agentsOfClass('LHRH / GnRH agonist'),
);
export const chemotherapySlot = slot('chemotherapy', agentsOfClass('chemotherapy'));
/** Hormone therapies the documents pair with another drug. */
export const endocrinePartnerSlot = slot('hormone therapy', [
  ...agentsOfClass('aromatase inhibitor'),
  'tamoxifen',
  'toremifene',
  'fulvestrant',
]);
export const trastuzumabSlot = (continuesAfterProgression = false) =>
  slot('anti-HER2', ['trastuzumab'], continuesAfterProgression);

/** Every systemic option is chosen when a new line starts. */
export const whenChoosingLine = ['choosing-line'] as const;
/** Local therapy does not start or end a line, so it can be offered at any point. */
export const atAnyPoint = [
  'intake',
  'choosing-line',
  'on-line',
  'on-break',
  'supportive-care',
] as const;
