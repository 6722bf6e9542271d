/**
 * The five source documents in ../shared/sources. Every option, conflict and note in the
 * knowledge base cites one of these by id and by a section heading spelled exactly as the
 * document spells it (a test checks each heading against the document text).
 */

import type { DocumentOutline, OutlineEntry } from './documents/document-outline.ts';

export type DocumentId = '000' | '001' | '002' | '003' | '004';
export const documentIds: readonly DocumentId[] = ['000', '001', '002', '003', '004'];

const heading = (text: string): OutlineEntry => ({ kind: 'heading', text });
const table = (text: string): OutlineEntry => ({ kind: 'table', text });
const label = (text: string, paragraphs: number): OutlineEntry => ({
  kind: 'label',
  text,
  paragraphs,
});

export interface SourceDocument {
  readonly id: DocumentId;
  readonly title: string;
  /** The date exactly as the document states it, or why there is none. */
  readonly dateAsStated: string;
  /**
   * Order by age, 1 = newest, used only where documents disagree and the tool must rank.
   * Undated documents are placed after the dated ones, with the reason in `dateNote`.
   */
  readonly recency: number;
  readonly dateNote?: string;
  readonly publisher: string;
  /**
   * Every heading, table caption and paragraph label of the document, as written: the segmenter
   * (documents/segment-document.ts) uses it to tell which section each sentence stands under.
   */
  readonly outline: DocumentOutline;
  /** Passages that must not be read literally, and how the knowledge base reads them. */
  readonly readingNotes: readonly string[];
}

export const sourceDocuments: readonly SourceDocument[] = [
  {
    id: '000',
    title: 'Advanced Breast Cancer Treatment',
    dateAsStated: 'Posted on May 22, 2023',
    recency: 2,
    publisher: "A cancer centre's web page",
    outline: [
      heading('Advanced Breast Cancer Treatment'),
      heading('Systemic Therapies as Advanced Breast Cancer Treatment'),
      heading('ER-positive or PR-positive Cancers'),
      heading('ER-negative or PR-negative Cancers'),
    ],
    readingNotes: [
      'The heading "ER-negative or PR-negative Cancers" introduces hormone-receptor-negative disease; the knowledge base reads it as both ER and PR negative.',
      'The paragraphs on HER2-positive and HER2-negative disease have no heading of their own; they stand under "ER-negative or PR-negative Cancers" and are cited there.',
      '"HER2-negative cancer patients prefer chemotherapy as the most viable option" is garbled if read for every HER2-negative patient: the same page puts hormone therapy first for hormone-receptor-positive disease and, in the next sentence, gives chemotherapy with hormone therapy for it. The knowledge base reads it for disease that is HER2-negative and hormone-receptor-negative.',
    ],
  },
  {
    id: '001',
    title: 'Advanced Breast Cancer (patient guide)',
    dateAsStated: 'Undated',
    recency: 5,
    dateNote:
      'Undated; its content predates the approval of PARP inhibitors and checkpoint inhibitors in breast cancer, so it ranks as the oldest.',
    publisher: 'A patient guide',
    outline: [
      heading('Advanced Breast Cancer'),
      heading('Treatment Strategies'),
      heading('Types of Treatment'),
      heading('Hormone Therapy'),
      table('Table 1. Common Hormone Therapy Options'),
      heading('Common chemotherapy options'),
      heading('Targeted Therapy'),
      table('Table 2. Targeted Therapy Options'),
      heading('Radiation Therapy'),
      heading('Resistance to Treatment'),
      heading('Palliative Treatment'),
      heading('Choosing the Right Path for Yourself'),
      heading('Additional Resources'),
    ],
    readingNotes: [
      'The paragraph on when chemotherapy is used has no heading of its own; it follows Table 1 and stands under "Hormone Therapy", where it is cited (not under "Common chemotherapy options", which heads only the list after it).',
      'Its statements that PARP inhibitors are available only in clinical trials and that no targeted drug is approved for triple-negative disease are out of date relative to 002 and 003; they are shown as disagreements, not applied.',
    ],
  },
  {
    id: '002',
    title: 'Stage 4 Breast Cancer Treatment Options',
    dateAsStated: 'Medically reviewed 26 March 2021',
    recency: 3,
    publisher: 'A medically reviewed web page',
    outline: [
      heading('Stage 4 Breast Cancer Treatment Options'),
      label('Chemotherapy', 2),
      label('Hormone therapy', 2),
      label('Targeted therapy', 2),
      label('Immunotherapy', 1),
      heading('Referenced on 25.3.2021'),
    ],
    readingNotes: [
      'Its sections are paragraphs that open with a label ("Hormone therapy:", "Targeted therapy:"); the label is cited as the heading.',
      'After listing HER2-targeted drugs it says they are offered for hormone-receptor-positive, HER2-negative tumours. That is an editing error: HER2-targeted drugs are only ever candidates for HER2-positive disease. Whether it meant to limit them to hormone-receptor-positive disease cannot be told, so it is shown as ambiguous on that question.',
      'It names Abraxane (nab-paclitaxel) as the partner of atezolizumab, after writing "paclitaxel"; the knowledge base uses nab-paclitaxel.',
    ],
  },
  {
    id: '003',
    title: 'Treatments for metastatic breast cancer',
    dateAsStated: '© 2024 Canadian Cancer Society',
    recency: 1,
    publisher: 'Canadian Cancer Society (cites ASCO 2021, ESMO 2021, NCCN 2022)',
    outline: [
      heading('Treatments for metastatic breast cancer'),
      heading('Hormone therapy'),
      heading('Chemotherapy'),
      heading('Targeted therapy'),
      heading('Radiation therapy'),
      heading('Surgery'),
      heading('Clinical trials'),
      heading("If you can’t have or don't want cancer treatment"),
      heading('Expert review and references'),
      heading('Medical disclaimer'),
    ],
    readingNotes: [
      'It lists the HER2-targeted drugs under hormone-receptor-positive, HER2-positive disease only; 000 and 001 give them for HER2-positive disease whatever the hormone-receptor status, and 002 is ambiguous.',
    ],
  },
  {
    id: '004',
    title: 'Metastatic breast cancer treatment',
    dateAsStated: 'Undated',
    recency: 4,
    dateNote:
      'Undated; placed after the dated documents and before 001, whose content is older (004 already presents immunotherapy as an option).',
    publisher: 'A patient information page',
    outline: [
      heading('Metastatic breast cancer treatment'),
      heading('Types of metastatic breast cancer treatment'),
      heading('Hormonal therapy'),
      heading('Chemotherapy'),
      heading('Radiation therapy'),
      heading('Targeted therapy'),
      heading('Immunotherapy'),
      heading('Taking breaks from treatment'),
      heading('Questions to ask before starting treatment'),
    ],
    readingNotes: [],
  },
];

const byId = new Map(sourceDocuments.map((doc) => [doc.id, doc]));

export function getSourceDocument(id: DocumentId): SourceDocument {
  const doc = byId.get(id);
  if (!doc) throw new Error(`unknown source document ${id}`);
  return doc;
}

export interface SourceRef {
  readonly doc: DocumentId;
  readonly section: string;
}
