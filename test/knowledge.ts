import { loadKnowledgeBase, readSourceTexts } from '../src/cli/source-texts.ts';

/** The knowledge base with the documents read from ../shared/sources, as the command does. */
export const sourceTexts = readSourceTexts();
export const knowledge = loadKnowledgeBase();
