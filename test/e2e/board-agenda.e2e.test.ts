import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openApp, reviewSizes } from './browser.ts';

/**
 * The tumor board of issue 16 in a real browser: an agenda from the bundled examples and the
 * teaching scenarios (added, reordered by keyboard, kept over a reload with its meeting date),
 * the presentation (each case at its top, the toolbar in sight), decisions (labels, dates), the
 * printed handout, the exported timeline; axe and sideways scrolling on every board screen.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length}`);
}

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const agendaNames = (page: Page) => page.locator('.agenda .agenda-item__name').allTextContents();

/** Opens the board and adds the three bundled examples and one teaching scenario. */
async function agendaOfFour(page: Page) {
  await page.getByRole('button', { name: 'Tumor board' }).click();
  const examples = page.getByRole('list', { name: 'Bundled examples' });
  // A new user has no case of their own: the bundled cases are open from the start.
  await examples.waitFor();
  for (let i = 0; i < 3; i += 1)
    await examples.getByRole('button', { name: 'Add to agenda' }).first().click();
  const scenarios = page.getByRole('list', { name: 'Teaching scenarios' });
  await scenarios
    .getByRole('listitem')
    .filter({ hasText: 'joint pain on anastrozole' })
    .getByRole('button', { name: 'Add to agenda' })
    .click();
  await expect.poll(() => page.locator('.agenda .agenda-item').count()).toBe(4);
  await expect
    .poll(() => page.locator('.agenda').textContent())
    .toContain('line 2 · Teaching scenario');
}

describe('the tumor-board agenda from bundled cases', () => {
  it('adds examples and a scenario, reorders by keyboard, keeps order and meeting date on reload', async () => {
    const { page, errors } = await openApp(browser);
    await agendaOfFour(page);
    const before = await agendaNames(page);
    expect(before).toHaveLength(4);
    expect(await page.locator('.agenda .agenda-item__number').allTextContents()).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
    ]);
    // Keyboard only: focus the first case's Down button, press Enter twice.
    const down = page.getByRole('button', { name: `Move ${before[0]} down` });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('agenda-announcement').textContent())
      .toBe(`${before[0]} is now number 2 of 4 on the agenda.`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Move ${before[0]} down`,
    );
    await page.keyboard.press('Enter');
    const after = [before[1], before[2], before[0], before[3]];
    await expect.poll(() => agendaNames(page)).toEqual(after);
    await page.getByLabel('Meeting date').fill('2026-03-10');

    await page.reload();
    await page.getByRole('heading', { name: /next-line options/ }).waitFor();
    await page.getByRole('button', { name: 'Tumor board' }).click();
    await expect.poll(() => agendaNames(page)).toEqual(after);
    expect(await page.getByLabel('Meeting date').inputValue()).toBe('2026-03-10');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const size of reviewSizes) {
    it(`agenda and presentation pass axe and fit ${size.width}x${size.height}; each case opens at its top under a toolbar in sight`, async () => {
      const { page, errors } = await openApp(browser, '', size);
      await agendaOfFour(page);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      expect(await violations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Start presentation' }).click();
      const dialog = page.getByRole('dialog');
      const bar = dialog.locator('.presentation-bar');
      for (let index = 0; index < 4; index += 1) {
        await expect.poll(() => dialog.getAttribute('aria-label')).toBe(`Case ${index + 1} of 4`);
        // At its top: the patient summary in sight, and the lines with their lengths in it.
        expect(await dialog.evaluate((el) => el.scrollTop)).toBe(0);
        const summary = dialog.getByRole('region', { name: 'Patient summary' });
        const box = await summary.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(size.height);
        expect(await summary.innerText()).toMatch(/Treatment lines: (none yet|1\. .*months)/);
        await dialog.locator('.timeline-chart svg.recharts-surface').first().waitFor();
        expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(
          0,
        );
        if (index === 1) expect(await violations(page)).toEqual([]);
        // Down at the timeline, the toolbar stays at the top.
        await dialog.evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await expect.poll(async () => (await bar.boundingBox())?.y).toBeLessThanOrEqual(1);
        expect(await dialog.getByRole('button', { name: 'Next →' }).isVisible()).toBe(true);
        if (index < 3) await page.keyboard.press('ArrowRight');
      }
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});

describe('board decisions, handout and exported timeline', () => {
  it('offers candidates by label, dates the decision the meeting, refuses a follow-up before it', async () => {
    const { page, errors } = await openApp(browser);
    await agendaOfFour(page);
    await page.getByLabel('Meeting date').fill('2026-03-10');
    await page.getByRole('button', { name: 'Start presentation' }).click();
    const dialog = page.getByRole('dialog');
    const form = dialog.getByRole('form', { name: 'Record a decision' });
    expect(await form.getByLabel('Decision date').inputValue()).toBe('2026-03-10');
    const labels = await form
      .getByRole('combobox', { name: 'Candidate' })
      .locator('option')
      .evaluateAll((options) =>
        options.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
      );
    for (const { value, text } of labels.slice(1)) {
      expect(text).not.toBe(value);
      expect(text).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    }
    const chosen = labels[1]!;
    await form.getByRole('combobox', { name: 'Candidate' }).selectOption(chosen.value);
    await form.getByLabel('Decision date').fill('2026-03-09');
    await form.getByLabel('Follow-up (optional)').fill('2026-03-01');
    await form.getByLabel('Rationale').fill('Agreed by the board');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect
      .poll(() => form.getByLabel('Follow-up (optional)').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await form.textContent()).toContain(
      'The follow-up 2026-03-01 is before the decision date 2026-03-09',
    );
    expect(await form.getByLabel('Rationale').inputValue()).toBe('Agreed by the board');
    await form.getByLabel('Follow-up (optional)').fill('2026-06-01');
    await form.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Decision recorded.');
    expect(await form.getByLabel('Rationale').inputValue()).toBe('');
    // The decision is listed by the option's label, on the date given.
    await expect
      .poll(() => dialog.textContent())
      .toContain(
        `9 Mar 2026: Accepted: ${chosen.text} — Agreed by the board (follow-up 1 Jun 2026)`,
      );
    await page.keyboard.press('Escape');
    // The example decided on is now a library case, in the same place on the agenda.
    expect(await page.locator('.agenda .agenda-item').first().textContent()).toContain('Library');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints a handout: per case the patient, the candidates discussed, the decision; no page holds only the footer', async () => {
    const { page, errors } = await openApp(browser);
    await agendaOfFour(page);
    await page.getByLabel('Meeting date').fill('2026-03-10');
    // No PDF text extraction library is installed: the print-media DOM is checked for the
    // words, and the PDF chromium prints for the number of pages.
    await page.emulateMedia({ media: 'print' });
    const pages = page.locator('.handout-page');
    expect(await pages.count()).toBe(4);
    expect(await page.locator('.board-setup').isVisible()).toBe(false);
    for (const [index, handout] of (await pages.all()).entries()) {
      const text = await handout.innerText();
      expect(text).toContain(`Tumor board, 10 Mar 2026 · case ${index + 1} of 4`);
      expect(text).toMatch(/\d+ years/);
      expect(text).toMatch(/HR-(positive|negative)|Triple-negative/);
      expect(text).toMatch(/Sites: /);
      expect(text).toMatch(/Treatment lines: /);
      expect(text).toMatch(/Candidates discussed for line \d/);
      const tiers = await handout
        .locator('.handout-candidates tbody td:nth-child(2)')
        .allTextContents();
      expect(tiers.length).toBeGreaterThan(0);
      for (const tier of tiers) expect(tier).toMatch(/^(Preferred|Alternative|Consider)$/);
      expect(text).toMatch(/Decision\n/);
      expect(text).not.toMatch(/\bde-novo\b|choosing-line|onTherapy/);
    }
    expect(await pages.first().innerText()).toContain('de novo');
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    expect(pageCount).toBe(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the timeline as SVG with the title, the legend, and a file name from the case', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appUrl('?view=board'));
    const examples = page.getByRole('list', { name: 'Bundled examples' });
    await examples
      .getByRole('listitem')
      .filter({ hasText: 'HER2-positive, progression' })
      .getByRole('button', { name: 'Add to agenda' })
      .click();
    await page.getByLabel('Meeting date').fill('2026-03-10');
    await page.getByRole('button', { name: 'Start presentation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.timeline-chart svg.recharts-surface').waitFor();
    const legend = await dialog.locator('.timeline-legend li').allTextContents();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Timeline as SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'her2-positive-progression-after-trastuzumab-pertuzumab-and-timeline-2026-03-10.svg',
    );
    const svg = readFileSync(await download.path(), 'utf8');
    const title =
      'HER2-positive, progression after trastuzumab, pertuzumab and docetaxel, new brain metastasis · timeline · 10 Mar 2026';
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toContain('class="export-title"');
    expect(legend.length).toBeGreaterThan(2);
    for (const item of legend) expect(svg).toContain(`>${item.trim()}</text>`);
    // Drawn in the browser: nothing of the drawing lies outside its own box.
    const view = await context.newPage();
    await view.setContent(svg);
    const overflow = await view.evaluate(() => {
      const root = document.querySelector('svg')!;
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      const outside = [...root.querySelectorAll('text')].filter((t) => {
        const box = t.getBoundingClientRect();
        return box.left < 0 || box.top < 0 || box.right > width || box.bottom > height;
      });
      return outside.map((t) => t.textContent);
    });
    expect(overflow).toEqual([]);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Timeline as PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/-timeline-2026-03-10\.png$/);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(errors).toEqual([]);
    await context.close();
  });
});
