import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openApp, reviewSizes } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/**
 * A stored value shown as is: a lowercase word joined by hyphens ("de-novo", "lymph-node",
 * "choosing-line", an option id), or a machine state name ("onTherapy"). Checked against
 * innerText, which keeps the breaks between paragraphs.
 */
const internalId = /\b[a-z]+(?:-[a-z0-9]+)+\b|\b[a-z]+[A-Z][a-zA-Z]*\b/;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length}`);
}

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Fails when any two of the boxes overlap (each is visible and laid out). */
async function expectNoOverlap(parts: readonly Locator[]) {
  const boxes = [];
  for (const part of parts) {
    const box = await part.boundingBox();
    expect(box).not.toBeNull();
    if (box) boxes.push(box);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x + 0.5 ||
        b.x + b.width <= a.x + 0.5 ||
        a.y + a.height <= b.y + 0.5 ||
        b.y + b.height <= a.y + 0.5;
      expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
    }
  }
}

/** Saves two example cases in the library (a change makes a case worth saving). */
async function saveTwoCases(page: Page) {
  const examples = ['her2-positive-second-line-brain', 'hr-positive-bone-first-line'];
  for (const [index, example] of examples.entries()) {
    await page.goto(appUrl(`?example=${example}`));
    await page.getByTestId('course-state').waitFor();
    await page.getByLabel('Age').fill('50');
    await expect.poll(() => page.locator('.library-table tbody tr').count()).toBe(index + 1);
  }
}

describe('the patient summary on the tumor board and in teaching, in a real browser', () => {
  for (const size of reviewSizes) {
    it(`agenda, presentation and handout name the case and summarise it in words at ${size.width}x${size.height}`, async () => {
      const { page, errors } = await openApp(browser, '', size);
      await saveTwoCases(page);
      // The names the library shows, which the board must repeat.
      const libraryNames = await page.locator('.library-table tbody th').allTextContents();
      await page.goto(appUrl('?view=board'));
      await page.getByRole('heading', { name: /Agenda/ }).waitFor();
      // From the library (the saved cases), not the bundled ones.
      const saved = page.getByRole('list', { name: 'Saved cases' });
      await saved.getByRole('button', { name: 'Add to agenda' }).first().click();
      await saved.getByRole('button', { name: 'Add to agenda' }).first().click();
      const agendaItems = page.locator('.agenda li');
      await expect.poll(() => agendaItems.count()).toBe(2);
      const agendaNames = await agendaItems.locator('.agenda-item__name').allTextContents();
      expect([...agendaNames].sort()).toEqual([...libraryNames].sort());
      for (const item of await agendaItems.all())
        await expectNoOverlap([item.locator('.agenda-item__text'), item.locator('.row-actions')]);
      expect(await sideways(page)).toBeLessThanOrEqual(0);

      await page.getByRole('button', { name: 'Start presentation' }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Case 1 of 2');
      const summary = dialog.getByRole('region', { name: 'Patient summary' });
      await expect.poll(() => summary.textContent()).toMatch(/HR-(positive|negative) \(ER/);
      for (let index = 0; index < 2; index += 1) {
        const text = await summary.innerText();
        expect(text).toMatch(/menopausal/);
        expect(text).toMatch(/Treatment lines: (none yet|1\. )/);
        expect(text).not.toMatch(internalId);
        expect(libraryNames).toContain(
          await dialog.getByRole('heading', { level: 2 }).first().textContent(),
        );
        const header = dialog.locator('.case-presentation > header');
        expect(await header.innerText()).not.toMatch(internalId);
        await expectNoOverlap([
          header.locator('h2'),
          header.locator('.presentation-state'),
          summary,
        ]);
        // Nothing wider than the presentation: it scrolls down only.
        expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(
          0,
        );
        if (index === 0) {
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Case 2 of 2');
        }
      }
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      await page.emulateMedia({ media: 'print' });
      const pages = page.locator('.handout-page');
      await expect.poll(() => pages.count()).toBe(2);
      const printedNames = await pages.locator('h1').allTextContents();
      expect([...printedNames].sort()).toEqual([...libraryNames].sort());
      for (const printed of await pages.locator('.patient-summary--print').all()) {
        const text = await printed.innerText();
        expect(text).toMatch(/HR-(positive|negative) \(ER/);
        expect(text).toMatch(/Line \d/);
        expect(text).not.toMatch(internalId);
        expect(await printed.isVisible()).toBe(true);
      }
      expect(await page.getByRole('region', { name: 'Patient summary' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`teaching shows the patient summary as of each step at ${size.width}x${size.height}`, async () => {
      const { page, errors } = await openApp(browser, '?view=teaching', size);
      await page.getByRole('button', { name: 'HR+/HER2-, joint pain on anastrozole' }).click();
      const summary = page.getByRole('region', { name: 'Patient summary' });
      await expect.poll(() => summary.textContent()).toContain('Sites: none documented yet');
      const forward = page.getByRole('button', { name: 'Forward →' });
      await forward.click();
      await expect.poll(() => summary.textContent()).toContain('Sites: bone ×2');
      await page.getByRole('combobox', { name: 'Your choice' }).selectOption('tamoxifen');
      await page.getByRole('button', { name: 'Show what the documents support' }).click();
      await forward.click();
      await forward.click();
      const text = await summary.innerText();
      expect(text).toContain('HR-positive (ER+ PR+), HER2-negative · postmenopausal · 68 years');
      expect(text).toContain('1. anastrozole, 11 Mar 2024 – 10 Jun 2024 (3 months, intolerance)');
      expect(text).not.toMatch(internalId);
      expect(await page.locator('.event-log').innerText()).not.toMatch(internalId);
      await expectNoOverlap([
        page.locator('.scenario-controls'),
        page.locator('.scenario-player .state-banner'),
        summary,
        page.locator('.scenario-player h3').first(),
      ]);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
