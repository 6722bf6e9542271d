// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DocumentId, QuotedSource } from '../../domain/index.ts';
import { knowledge } from '../../lib/knowledge.ts';
import { getSourceDocument } from '../../domain/index.ts';
import { QuotedCitation } from '../ui/citation.tsx';

/** A quote as the knowledge base would hand it over, for a sentence of the real document. */
function quoteOf(doc: DocumentId, pick: (kind: string, text: string) => boolean): QuotedSource {
  const found = knowledge.evidence.documents
    .find((d) => d.doc === doc)
    ?.sentences.find((s) => pick(s.kind, s.text));
  if (!found) throw new Error(`no such sentence in ${doc}`);
  return {
    doc,
    section: found.section,
    quote: found.leadIn ?? found.text,
    sentence: found.id,
    ...(found.leadIn ? { listItem: found.text } : {}),
  };
}

describe('Open document', () => {
  it('opens the document in a dialog at the quoted sentence, marked, and Escape returns focus', async () => {
    const user = userEvent.setup();
    const source = quoteOf(
      '003',
      (kind, text) => kind === 'sentence' && /GnRH\) agonist along with/.test(text),
    );
    render(<QuotedCitation source={source} />);
    const open = screen.getByRole('button', { name: 'Open document 003' });
    await user.click(open);

    const dialog = await screen.findByRole('dialog', {
      name: `003 ${getSourceDocument('003').title}`,
    });
    const marks = dialog.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual([source.quote]);
    expect(marks[0]).toHaveFocus();
    // The whole document is there, headings included, not only the quote.
    expect(within(dialog).getByRole('heading', { name: source.section })).toBeInTheDocument();
    expect(dialog.textContent.length).toBeGreaterThan(5000);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('marks a quoted list entry together with the sentence introducing it', async () => {
    const user = userEvent.setup();
    const source = quoteOf('003', (kind) => kind === 'item');
    render(<QuotedCitation source={source} />);
    await user.click(screen.getByRole('button', { name: 'Open document 003' }));
    const dialog = await screen.findByRole('dialog');
    expect([...dialog.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      source.quote,
      source.listItem,
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says so when the quoted sentence is not in the document, and still shows the document', async () => {
    const user = userEvent.setup();
    const source: QuotedSource = {
      doc: '001',
      section: 'Gone',
      quote: 'A sentence the document no longer has.',
      sentence: '001/gone/1',
    };
    render(<QuotedCitation source={source} />);
    await user.click(screen.getByRole('button', { name: 'Open document 001' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('status')).toHaveTextContent(/not in this copy/);
    expect(dialog.querySelector('mark')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /quoted sentence/ })).toBeNull();
  });
});
