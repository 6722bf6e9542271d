import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumPath, recordLetrozoleLine } from '../test/e2e/browser.ts';
import { slowDown, timeEvent } from './bench/browser-figures.ts';
import { printTable } from './bench/measure.ts';

/**
 * `npm run bench:profile`: where the time of one progression goes, at 4x slower CPU. The app is
 * built without minification (function names kept), a line is started in the bone example, and
 * 15 progressions are recorded under Chromium's sampling profiler. Each sample is put in the
 * first group its call stack matches, in the order below, and the groups are printed as shares
 * of the sampled time. The profiler slows the page down, so the shares matter, not the
 * milliseconds; docs/performance.md quotes them.
 */
const root = join(import.meta.dirname, '..');
const rounds = 15;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Groups, first match wins; `stack` holds function names, innermost first, and each url. */
const groups: ReadonlyArray<readonly [string, (stack: readonly string[]) => boolean]> = [
  ['browser: style, layout and paint of the frame', (s) => s[0] === '(program)'],
  ['garbage collection', (s) => s[0] === '(garbage collector)'],
  ['idle (waiting for the frame)', (s) => s[0] === '(idle)'],
  ['style and layout forced by focusing the new log entry', (s) => s.includes('focus')],
  [
    'saving the case and the library list',
    (s) => s.some((f) => ['saveCase', 'readRecord', 'listLibrary', 'flush'].includes(f)),
  ],
  ['checking the edit: replay of the new log', (s) => s.includes('appendEvent')],
  ['replay (session)', (s) => s.includes('replayCase')],
  ['recommend', (s) => s.includes('recommend')],
  ['timeline data and chart (recharts)', (s) => s.some((f) => f.includes('timeline-chart'))],
  [
    'React commit (DOM changes, effects)',
    (s) => s.some((f) => /^(commitRoot|flushPassiveEffects|commitMutationEffects)/.test(f)),
  ],
  [
    'React render (components, new elements)',
    (s) => s.some((f) => /^(performUnitOfWork|renderRootSync|workLoopSync)$/.test(f)),
  ],
  ['other script (event dispatch, the bench’s own frame checks)', () => true],
];

function groupTimes(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const times = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const stack: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)?.callFrame;
      if (!frame) break;
      stack.push(frame.functionName || '(anonymous)');
      if (frame.url.includes('timeline-chart')) stack.push('timeline-chart');
    }
    const [name] = groups.find(([, matches]) => matches(stack)) ?? ['other'];
    times.set(name, (times.get(name) ?? 0) + ms);
  });
  return times;
}

await build({
  root,
  logLevel: 'warn',
  build: { minify: false, outDir: 'dist-profile', emptyOutDir: true },
});
const server = await preview({
  root,
  build: { outDir: 'dist-profile' },
  preview: { port: 4397, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4397/?example=hr-positive-bone-first-line');
  await page.locator('tr[data-candidate]').first().waitFor();
  await recordLetrozoleLine(page);
  await page.locator('.timeline-chart[data-markers]').first().waitFor();
  const running = (await page.getByTestId('course-state').textContent()) ?? '';
  await slowDown(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const total = new Map<string, number>();
  const times: number[] = [];
  for (let i = 0; i < rounds + 3; i += 1) {
    await page.locator('form.event-form').first().getByLabel('Event').selectOption('progression');
    await page.waitForTimeout(200);
    const measured = i >= 3; // three rounds to warm up
    if (measured) await cdp.send('Profiler.start');
    const ms = await timeEvent(page, 'Line 2: choosing next treatment');
    if (measured) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      times.push(ms);
      for (const [name, t] of groupTimes(profile)) total.set(name, (total.get(name) ?? 0) + t);
    }
    await page.getByRole('button', { name: 'Undo last event' }).click();
    await page.getByText(running, { exact: true }).waitFor();
  }
  const sampled = [...total.values()].reduce((a, b) => a + b, 0);
  times.sort((a, b) => a - b);
  printTable(
    `One progression at 4x slower CPU, under the profiler (median ${Math.round(times[Math.floor(times.length / 2)] ?? 0)} ms over ${rounds} rounds; sampled ${Math.round(sampled / rounds)} ms per round)`,
    ['group', 'share'],
    [...total]
      .sort((a, b) => b[1] - a[1])
      .map(([name, t]) => [name, `${((100 * t) / sampled).toFixed(0)}%`]),
  );
} finally {
  await browser.close();
  await server.close();
}
