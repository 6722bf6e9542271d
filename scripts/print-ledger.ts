import { loadKnowledgeBase } from '../src/cli/source-texts.ts';
import { buildLedger, renderLedger } from '../src/domain/knowledge/ledger.ts';

/**
 * `npm run kb:ledger`: every sentence of the five documents, with the options, conflicts, notes
 * or drug names that use it, or why it is deliberately not encoded; the counts at the end.
 */
const ledger = buildLedger(loadKnowledgeBase());
process.stdout.write(renderLedger(ledger));
if (ledger.unaccounted.length > 0) process.exitCode = 1;
