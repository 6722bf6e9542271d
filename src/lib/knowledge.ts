import sourceTexts from 'virtual:source-texts';
import { buildKnowledgeBase } from '../domain/index.ts';

/**
 * The app's knowledge base. The five documents' texts are read from ../shared/sources when Vite
 * builds (or serves) the app, never copied into the repository; every quote on screen is
 * resolved from them by sentence reference.
 */
export { sourceTexts };

export const knowledge = buildKnowledgeBase(sourceTexts);
