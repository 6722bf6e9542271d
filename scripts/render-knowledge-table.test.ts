import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderKnowledgeTable } from './render-knowledge-table.ts';
import { knowledge } from '../test/knowledge.ts';

describe('docs/knowledge-base.md', () => {
  const rendered = renderKnowledgeTable(knowledge);

  it('is up to date (run `npm run kb:table` after changing the knowledge base)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../docs/knowledge-base.md'), 'utf8');
    expect(committed === rendered).toBe(true);
  });

  it('has a row for every option and a section for every conflict', () => {
    for (const option of knowledge.options) expect(rendered).toContain(`| ${option.id} |`);
    for (const conflict of knowledge.conflicts) expect(rendered).toContain(`### ${conflict.id}:`);
    expect(rendered).toContain(`# Knowledge base ${knowledge.version}`);
  });
});
