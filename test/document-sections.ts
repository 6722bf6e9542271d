import { sourceTexts } from './knowledge.ts';
import { getSourceDocument, type DocumentId } from '../src/domain/knowledge/sources.ts';
import { normaliseForComparison } from '../src/domain/knowledge/documents/normalise-text.ts';

/**
 * The text under a heading, read straight from the file (not through the segmenter): from the
 * heading's line to the next line that is another heading of the outline. Tables and labelled
 * paragraphs end where the next entry starts, which is enough to catch a wrong section.
 */
export function textUnder(doc: DocumentId, section: string): string {
  const outline = getSourceDocument(doc).outline;
  const lines = sourceTexts[doc].split('\n');
  // A heading's text runs to the next heading and includes the tables and labelled paragraphs
  // inside it; a table or labelled paragraph runs to the next entry of any kind.
  const kind = outline.find((e) => e.text === section)?.kind;
  const isEntry = (line: string) =>
    outline.some((e) =>
      kind === 'heading' && e.kind !== 'heading'
        ? false
        : e.kind === 'label'
          ? line.startsWith(`${e.text}:`)
          : line.trim() === e.text && e.text !== section,
    );
  const parts: string[] = [];
  let inside = false;
  for (const line of lines) {
    const opens = line.trim() === section || (line.startsWith(`${section}:`) && section.length > 0);
    if (opens) {
      inside = true;
      parts.push(line.startsWith(`${section}:`) ? line.slice(section.length + 1) : '');
      continue;
    }
    if (inside && isEntry(line)) inside = false;
    if (inside) parts.push(line);
  }
  return normaliseForComparison(parts.join(' '));
}
