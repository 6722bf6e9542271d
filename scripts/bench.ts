import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { browserFigures } from './bench/browser-figures.ts';
import { bundleFigures } from './bench/bundle-figures.ts';
import { engineFigures } from './bench/engine-figures.ts';
import { printTable } from './bench/measure.ts';

/**
 * `npm run bench`: engine, bundle and browser figures, printed as tables and written to
 * bench/results.json. Figures, not a pass/fail test; the targets are printed beside them.
 */
const root = join(import.meta.dirname, '..');

const engine = engineFigures(root);
printTable(
  'Engine (target: recommend median < 1 ms, replay of 1,000 events < 20 ms)',
  ['benchmark', 'median ms', 'p99 ms', 'runs'],
  [...engine.recommend, engine.replay].map((f) => [
    f.name,
    f.medianMs.toFixed(3),
    f.p99Ms.toFixed(3),
    String(f.runs),
  ]),
);

const bundle = await bundleFigures(root);
printTable(
  'Bundle (target: first screen < 200 KB gzip JavaScript)',
  ['file', 'KB', 'gzip KB'],
  [
    ...bundle.files.map((f) => [f.file, f.kb.toFixed(1), f.gzipKb.toFixed(1)]),
    ['first screen JS', '', bundle.firstScreenJsGzipKb.toFixed(1)],
    ['all JS', '', bundle.totalJsGzipKb.toFixed(1)],
  ],
);
printTable(
  'Largest modules (before minification)',
  ['module', 'KB'],
  bundle.largestModules.map((m) => [m.module, m.kb.toFixed(1)]),
);

const browser = await browserFigures(root);
printTable(
  `Browser, headless Chromium, CPU ${browser.cpuSlowdown}x slower (target: p95 < 100 ms)`,
  ['measure', 'ms'],
  [
    ['load to first candidate row', browser.loadToFirstCandidateMs.toFixed(1)],
    ['event to updated table and timeline painted, p50', browser.eventToUpdateP50Ms.toFixed(1)],
    ['event to updated table and timeline painted, p95', browser.eventToUpdateP95Ms.toFixed(1)],
    ['same with a 30-line case, p50', browser.longCaseEventToUpdateP50Ms.toFixed(1)],
    ['same with a 30-line case, p95', browser.longCaseEventToUpdateP95Ms.toFixed(1)],
    ['response assessment (candidates unchanged), p50', browser.smallUpdateP50Ms.toFixed(1)],
    ['response assessment (candidates unchanged), p95', browser.smallUpdateP95Ms.toFixed(1)],
    [
      `style and layout of ${browser.freshRows} new candidate rows, no script`,
      browser.freshRowsStyleLayoutMs.toFixed(1),
    ],
    ['JS heap after 200 events (MB, not ms)', browser.heapAfter200EventsMb.toFixed(1)],
  ],
);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const results = {
  measuredAt: new Date().toISOString(),
  // Figures mean little without the machine: docs/performance.md prints it beside them.
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browser.chromiumVersion,
  },
  engine: {
    recommendMedianMs: median(engine.recommend.map((f) => f.medianMs)),
    recommendP99Ms: Math.max(...engine.recommend.map((f) => f.p99Ms)),
    replay1000Ms: engine.replay.medianMs,
    perCase: engine.recommend,
  },
  bundle,
  browser,
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write('\nwritten to bench/results.json\n');
