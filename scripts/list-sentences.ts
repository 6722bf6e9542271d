import { segmentDocument } from '../src/domain/knowledge/documents/segment-document.ts';
import {
  documentIds,
  getSourceDocument,
  type DocumentId,
} from '../src/domain/knowledge/sources.ts';
import { readSourceTexts } from '../src/cli/source-texts.ts';

/**
 * `npm run kb:sentences [-- 003]`: every sentence of the documents with its id and fingerprint,
 * for writing sentence references into the knowledge base (which stores the reference, never
 * the words).
 */
const wanted = process.argv.slice(2) as DocumentId[];
const texts = readSourceTexts();
for (const id of wanted.length > 0 ? wanted : documentIds) {
  const segmented = segmentDocument(id, texts[id], getSourceDocument(id).outline);
  for (const s of segmented.sentences) {
    process.stdout.write(`${s.id}\t${s.fingerprint}\t${s.kind}\tL${s.line}\t${s.text}\n`);
  }
  if (segmented.missingHeadings.length > 0) {
    process.stdout.write(
      `!! ${id}: headings not found: ${segmented.missingHeadings.join(' | ')}\n`,
    );
  }
}
