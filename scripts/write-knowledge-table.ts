import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/cli/source-texts.ts';
import { renderKnowledgeTable } from './render-knowledge-table.ts';

/** `npm run kb:table`: rewrites docs/knowledge-base.md from the knowledge base. */
const knowledge = loadKnowledgeBase();
const target = join(import.meta.dirname, '../docs/knowledge-base.md');
writeFileSync(target, renderKnowledgeTable(knowledge));
process.stdout.write(`wrote ${target} (${knowledge.options.length} options)\n`);
