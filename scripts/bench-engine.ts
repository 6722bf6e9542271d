import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  knowledge,
  parseCaseText,
  recommend,
  replayCase,
  type CaseFile,
} from '../src/domain/index.ts';
import { syntheticCourse, syntheticEventLog } from '../test/fixtures/synthetic-histories.ts';

/**
 * `npm run bench:engine`: prints median and p99 of `recommend` on the example cases and on a
 * synthetic 30-line history, and of replaying a 1,000-event log. Figures, not a pass/fail test.
 */

interface Figures {
  readonly name: string;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly runs: number;
}

function measure(name: string, runs: number, work: () => unknown): Figures {
  for (let i = 0; i < Math.min(50, runs); i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { name, medianMs: at(0.5), p99Ms: at(0.99), runs };
}

function loadExamples(): Array<{ name: string; caseFile: CaseFile }> {
  const dir = join(import.meta.dirname, '../../shared/examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const parsed = parseCaseText(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} is not a valid case`);
      return { name: file.replace(/\.json$/, ''), caseFile: parsed.caseFile };
    });
}

const results: Figures[] = [];
const cases = [
  ...loadExamples(),
  { name: 'synthetic 30-line history', caseFile: syntheticCourse(30) },
];
for (const { name, caseFile } of cases) {
  const { snapshot, rejections } = replayCase(caseFile);
  if (rejections.length > 0) throw new Error(`${name}: events rejected`);
  results.push(measure(`recommend: ${name}`, 2000, () => recommend(snapshot, knowledge)));
}
const log = syntheticEventLog(1000);
results.push(
  measure('replay 1,000-event log', 200, () => {
    const { rejections } = replayCase(log);
    if (rejections.length > 0) throw new Error('synthetic log rejected');
  }),
);

const width = Math.max(...results.map((r) => r.name.length));
process.stdout.write(`${'benchmark'.padEnd(width)}  median ms     p99 ms   runs\n`);
for (const r of results) {
  process.stdout.write(
    `${r.name.padEnd(width)}  ${r.medianMs.toFixed(3).padStart(9)}  ${r.p99Ms.toFixed(3).padStart(9)}  ${String(r.runs).padStart(5)}\n`,
  );
}
