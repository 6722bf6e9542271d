import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { chromiumPath, recordLetrozoleLine, recordProgression } from '../../test/e2e/browser.ts';
import { encodeShareFragment } from '../../src/features/library/share-link.ts';
import { syntheticCourse, syntheticEventLog } from '../../test/fixtures/synthetic-histories.ts';
import { quantile } from './measure.ts';

export interface BrowserFigures {
  readonly loadToFirstCandidateMs: number;
  readonly eventToUpdateP50Ms: number;
  readonly eventToUpdateP95Ms: number;
  readonly longCaseEventToUpdateP50Ms: number;
  readonly longCaseEventToUpdateP95Ms: number;
  /** A response assessment on the running line: the candidates stay as they were. */
  readonly smallUpdateP50Ms: number;
  readonly smallUpdateP95Ms: number;
  /** Style and layout alone of the line-2 candidate rows inserted as new elements, no script. */
  readonly freshRowsStyleLayoutMs: number;
  readonly freshRows: number;
  /** JavaScript heap in use, after garbage collection, with a 200-event case open and edited. */
  readonly heapAfter200EventsMb: number;
  readonly cpuSlowdown: number;
  /** The Chromium that measured, for docs/performance.md. */
  readonly chromiumVersion: string;
}

const cpuSlowdown = 4;

export async function slowDown(page: Page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/**
 * Times, inside the page, from the click on "Record event" until the updated screen has been
 * painted: the course state shows `expected`, the timeline chart has drawn the new marker, and
 * the frame holding both has been laid out and painted (a task queued from that frame's
 * animation callback runs after its paint).
 */
export async function timeEvent(page: Page, expected: string): Promise<number> {
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

/**
 * Records an event (a progression, or with `response` a response assessment, which leaves the
 * course state and the candidates as they were), times it, undoes it; repeated to get a
 * distribution.
 */
async function eventTimes(
  page: Page,
  /** The state the event leads to; undefined when it leaves the state as it was. */
  nextState: string | undefined,
  rounds: number,
  kind: 'progression' | 'response' = 'progression',
) {
  const times: number[] = [];
  await page.locator('.timeline-chart[data-markers]').first().waitFor();
  const runningState = (await page.getByTestId('course-state').textContent()) ?? '';
  for (let i = 0; i < rounds; i += 1) {
    const form = page.locator('form.event-form').first();
    await form.getByLabel('Event').selectOption(kind);
    if (kind === 'response') await form.getByLabel('Assessment').selectOption({ index: 1 });
    times.push(await timeEvent(page, nextState ?? runningState));
    await page.getByRole('button', { name: 'Undo last event' }).click();
    await page.getByText(runningState, { exact: true }).waitFor();
  }
  return times.sort((a, b) => a - b);
}

/**
 * What the browser alone spends on the rows a progression brings: the line-2 candidate table's
 * body is inserted again as new elements (a deep copy) and its style and layout forced, with no
 * script of the app running; the median of 15. Separates the rows' layout from React's work.
 */
async function freshRowsCost(page: Page): Promise<{ medianMs: number; rows: number }> {
  await recordProgression(page, 'Line 2: choosing next treatment');
  const script = `(async () => {
    const table = document.querySelector('.candidates-table');
    const body = table.querySelector('tbody');
    const times = [];
    for (let i = 0; i < 15; i += 1) {
      body.remove();
      document.body.offsetHeight;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const copy = body.cloneNode(true);
      const start = performance.now();
      table.append(copy);
      document.body.offsetHeight;
      times.push(performance.now() - start);
      copy.remove();
    }
    table.append(body);
    times.sort((a, b) => a - b);
    return { medianMs: times[7], rows: body.rows.length };
  })()`;
  const cost = await page.evaluate<{ medianMs: number; rows: number }>(script);
  await page.getByRole('button', { name: 'Undo last event' }).click();
  return cost;
}

export async function browserFigures(root: string): Promise<BrowserFigures> {
  const server = await preview({ root, preview: { port: 4399, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const base = 'http://127.0.0.1:4399/';
    // Load to first candidate row, example case, 4x slower CPU: the median of five loads, each
    // in a fresh context (a single load varied by half from run to run).
    const loadExample = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await slowDown(page);
      await page.goto(`${base}?example=hr-positive-bone-first-line`);
      await page.locator('tr[data-candidate]').first().waitFor();
      return { context, page, ms: await page.evaluate<number>('performance.now()') };
    };
    const loads: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const fresh = await loadExample();
      loads.push(fresh.ms);
      await fresh.context.close();
    }
    // The fifth load stays open for the progressions.
    const { context, page, ms } = await loadExample();
    loads.push(ms);
    const loadToFirstCandidateMs = quantile(loads.sort((a, b) => a - b), 0.5);

    // A running line, then progression → line 2, many times.
    await recordLetrozoleLine(page);
    const short = await eventTimes(page, 'Line 2: choosing next treatment', 30);
    // The fixed cost of any event: the same page, an event that changes no candidate.
    const small = await eventTimes(page, undefined, 30, 'response');
    const fresh = await freshRowsCost(page);
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
    const longTimes = await eventTimes(longPage, 'Line 31: choosing next treatment', 30);
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
      smallUpdateP50Ms: round(quantile(small, 0.5)),
      smallUpdateP95Ms: round(quantile(small, 0.95)),
      freshRowsStyleLayoutMs: round(fresh.medianMs),
      freshRows: fresh.rows,
      heapAfter200EventsMb: round(heap.usedSize / 1024 / 1024),
      cpuSlowdown,
      chromiumVersion: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
