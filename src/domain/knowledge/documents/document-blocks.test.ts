import { describe, expect, it } from 'vitest';
import { knowledge, sourceTexts } from '../../../../test/knowledge.ts';
import { documentIds, getSourceDocument } from '../sources.ts';
import { layOutDocument, sentenceOfReference, type DocumentBlock } from './document-blocks.ts';
import { segmentDocument } from './segment-document.ts';

const segmented = (id: (typeof documentIds)[number]) => {
  const found = knowledge.evidence.documents.find((d) => d.doc === id);
  if (!found) throw new Error(`document ${id} missing`);
  return found;
};
const sentencesOf = (blocks: readonly DocumentBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? b.sentences
      : b.kind === 'list'
        ? b.items
        : b.kind === 'table'
          ? b.rows
          : [],
  );

describe('layOutDocument', () => {
  for (const id of documentIds) {
    it(`lays out every sentence of ${id} once, in order, under its headings`, () => {
      const doc = segmented(id);
      const { blocks, marked } = layOutDocument(
        sourceTexts[id],
        doc,
        getSourceDocument(id).outline,
      );
      expect(sentencesOf(blocks).map((s) => s.id)).toEqual(doc.sentences.map((s) => s.id));
      expect(marked).toEqual([]);
      const headings = blocks.filter((b) => b.kind === 'heading' || b.kind === 'caption');
      for (const section of doc.sections) {
        const written = getSourceDocument(id).outline.find((e) => e.text === section.heading);
        if (written && written.kind !== 'label')
          expect(headings.map((h) => 'text' in h && h.text)).toContain(section.heading);
      }
    });
  }

  it('marks the quoted sentence, and the sentence introducing a quoted list entry', () => {
    const doc = segmented('003');
    const item = doc.sentences.find((s) => s.kind === 'item' && s.leadInId);
    if (!item?.leadInId) throw new Error('003 has no introduced list entry');
    const layout = layOutDocument(
      sourceTexts['003'],
      doc,
      getSourceDocument('003').outline,
      item.id,
    );
    expect(layout.target).toBe(item.id);
    expect(layout.marked).toEqual([item.leadInId, item.id]);
    const markedText = sentencesOf(layout.blocks)
      .filter((s) => s.marked)
      .map((s) => s.text);
    expect(markedText).toEqual([item.leadIn, item.text]);
    expect(layout.blocks.some((b) => b.kind === 'list' && b.items.some((i) => i.marked))).toBe(
      true,
    );
  });

  it('reads a clause reference as its sentence, and ignores an unknown one', () => {
    expect(sentenceOfReference('003/hormone-therapy/4#10-60')).toBe('003/hormone-therapy/4');
    const doc = segmented('001');
    const first = doc.sentences[0]!;
    const outline = getSourceDocument('001').outline;
    expect(layOutDocument(sourceTexts['001'], doc, outline, `${first.id}#0-30`).marked).toEqual([
      first.id,
    ]);
    const unknown = layOutDocument(sourceTexts['001'], doc, outline, '001/nowhere/9');
    expect(unknown.marked).toEqual([]);
    expect(unknown.target).toBeUndefined();
  });

  it('keeps table rows together under their caption and labelled paragraphs labelled', () => {
    const table = layOutDocument(
      sourceTexts['001'],
      segmented('001'),
      getSourceDocument('001').outline,
    );
    const caption = table.blocks.findIndex(
      (b) => b.kind === 'caption' && b.text === 'Table 1. Common Hormone Therapy Options',
    );
    expect(table.blocks[caption + 1]?.kind).toBe('table');
    const labelled = layOutDocument(
      sourceTexts['002'],
      segmented('002'),
      getSourceDocument('002').outline,
    );
    expect(
      labelled.blocks
        .filter((b) => b.kind === 'paragraph' && b.label)
        .map((b) => 'label' in b && b.label),
    ).toEqual(['Chemotherapy', 'Hormone therapy', 'Targeted therapy', 'Immunotherapy']);
  });

  it('works on any text the segmenter takes', () => {
    const text = 'Title\n\nOne sentence. Another one.\n\n- first\n- second\n';
    const outline = [{ kind: 'heading', text: 'Title' }] as const;
    const doc = segmentDocument('000', text, outline);
    const { blocks } = layOutDocument(text, doc, outline, doc.sentences[1]!.id);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list']);
    expect(
      sentencesOf(blocks)
        .filter((s) => s.marked)
        .map((s) => s.text),
    ).toEqual(['Another one.']);
  });
});
