import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { chromiumPath } from '../../test/e2e/browser.ts';
import { encodeShareFragment } from '../../src/features/library/share-link.ts';
import { syntheticCourse, syntheticEventLog } from '../../test/fixtures/synthetic-histories.ts';
import { quantile } from './measure.ts';

export interface BrowserFigures {
  readonly loadToFirstCandidateMs: number;
  readonly eventToUpdateP50Ms: number;
  readonly eventToUpdateP95Ms: number;
  readonly longCaseEventToUpdateP50Ms: number;
  readonly longCaseEventToUpdateP95Ms: number;
  /** JavaScript heap in use, after garbage collection, with a 200-event case open and edited. */
  readonly heapAfter200EventsMb: number;
  readonly cpuSlowdown: number;
  /** The Chromium that measured, for docs/performance.md. */
  readonly chromiumVersion: string;
}

const cpuSlowdown = 4;

async function slowDown(page: Page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/**
 * Times, inside the page, from the click on "Record event" until the updated screen has been
 * painted: the course state shows `expected`, the timeline chart has drawn the new marker, and
 * the frame holding both has been laid out and painted (a task queued from that frame's
 * animation callback runs after its paint).
 */
async function timeEvent(page: Page, expected: string): Promise<number> {
  // A string, not a function: tsx would wrap named helpers in a `__name` call the page lacks.
  const script = `new Promise((resolve) => {
    const markers = () => document.querySelector('.timeline-chart')?.getAttribute('data-markers');
    const before = markers();
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Record event');
    const start = performance.now();
    button.click();
    (function check() {
      const state = document.querySelector('[data-testid="course-state"]').textContent;
      if (state === ${JSON.stringify(expected)} && markers() !== before) {
        setTimeout(() => resolve(performance.now() - start), 0);
      } else requestAnimationFrame(check);
    })();
  })`;
  return page.evaluate<number>(script);
}

/** Records progression, times it, undoes it; repeated to get a distribution. */
async function progressionTimes(page: Page, nextState: string, rounds: number) {
  const times: number[] = [];
  await page.locator('.timeline-chart[data-markers]').first().waitFor();
  const runningState = (await page.getByTestId('course-state').textContent()) ?? '';
  for (let i = 0; i < rounds; i += 1) {
    const form = page.locator('form.event-form').first();
    await form.getByLabel('Event').selectOption('progression');
    times.push(await timeEvent(page, nextState));
    await page.getByRole('button', { name: 'Undo last event' }).click();
    await page.getByText(runningState, { exact: true }).waitFor();
  }
  return times.sort((a, b) => a - b);
}

export async function browserFigures(root: string): Promise<BrowserFigures> {
  const server = await preview({ root, preview: { port: 4399, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const base = 'http://127.0.0.1:4399/';
    // Load to first candidate row, example case, 4x slower CPU: the median of five loads, each
    // in a fresh context (a single load varied by half from run to run).
    const loads: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const freshPage = await fresh.newPage();
      await slowDown(freshPage);
      await freshPage.goto(`${base}?example=hr-positive-bone-first-line`);
      await freshPage.locator('tr[data-candidate]').first().waitFor();
      loads.push(await freshPage.evaluate<number>('performance.now()'));
      await fresh.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await slowDown(page);
    await page.goto(`${base}?example=hr-positive-bone-first-line`);
    await page.locator('tr[data-candidate]').first().waitFor();
    loads.push(await page.evaluate<number>('performance.now()'));
    const loadToFirstCandidateMs = quantile(loads.sort((a, b) => a - b), 0.5);

    // A running line, then progression → line 2, many times.
    const form = page.locator('form.event-form').first();
    await form.getByLabel('Event').selectOption('start-line');
    const drug = form.getByLabel(/Regimen: add a drug/);
    await drug.fill('letrozole');
    await drug.press('Enter');
    await page.getByRole('button', { name: 'Record event' }).click();
    await page.getByText(/^Line 1 running since/).waitFor();
    const short = await progressionTimes(page, 'Line 2: choosing next treatment', 30);
    await context.close();

    // The same with a 30-line course, opened from a share link and saved as a copy.
    const long = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const longPage = await long.newPage();
    const course = syntheticCourse(30);
    const withRunning = { ...course, events: course.events.slice(0, -1) };
    await longPage.goto(`${base}${await encodeShareFragment(withRunning)}`);
    await longPage.getByRole('button', { name: 'Save a copy to my library' }).click();
    await longPage.locator('form.event-form').first().waitFor();
    await slowDown(longPage);
    const longTimes = await progressionTimes(longPage, 'Line 31: choosing next treatment', 30);
    await long.close();

    // Memory: a 200-event case opened, 10 events recorded and undone, then garbage collected.
    const big = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const bigPage = await big.newPage();
    await bigPage.goto(`${base}${await encodeShareFragment(syntheticEventLog(200))}`);
    await bigPage.getByRole('button', { name: 'Save a copy to my library' }).click();
    await bigPage.locator('form.event-form').first().waitFor();
    for (let i = 0; i < 10; i += 1) {
      const bigForm = bigPage.locator('form.event-form').first();
      await bigForm.getByLabel('Event').selectOption('progression');
      await bigPage.getByRole('button', { name: 'Record event' }).click();
      await bigPage.getByRole('button', { name: 'Undo last event' }).click();
    }
    const cdp = await big.newCDPSession(bigPage);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await big.close();

    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      loadToFirstCandidateMs: round(loadToFirstCandidateMs),
      eventToUpdateP50Ms: round(quantile(short, 0.5)),
      eventToUpdateP95Ms: round(quantile(short, 0.95)),
      longCaseEventToUpdateP50Ms: round(quantile(longTimes, 0.5)),
      longCaseEventToUpdateP95Ms: round(quantile(longTimes, 0.95)),
      heapAfter200EventsMb: round(heap.usedSize / 1024 / 1024),
      cpuSlowdown,
      chromiumVersion: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
