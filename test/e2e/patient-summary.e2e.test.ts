import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, reviewSizes } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const sizes = reviewSizes;

// Height of the region at 1280 px: three lines of 0.9rem text at line-height 1.35, about
// 18 px each; measured 55 px with the example below (73 px for a four-line course whose
// treatment lines wrap once). 110 px leaves room for two lines more of wrapping and fails if
// the summary grows to six lines or the banner above it is pulled into the region.
const maxHeightAt1280 = 110;

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
      expect(text).toMatch(/1\. [a-z +-]+, .+ – .+ \(\d+(\.\d)? months, progression\)/);
      expect(text).not.toMatch(/de-novo|lymph-node|not-mutated/);
      expect(await summary.isVisible()).toBe(true);

      await page.mouse.wheel(0, 2000);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      const box = await summary.boundingBox();
      expect(box).not.toBeNull();
      // In the viewport, near its top, once the page has scrolled.
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 1000) + (box?.height ?? 0)).toBeLessThan(size.height / 3);
      if (size.width === 1280) expect(box?.height ?? 999).toBeLessThanOrEqual(maxHeightAt1280);

      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBeLessThanOrEqual(0);

      // A skip link's target lands below the sticky bar, not under it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('.skip-links a', { hasText: 'timeline' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('timeline-heading');
      const bar = await page.locator('.case-summary-bar').boundingBox();
      const heading = await page.locator('#timeline-heading').boundingBox();
      expect(heading?.y ?? -1).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));

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
