import { join } from 'node:path';
import { engineFigures } from './bench/engine-figures.ts';
import { printTable } from './bench/measure.ts';

/**
 * `npm run bench:engine`: median and p99 of `recommend` on the example cases, the scenarios and
 * a synthetic 30-line history, and of replaying a 1,000-event log. Figures, not a test.
 */
const { recommend, replay } = engineFigures(join(import.meta.dirname, '..'));
printTable(
  'Engine',
  ['benchmark', 'median ms', 'p99 ms', 'runs'],
  [...recommend, replay].map((f) => [
    f.name,
    f.medianMs.toFixed(3),
    f.p99Ms.toFixed(3),
    String(f.runs),
  ]),
);
