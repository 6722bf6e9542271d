import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledge } from '../knowledge.ts';
import { candidateIds, courseState, launchBrowser, openApp, reviewSizes } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/oncologist-cases', `${name}.json`));
const sentence = (id: string) =>
  knowledge.evidence.documents.flatMap((d) => d.sentences).find((s) => s.id === id)?.text;

describe('quoted evidence in a real browser', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`puts spinal cord compression first, marked urgent, with the sentence quoted (${viewport.width}px)`, async () => {
      const { page, errors } = await openApp(browser, '', viewport);
      await page.getByLabel(/Import a case file/).setInputFiles({
        name: 'cord.json',
        mimeType: 'application/json',
        buffer: fixture('37-spinal-cord-compression'),
      });
      await expect.poll(() => courseState(page)).toBe('Line 1: choosing next treatment');
      expect((await candidateIds(page)).slice(0, 2)).toEqual(['surgery-bone', 'radiation-bone']);
      expect(
        await page.locator('tr[data-candidate="surgery-bone"] .urgent-tag').textContent(),
      ).toBe('Urgent');
      await page.getByRole('button', { name: /Show details of Surgery for a broken bone/ }).click();
      const urgent = page.getByRole('region', { name: 'Urgent' });
      expect(
        await urgent.locator('figure[data-sentence="003/surgery/5"] blockquote').textContent(),
      ).toContain(sentence('003/surgery/5'));
      // Nothing slides sideways at this width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('lists drugs named without criteria apart from the candidates, and opens a quote on demand', async () => {
    const { page, errors } = await openApp(browser, '?example=her2-positive-second-line-brain');
    const named = page.getByRole('region', {
      name: 'Named for this subtype without a regimen or line (not ranked)',
    });
    // Hormone-receptor-negative: neratinib is named (002 names it for HER2-positive disease);
    // tucatinib is not (only 003's list for HR-positive, HER2-positive disease names it).
    expect(await named.textContent()).toContain('neratinib');
    expect(await named.textContent()).not.toContain('tucatinib');
    expect(await candidateIds(page)).not.toContain('neratinib');
    const first = named.locator('details.citation').first();
    await first.locator('summary').click();
    expect(await first.locator('blockquote').isVisible()).toBe(true);
    expect((await first.locator('blockquote').textContent())?.length).toBeGreaterThan(20);
    await page.getByText('What the tiers mean').click();
    expect(await page.locator('.tier-legend dd').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const viewport of reviewSizes) {
    it(`opens a document from a quote at the highlighted sentence; Escape returns focus (${viewport.width}px)`, async () => {
      const { page, errors } = await openApp(
        browser,
        '?example=hr-positive-bone-first-line',
        viewport,
      );
      await page
        .getByRole('button', { name: /^Show details of / })
        .first()
        .click();
      const figure = page.locator('.candidate-detail figure.quote').first();
      const reference = await figure.getAttribute('data-sentence');
      const quoted = (await figure.locator('blockquote').textContent()) ?? '';
      const doc = reference?.slice(0, 3) ?? '';
      const open = figure.getByRole('button', { name: `Open document ${doc}` });
      await open.click();

      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const mark = dialog.locator('mark').first();
      expect(await mark.textContent()).toBe(sentence(reference?.replace(/#.*$/, '') ?? ''));
      expect(quoted).toContain((await mark.textContent())?.slice(0, 40));
      // Scrolled to it: the marked sentence is inside the dialog's visible area, and has focus.
      const [box, body] = await Promise.all([
        mark.boundingBox(),
        dialog.locator('.document-viewer__body').boundingBox(),
      ]);
      expect(box && body && box.y >= body.y && box.y + box.height <= body.y + body.height).toBe(
        true,
      );
      expect(await mark.evaluate((m) => m === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await open.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
