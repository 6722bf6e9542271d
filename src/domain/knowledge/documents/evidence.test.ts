import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge, sourceTexts } from '../../../../test/knowledge.ts';
import { collectReferences, namedSentences } from '../references.ts';
import { documentIds } from '../sources.ts';
import { createEvidence } from './evidence.ts';
import { normaliseForComparison } from './normalise-text.ts';
import { textUnder } from '../../../../test/document-sections.ts';

const everyReference = [
  ...collectReferences(knowledge).map((r) => ({ where: `${r.use.kind} ${r.use.id}`, ref: r.ref })),
  ...namedSentences.map((n) => ({ where: n.name, ref: n.ref })),
];

describe('evidence: every reference resolves to the documents’ own words', () => {
  it('finds every heading, table caption and paragraph label of the outlines in the texts', () => {
    for (const doc of knowledge.evidence.documents) {
      expect(doc.missingHeadings, doc.doc).toEqual([]);
    }
  });

  it('has more than 200 references, each resolving with an unchanged fingerprint', () => {
    expect(everyReference.length).toBeGreaterThan(200);
    const problems = everyReference
      .map(({ where, ref }) => {
        const problem = knowledge.evidence.check(ref);
        return problem ? `${where}: ${problem}` : undefined;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('quotes words found verbatim (apart from whitespace and typographic marks) under the cited heading in the file', () => {
    const problems: string[] = [];
    for (const { where, ref } of everyReference) {
      const quoted = knowledge.evidence.quote(ref);
      for (const words of [quoted.quote, quoted.listItem ?? quoted.quote]) {
        const quote = normaliseForComparison(words);
        const found = textUnder(ref.doc, ref.section).includes(quote);
        if (!found) problems.push(`${where}: "${quote}" is not under ${ref.doc} "${ref.section}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('quotes at least 20 characters from every sentence an option, conflict or note cites', () => {
    const short = collectReferences(knowledge)
      .filter((r) => r.use.kind !== 'drug')
      .map((r) => ({
        where: `${r.use.kind} ${r.use.id}`,
        quote: knowledge.evidence.quote(r.ref).quote,
      }))
      .filter((q) => q.quote.length < 20);
    expect(short).toEqual([]);
  });

  it('detects a changed document: the reference no longer resolves and the quote says so', () => {
    const ref = namedSentences.find((n) => n.name === 'd003.switchAromataseInhibitor')!.ref;
    const edited = {
      ...sourceTexts,
      '003': sourceTexts['003'].replace('a different aromatase inhibitor', 'another drug'),
    };
    const evidence = createEvidence(edited);
    expect(evidence.check(ref)).toMatch(/words changed/);
    expect(evidence.quote(ref).quote).toMatch(/^\[quote unavailable/);
  });

  it('refuses a reference to a heading the sentence does not stand under', () => {
    const ref = namedSentences.find(
      (n) => n.name === 'd000.trastuzumabPrimaryForHer2Positive',
    )!.ref;
    const moved = { ...ref, section: 'Systemic Therapies as Advanced Breast Cancer Treatment' };
    expect(knowledge.evidence.check(moved)).toMatch(/no such sentence|stands under|words changed/);
    // The file itself: the trastuzumab sentence is not in the text under that heading.
    const words = normaliseForComparison(knowledge.evidence.quote(ref).quote);
    expect(textUnder('000', moved.section)).not.toContain(words);
    expect(textUnder('000', ref.section)).toContain(words);
  });
});

/** Files the repository holds: any of them quoting the documents would be a copy. */
function repositoryFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return repositoryFiles(path);
    return /\.(ts|tsx|json|md|css|html)$/.test(name) ? [path] : [];
  });
}

describe('the repository holds references, not copies', () => {
  it('contains no sentence of the documents longer than 40 characters', () => {
    const root = join(import.meta.dirname, '../../../..');
    const sentences = knowledge.evidence.documents
      .flatMap((d) => d.sentences)
      .map((s) => normaliseForComparison(s.text))
      .filter((s) => s.length > 40);
    const files = ['src', 'test', 'docs', 'public', 'mocks', 'scripts', 'README.md'].flatMap(
      (p) => {
        const path = join(root, p);
        return statSync(path).isDirectory() ? repositoryFiles(path) : [path];
      },
    );
    const copies: string[] = [];
    for (const file of files) {
      const text = normaliseForComparison(readFileSync(file, 'utf8'));
      for (const sentence of sentences) {
        if (text.includes(sentence)) copies.push(`${file.slice(root.length + 1)}: "${sentence}"`);
      }
    }
    expect(copies).toEqual([]);
  });
});

describe('sentence ids', () => {
  it('are unique within the five documents', () => {
    for (const id of documentIds) expect(sourceTexts[id].length).toBeGreaterThan(1000);
    const ids = knowledge.evidence.documents.flatMap((d) => d.sentences.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
