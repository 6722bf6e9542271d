/**
 * How a document is divided, declared as data: the lines that are headings, the tables (a
 * caption whose next block of lines are rows) and the paragraph labels ("Hormone therapy: ...")
 * that 002 uses instead of headings. The segmenter needs this because the documents are plain
 * text: nothing in the file marks a heading except that it stands on its own line, and so do
 * table rows and link texts.
 */
export type OutlineEntry =
  /** A line that is exactly this text opens a section, until the next heading. */
  | { readonly kind: 'heading'; readonly text: string }
  /**
   * A caption: the block of non-blank lines after it are table rows, one unit each; after the
   * block the text belongs to the heading above the caption again.
   */
  | { readonly kind: 'table'; readonly text: string }
  /**
   * A paragraph opening with "text:" opens a section of that name for `paragraphs` paragraphs
   * (the labelled one included); then the text belongs to the heading above again.
   */
  | { readonly kind: 'label'; readonly text: string; readonly paragraphs: number };

export type DocumentOutline = readonly OutlineEntry[];
