import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getErrorMessage } from '../domain/error-message.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../domain/knowledge/index.ts';
import { documentIds, type DocumentId } from '../domain/knowledge/sources.ts';

/**
 * Reads the five source documents from ../shared/sources (beside the repository). Used by the
 * `recommend` command at run time and by Vite at build time, so quotes always come from the
 * document files themselves; the repository holds only references into them.
 */
export const defaultSourcesDir = join(import.meta.dirname, '../../../shared/sources');

/** The file of each source document in `dir` (named `<id>_<hash>.txt`). */
export function sourceFiles(dir: string = defaultSourcesDir): Record<DocumentId, string> {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch (error) {
    throw new Error(
      `cannot read the source documents in ${dir} (../shared must sit beside the repository): ${getErrorMessage(error)}`,
      { cause: error },
    );
  }
  const entries = documentIds.map((id) => {
    const file = files.find((name) => name.startsWith(`${id}_`) && name.endsWith('.txt'));
    if (!file) throw new Error(`no file for source document ${id} in ${dir}`);
    return [id, join(dir, file)] as const;
  });
  return Object.fromEntries(entries) as Record<DocumentId, string>;
}

export function readSourceTexts(dir: string = defaultSourcesDir): Record<DocumentId, string> {
  const files = sourceFiles(dir);
  const entries = documentIds.map((id) => [id, readFileSync(files[id], 'utf8')] as const);
  return Object.fromEntries(entries) as Record<DocumentId, string>;
}

/** The knowledge base joined with the documents read from `dir`. */
export function loadKnowledgeBase(dir: string = defaultSourcesDir): KnowledgeBase {
  return buildKnowledgeBase(readSourceTexts(dir));
}
