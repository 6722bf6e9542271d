import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  benchResultsSchema,
  docPath,
  performanceDoc,
  readBenchResults,
  resultsPath,
  type BenchResults,
} from './write-performance-doc.ts';

const small: BenchResults = {
  measuredAt: '2026-03-04T05:06:07.000Z',
  machine: {
    cpu: 'Test CPU',
    cores: 3,
    memoryGb: 7.5,
    os: 'Linux 6.1',
    node: 'v20.19.0',
    chromium: '140.0.1',
  },
  engine: {
    recommendMedianMs: 0.123,
    recommendP99Ms: 2.345,
    replay1000Ms: 7.89,
    perCase: [{ name: 'recommend: brain-single', medianMs: 0.456, p99Ms: 1.234, runs: 1000 }],
  },
  bundle: {
    files: [{ file: 'assets/index-abc.js', kb: 321.4, gzipKb: 98.7 }],
    firstScreenJsGzipKb: 187.6,
    totalJsGzipKb: 301.2,
    largestModules: [{ module: '\0virtual:source-texts', kb: 33.7 }],
  },
  browser: {
    loadToFirstCandidateMs: 1234.5,
    eventToUpdateP50Ms: 87.6,
    eventToUpdateP95Ms: 143.2,
    longCaseEventToUpdateP50Ms: 65.4,
    longCaseEventToUpdateP95Ms: 98.7,
    heapAfter200EventsMb: 21.4,
    cpuSlowdown: 4,
  },
};

describe('docs/performance.md', () => {
  it('shows every figure of the results beside its target, with the date and the machine', async () => {
    const text = await performanceDoc(small);
    expect(text).toContain('Measured on 2026-03-04 at 05:06 UTC');
    expect(text).toContain('Test CPU, 3 cores, 7.5 GB memory');
    expect(text).toContain('Chromium 140.0.1');
    for (const figure of [
      '0.12 ms (2.3 ms)',
      '7.9 ms',
      '187.6 KB (301.2 KB)',
      '1235 ms',
      '87.6 ms / 143 ms',
      '65.4 ms / 98.7 ms',
      '| brain-single ',
      '0.46 ms',
      '`assets/index-abc.js`',
      '98.7 KB',
      '`virtual:source-texts`',
    ]) {
      expect(text, figure).toContain(figure);
    }
    for (const target of ['< 1 ms median', '< 20 ms', '< 200 KB', 'p95 < 100 ms']) {
      expect(text, target).toContain(target);
    }
    // The short case misses the browser target, the 30-line case meets it.
    expect(text).toMatch(/p50 \/ p95 +\| 87\.6 ms \/ 143 ms +\| p95 < 100 ms +\| \*\*not met\*\*/);
    expect(text).toMatch(
      /30-line case, p50 \/ p95 +\| 65\.4 ms \/ 98\.7 ms +\| p95 < 100 ms +\| met/,
    );
    expect(text).toContain('npm run bench');
    expect(text).toContain('npm run docs:performance');
    expect(text).not.toContain('\0');
  });

  it('splits a progression into what any event costs and what its new rows cost', async () => {
    const text = await performanceDoc({
      ...small,
      browser: {
        ...small.browser,
        smallUpdateP50Ms: 61.2,
        smallUpdateP95Ms: 104.5,
        freshRowsStyleLayoutMs: 27.3,
        freshRows: 12,
      },
    });
    expect(text).toMatch(
      /response assessment \(no candidate changes\), p50 \/ p95 +\| 61\.2 ms \/ 105 ms/,
    );
    expect(text).toMatch(
      /style and layout alone of the 12 new candidate rows \(median\) +\| 27\.3 ms/,
    );
    expect(text).toContain('already takes 105 ms at the 95th percentile');
    const under = await performanceDoc({
      ...small,
      browser: { ...small.browser, smallUpdateP50Ms: 50, smallUpdateP95Ms: 80 },
    });
    expect(under).toContain('stays under the target (80.0 ms at the 95th percentile)');
    // Results from before these figures existed still make a page, and say what is missing.
    expect(await performanceDoc(small)).toContain('not in these results (an older bench)');
  });

  it('says so when the results do not record the machine', async () => {
    const { machine: _machine, ...withoutMachine } = small;
    expect(await performanceDoc(withoutMachine)).toContain('The machine was not recorded');
  });

  it('is what `npm run docs:performance` writes from the committed bench/results.json', async () => {
    expect(existsSync(resultsPath), 'bench/results.json is committed').toBe(true);
    const expected = await performanceDoc(readBenchResults());
    const committed = readFileSync(docPath, 'utf8');
    expect(
      committed === expected,
      'docs/performance.md is stale: run `npm run docs:performance`',
    ).toBe(true);
  });

  it('reads the results file scripts/bench.ts writes', () => {
    const raw: unknown = JSON.parse(readFileSync(resultsPath, 'utf8'));
    expect(benchResultsSchema.safeParse(raw).success).toBe(true);
  });
});
