import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openApp } from './browser.ts';

/**
 * Every view and every teaching step has its own address (in the fragment): a teacher can send
 * a link to one step, and Back and Forward retrace views and steps. Old addresses (?view=) and
 * share links keep working.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const scenario = 'aromatase-inhibitor-intolerance';
const scenarioTitle = 'HR+/HER2-, joint pain on anastrozole';

describe('addresses and Back in a real browser', () => {
  it('opens a link to step 2 of a scenario, and Back retraces the steps and the views', async () => {
    const { page, errors } = await openApp(browser, `#/teaching/${scenario}/step/2`);
    await expect
      .poll(() => page.locator('.scenario-controls [aria-live]').textContent())
      .toMatch(/^Step 2 of \d+$/);
    expect(await page.getByRole('heading', { level: 2, name: scenarioTitle }).count()).toBe(1);
    expect(
      await page.getByRole('button', { name: 'Teaching scenarios' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      await page.getByRole('button', { name: scenarioTitle }).getAttribute('aria-current'),
    ).not.toBeNull();

    await page.getByRole('button', { name: '← Back' }).click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe(`#/teaching/${scenario}/step/1`);
    await page.getByRole('button', { name: 'Tumor board' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/board');

    await page.goBack();
    await expect
      .poll(() => page.locator('.scenario-controls [aria-live]').textContent())
      .toMatch(/^Step 1 of/);
    await page.goBack();
    await expect
      .poll(() => page.locator('.scenario-controls [aria-live]').textContent())
      .toMatch(/^Step 2 of/);
    await page.goForward();
    await page.goForward();
    await expect
      .poll(() => page.getByRole('button', { name: 'Tumor board' }).getAttribute('aria-pressed'))
      .toBe('true');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reloads on the same view and step', async () => {
    const { page, errors } = await openApp(browser, '?view=teaching');
    // The old query becomes a route.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/teaching');
    expect(await page.evaluate(() => window.location.search)).toBe('');
    await page.getByRole('button', { name: scenarioTitle }).click();
    await page.getByRole('button', { name: 'Forward →' }).click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe(`#/teaching/${scenario}/step/1`);
    await page.reload();
    await expect
      .poll(() => page.locator('.scenario-controls [aria-live]').textContent())
      .toMatch(/^Step 1 of/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives each presentation slide its address: Back goes to the previous case, reload stays', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'Tumor board' }).click();
    const examples = page.getByRole('list', { name: 'Bundled examples' });
    await examples.waitFor();
    for (let i = 0; i < 2; i += 1)
      await examples.getByRole('button', { name: 'Add to agenda' }).first().click();
    await expect.poll(() => page.locator('.agenda .agenda-item').count()).toBe(2);
    await page.getByRole('button', { name: 'Start presentation' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/board/present/1');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/board/present/2');
    const position = page.locator('.presentation-bar__position');
    expect(await position.textContent()).toBe('Case 2 of 2');
    await page.goBack();
    await expect.poll(() => position.textContent()).toBe('Case 1 of 2');
    await page.goForward();
    await expect.poll(() => position.textContent()).toBe('Case 2 of 2');
    await page.reload();
    await expect
      .poll(() => page.locator('.presentation-bar__position').textContent())
      .toBe('Case 2 of 2');
    await page.getByRole('button', { name: 'Leave (Esc)' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/board');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps share links working: the case opens, and Back to the link does not reload it', async () => {
    const { page, errors } = await openApp(browser, '?example=hr-positive-bone-first-line');
    await page.getByRole('button', { name: 'Share read-only link' }).click();
    const link = await page.getByRole('textbox', { name: /Link/ }).inputValue();
    expect(link).toContain('#case=');
    await page.goto(appUrl());
    await page.goto(link);
    await page.getByTestId('course-state').waitFor();
    expect(await page.getByRole('button', { name: 'Save a copy to my library' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Teaching scenarios' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/teaching');
    const marker = await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
      return true;
    });
    expect(marker).toBe(true);
    await page.goBack();
    await page.getByTestId('course-state').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#case=/);
    // The same page, not a reload: the case shown is the shared one, still read-only.
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Save a copy to my library' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
