import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseState, launchBrowser, openApp } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Focused {
  readonly tag: string;
  readonly name: string;
  /** Whether the focus is drawn: an outline (or, on SVG marks, a stroke) that is not "none". */
  readonly visible: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', name: '', visible: false };
    const style = getComputedStyle(element);
    const name =
      element.getAttribute('aria-label') ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.closest('label')?.textContent ??
      element.textContent ??
      '';
    return {
      tag: element.tagName.toLowerCase(),
      name: name.trim(),
      visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
    };
  });
}

/** Presses Tab, as a keyboard user would, until the focused element's name matches. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<Focused> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (name.test(now.name)) return now;
    passed.push(`${now.tag}:${now.name.slice(0, 30)}`);
  }
  throw new Error(
    `Tab never reached an element named ${String(name)}; passed ${passed.join(' | ')}`,
  );
}

describe('keyboard only', () => {
  it('records a line, sorts the candidates and opens a row without a mouse, with the focus visible', async () => {
    const { page, errors } = await openApp(browser, '?example=hr-positive-bone-first-line');
    await page.getByTestId('course-state').waitFor();
    expect(await courseState(page)).toMatch(/^Line 1: choosing/);

    // A skip link leads to the event form, which preselects the likely next event (a line
    // starts); a drug is added by typing its name.
    const skip = await tabTo(page, /^Skip to the course of treatment$/);
    expect(skip.visible).toBe(true);
    await page.keyboard.press('Enter');
    const drug = await tabTo(page, /^Regimen: add a drug/);
    expect(drug.visible).toBe(true);
    await page.keyboard.type('letrozole');
    await page.keyboard.press('Enter');
    const record = await tabTo(page, /^Record event$/);
    expect(record.visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => courseState(page)).toMatch(/^Line 1 running since/);

    // Record progression: the event type is a select operated with the keyboard.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, /^Event$/);
    await page.keyboard.type('Progression');
    await tabTo(page, /^Record event$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => courseState(page)).toBe('Line 2: choosing next treatment');

    // Sorting by tier is announced to screen readers as well as shown.
    // Tab on past the end of the page and round to the skip links at its top (the page holds
    // a disclosure for every row's quoted sources, so the way round is long).
    await tabTo(page, /^Skip to the candidates$/, 240);
    await page.keyboard.press('Enter');
    const sort = await tabTo(page, /^Tier[↕▲▼]$/);
    expect(sort.visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('th[aria-sort="ascending"]').textContent())
      .toMatch(/^Tier/);
    expect(await page.locator('.candidates [aria-live="polite"]').textContent()).toBe(
      'Sorted by tier, ascending',
    );

    // A row's details open from the keyboard.
    await tabTo(page, /Show details of /);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.expand-button[aria-expanded="true"]').count()).toBe(1);
    expect(await page.locator('tr.detail-row').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
