import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

describe('the patient summary in a real browser', () => {
  for (const size of sizes) {
    it(`stays in view while the Case view scrolls, without sideways scrolling, at ${size.width}x${size.height}`, async () => {
      const { page, errors } = await openApp(
        browser,
        '?example=her2-positive-second-line-brain',
        size,
      );
      const summary = page.getByRole('region', { name: 'Patient summary' });
      await expect
        .poll(() => summary.textContent())
        .toContain('HR-negative (ER− PR−), HER2-positive');
      const text = (await summary.textContent()) ?? '';
      expect(text).toContain('brain');
      expect(text).toMatch(/1\. [a-z +-]+, .+ \(\d+(\.\d)? mo, progression\)/);
      await page.mouse.wheel(0, 2000);
      await expect
        .poll(async () => (await summary.boundingBox())?.y ?? -1)
        .toBeGreaterThanOrEqual(0);
      const box = await summary.boundingBox();
      expect(box?.y ?? 1000).toBeLessThan(size.height / 3);
      if (size.width === 1280) expect(box?.height ?? 999).toBeLessThanOrEqual(110);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBe(0);
      await page.screenshot({ path: `/tmp/shots/summary-${size.width}.png` });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('starts a candidate regimen from its row: the event form is prefilled and focused', async () => {
    const { page, errors } = await openApp(browser, '?example=hr-positive-bone-first-line');
    await page.getByRole('button', { name: /Show details of Tamoxifen/ }).click();
    await page.getByRole('button', { name: 'Start this regimen' }).click();
    const eventType = page.getByRole('combobox', { name: 'Event' });
    await expect.poll(() => eventType.inputValue()).toBe('start-line');
    await expect
      .poll(() => page.locator('.event-form li').allTextContents())
      .toEqual([expect.stringContaining('tamoxifen')]);
    const focusedInForm = await page.evaluate(
      () => document.activeElement?.closest('form.event-form') !== null,
    );
    expect(focusedInForm).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
