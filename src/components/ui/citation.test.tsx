// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSourceDocument, type QuotedSource } from '../../domain/index.ts';
import { PrintCitation, SourceIds } from './citation.tsx';

const source = (doc: '001' | '003', section: string, n: number): QuotedSource => ({
  doc,
  section,
  quote: `Sentence ${n} of ${section}.`,
  sentence: `${doc}/${section}/${n}`,
});

describe('SourceIds', () => {
  it('names each document once, with its title and the headings cited on hover', () => {
    const { container } = render(
      <SourceIds
        sources={[
          source('003', 'Hormone therapy', 1),
          source('001', 'Treatment Strategies', 2),
          source('003', 'Hormone therapy', 3),
          source('003', 'Targeted therapy', 4),
        ]}
      />,
    );
    expect(container).toHaveTextContent(/^003001$/);
    const doc = getSourceDocument('003');
    expect(screen.getByText('003')).toHaveAttribute(
      'title',
      `003: ${doc.title} (${doc.dateAsStated}), sections "Hormone therapy", "Targeted therapy"`,
    );
    expect(screen.getByText('001').getAttribute('title')).toMatch(
      /, section "Treatment Strategies"$/,
    );
  });
});

describe('PrintCitation', () => {
  it('quotes the words inline, then where they stand and the other documents', () => {
    const { container } = render(
      <PrintCitation
        source={{ ...source('001', 'Endocrine therapy', 1), listItem: 'letrozole' }}
        also={['003', '004']}
      />,
    );
    expect(container).toHaveTextContent(
      'Sentence 1 of Endocrine therapy. … letrozole (001 Endocrine therapy; also 003, 004)',
    );
    expect(container.querySelector('q')).toHaveTextContent(
      /^Sentence 1 of Endocrine therapy\. … letrozole$/,
    );
  });

  it('gives only where the words stand when not quoted, and only the others with no basis', () => {
    const { container, rerender } = render(
      <PrintCitation source={source('003', 'Hormone therapy', 2)} quoted={false} />,
    );
    expect(container).toHaveTextContent(/^\(003 Hormone therapy\)$/);
    rerender(<PrintCitation source={undefined} also={['002']} />);
    expect(container).toHaveTextContent(/^also 002$/);
  });
});
