import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { e2eOrigin } from './e2e-env.ts';

/** Debian's chromium, installed by .ci/run when missing. */
const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const found = candidates.find((p): p is string => p !== undefined && existsSync(p));
  if (!found)
    throw new Error(
      'Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH',
    );
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
}

/** Records letrozole as line 1 of the open case through the event form, as a user would. */
export async function recordLetrozoleLine(page: Page): Promise<void> {
  const form = page.locator('form.event-form').first();
  await form.getByLabel('Event').selectOption('start-line');
  const drug = form.getByLabel(/Regimen: add a drug/);
  await drug.fill('letrozole');
  await drug.press('Enter');
  await page.getByRole('button', { name: 'Record event' }).click();
  await page.getByText(/^Line 1 running since/).waitFor();
}

/** Records a progression of the running line and waits for the course state it leads to. */
export async function recordProgression(page: Page, nextState: string): Promise<void> {
  await page.locator('form.event-form').first().getByLabel('Event').selectOption('progression');
  await page.getByRole('button', { name: 'Record event' }).click();
  await page.getByText(nextState, { exact: true }).waitFor();
}

/** The three screens every changed view is checked at: laptop, larger laptop, projector. */
export const reviewSizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

export const appUrl = (query = '') => `${e2eOrigin}/${query}`;

/** Opens the app and fails the test on any page error or console error. */
export async function openApp(
  browser: Browser,
  query = '',
  viewport = { width: 1280, height: 800 },
) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(appUrl(query));
  await page.getByRole('heading', { name: /next-line options/ }).waitFor();
  return { page, errors };
}

export async function courseState(page: Page): Promise<string> {
  return (await page.getByTestId('course-state').textContent()) ?? '';
}

export async function candidateIds(page: Page): Promise<string[]> {
  return page
    .locator('tr[data-candidate]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-candidate') ?? ''));
}

/** What sticks out: the page's sideways overflow, clipped or protruding boxes, overlaps. */
export function overflowReport(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className.toString()}`;
    const panels = [...document.querySelectorAll('main .panel')];
    for (const panel of panels) {
      const box = panel.getBoundingClientRect();
      for (const el of panel.querySelectorAll('*')) {
        const html = el as HTMLElement;
        if (html.closest('.visually-hidden') || getComputedStyle(html).position === 'absolute')
          continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
          problems.push(`${name(el)} sticks out of ${name(panel)}`);
        if (
          html.clientWidth > 0 &&
          html.scrollWidth > html.clientWidth + 1 &&
          getComputedStyle(html).overflowX !== 'visible'
        )
          problems.push(`${name(el)} scrolls sideways (${html.scrollWidth} > ${html.clientWidth})`);
      }
    }
    const boxes = [...document.querySelectorAll('.dashboard > .column'), ...panels];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const overlap =
          Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
          Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
        if (overlap) problems.push(`${name(a)} overlaps ${name(b)}`);
      }
    return problems;
  });
}
