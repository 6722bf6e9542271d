import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Every axe violation, of any impact. */
async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.length}`);
}

/**
 * Saves two example cases in the library (a change makes a case worth saving). Each save is
 * awaited by its own row count: waiting for "any row" let the second save race the navigation
 * that follows, and the board then had one case where the test expects two.
 */
async function saveTwoCases(page: Page) {
  const examples = ['her2-positive-second-line-brain', 'hr-positive-bone-first-line'];
  for (const [index, example] of examples.entries()) {
    await page.goto(appUrl(`?example=${example}`));
    await page.getByTestId('course-state').waitFor();
    await page.getByLabel('Age').fill('50');
    await expect.poll(() => page.locator('.library-table tbody tr').count()).toBe(index + 1);
  }
}

describe('teaching and tumor-board modes in a real browser', () => {
  it('steps through a scenario to its summary', async () => {
    const { page, errors } = await openApp(browser, '?view=teaching');
    await page.getByRole('button', { name: 'HR+/HER2-, progression on anastrozole' }).click();
    const forward = page.getByRole('button', { name: 'Forward →' });
    await forward.click();
    await page
      .getByRole('combobox', { name: 'Your choice' })
      .selectOption('aromatase-inhibitor-cdk46');
    await page.getByRole('button', { name: 'Show what the documents support' }).click();
    expect(await page.locator('.grade').textContent()).toContain('supported by the documents');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('combobox', { name: 'Your choice' }).selectOption('exemestane-everolimus');
    await page.getByRole('button', { name: 'Show what the documents support' }).click();
    await forward.click();
    expect(await page.locator('.scenario-summary').textContent()).toContain(
      '2 of 2 decisions matched',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('builds an agenda, pages through the presentation, records a decision, leaves with Esc', async () => {
    const { page, errors } = await openApp(browser, '', { width: 1920, height: 1080 });
    await saveTwoCases(page);
    await page.goto(appUrl('?view=board'));
    await page.getByRole('heading', { name: /Agenda/ }).waitFor();
    await page.getByRole('button', { name: 'Add to agenda' }).first().click();
    await page.getByRole('button', { name: 'Add to agenda' }).first().click();
    expect(await page.locator('.agenda li').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start presentation' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Case 1 of 2');
    await page.locator('.presentation .timeline-chart svg').first().waitFor();
    expect(await dialog.textContent()).toContain('First presentation of this case.');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Case 2 of 2');
    await dialog.getByRole('combobox', { name: 'Candidate' }).selectOption({ index: 1 });
    await dialog.getByLabel('Rationale').fill('Agreed by the board');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await expect
      .poll(() => dialog.locator('.decision-form [role=status]').textContent())
      .toBe('Decision recorded.');
    await expect.poll(() => dialog.textContent()).toContain('Agreed by the board');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Case 1 of 2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Presented again: the board sees what changed.
    await page.getByRole('button', { name: 'Start presentation' }).click();
    expect(await page.getByRole('dialog').textContent()).toContain('Since last presented');
    expect(await page.getByRole('dialog').textContent()).not.toContain(
      'First presentation of this case.',
    );
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints the handout one case per page', async () => {
    const { page } = await openApp(browser);
    await saveTwoCases(page);
    await page.goto(appUrl('?view=board'));
    await page.getByRole('heading', { name: /Agenda/ }).waitFor();
    await page.getByRole('button', { name: 'Add to agenda' }).first().click();
    await page.getByRole('button', { name: 'Add to agenda' }).first().click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-page').count()).toBe(2);
    expect(await page.locator('.board-setup').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(2);
    await page.context().close();
  });

  it('has no accessibility violations in print preview', async () => {
    const { page } = await openApp(browser);
    await saveTwoCases(page);
    await page.goto(appUrl('?view=board'));
    await page.getByRole('heading', { name: /Agenda/ }).waitFor();
    await page.getByRole('button', { name: 'Add to agenda' }).first().click();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.handout-page').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
