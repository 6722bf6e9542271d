import sourceTexts from 'virtual:source-texts';
import { buildKnowledgeBase } from '../domain/index.ts';

/**
 * The app's knowledge base. The five documents' texts are read from ../shared/sources when Vite
 * builds (or serves) the app, never copied into the repository; every quote on screen is
 * resolved from them by sentence reference.
 */
export { sourceTexts };

export const knowledge = buildKnowledgeBase(sourceTexts);

const optionLabels = new Map(knowledge.options.map((o) => [o.id, o.label]));

/**
 * An option's label ("Tamoxifen") for the id a decision stores. An id the knowledge base no
 * longer holds is shown as stored, since nothing else names it.
 */
export function optionLabel(id: string): string {
  return optionLabels.get(id) ?? id;
}
