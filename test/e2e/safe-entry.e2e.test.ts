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

describe('entry that prevents mistakes, in a real browser', () => {
  it('refuses a future date, then moves focus to new sites and to the recorded entry', async () => {
    const { page, errors } = await openApp(browser);
    const form = page.locator('form.event-form').first();
    await form.getByLabel('Event').selectOption('metastases');
    await form.getByLabel('Date').fill('2099-01-10');
    await form.getByRole('button', { name: 'Record event' }).click();
    await expect
      .poll(async () => (await form.locator('.field-error').allTextContents()).join(' | '))
      .toMatch(/2099-01-10 is in the future \(today is \d{4}-\d{2}-\d{2}\)/);
    expect(await page.locator('.event-log li').count()).toBe(0);

    await form.getByLabel('Date').fill('2025-01-10');
    await form.getByRole('button', { name: 'Add another site' }).click();
    const focusedSite = await page.evaluate(
      () => document.activeElement?.closest('[role="group"]')?.getAttribute('aria-label') ?? '',
    );
    expect(focusedSite).toBe('Site 2');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');

    await form.getByRole('button', { name: 'Record event' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index')))
      .toBe('0');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(
      'Metastases:',
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('does not open a case while the user moves through the Open list with the arrow keys', async () => {
    const { page, errors } = await openApp(browser, '?example=hr-positive-bone-first-line');
    const before = await page.getByTestId('course-state').textContent();
    const list = page.getByLabel('Case to open');
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await list.inputValue()).not.toBe('');
    expect(await page.getByTestId('course-state').textContent()).toBe(before);
    await list.selectOption('triple-negative-brca');
    await page.locator('.examples-menu').getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Patient summary' }).textContent())
      .toContain('Triple-negative');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
