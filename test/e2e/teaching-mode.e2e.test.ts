import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, overflowReport, reviewSizes } from './browser.ts';

/**
 * Teaching mode in a real browser: the patient and the course before each choice, the choices
 * grouped by modality, the end summary against the learning goal with the documents' words,
 * the completed mark kept across a reload, "Next scenario"; and every teaching screen free of
 * axe violations and of sideways overflow at the three review sizes.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const intolerance = 'HR+/HER2-, joint pain on anastrozole';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.length} nodes`);
}

async function choose(page: Page, optionId: string) {
  await page.getByRole('combobox', { name: 'Your choice' }).selectOption(optionId);
  await page.getByRole('button', { name: 'Show what the documents support' }).click();
}

describe('teaching mode in a real browser', () => {
  it('shows the patient and the course before the choice, the choices grouped by modality', async () => {
    const { page, errors } = await openApp(browser, '?view=teaching');
    await page.getByRole('button', { name: intolerance }).click();
    await page.getByRole('button', { name: 'Forward →' }).click();
    const choice = page.getByRole('combobox', { name: 'Your choice' });
    await choice.waitFor();
    const order = await page.evaluate(() => {
      const top = (selector: string) =>
        document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
      return {
        summary: top('.scenario-player .patient-summary'),
        course: top('.scenario-player .event-log'),
        choice: top('.scenario-player select'),
      };
    });
    expect(order.summary).toBeGreaterThan(0);
    expect(order.summary).toBeLessThan(order.course);
    expect(order.course).toBeLessThan(order.choice);
    expect(await page.getByRole('region', { name: 'Patient summary' }).innerText()).toContain(
      'Sites: bone ×2',
    );
    expect(await page.locator('.scenario-player').innerText()).not.toMatch(/Intake:/);
    const groups = await choice.locator('optgroup').evaluateAll((all) =>
      all.map((g) => ({
        label: (g as HTMLOptGroupElement).label,
        options: [...g.querySelectorAll('option')].map((o) => o.value),
      })),
    );
    expect(groups.map((g) => g.label.split(' (')[0])).toEqual([
      'Immunotherapy',
      'Targeted therapy',
      'Endocrine therapy',
      'Chemotherapy',
    ]);
    expect(groups.find((g) => g.label.startsWith('Endocrine'))?.options).toContain('tamoxifen');
    expect(groups.find((g) => g.label.startsWith('Targeted'))?.options).toContain(
      'aromatase-inhibitor-cdk46',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ends on the learning goal with the quotes, keeps the completed mark over a reload, offers the next scenario', async () => {
    const { page, errors } = await openApp(browser, '?view=teaching');
    await page.getByRole('button', { name: intolerance }).click();
    const forward = page.getByRole('button', { name: 'Forward →' });
    await forward.click();
    await choose(page, 'chemotherapy-single-agent');
    await forward.click();
    await forward.click();
    await choose(page, 'tamoxifen');
    await forward.click();
    const summary = page.getByRole('region', { name: 'Scenario summary' });
    const text = await summary.innerText();
    expect(text).toContain('Back to the learning goal: Intolerance is not progression');
    expect(text).toContain('1 of 2 decisions matched what the documents support.');
    expect(text).toContain('Single-agent chemotherapy: not supported');
    expect(text).toContain('Tamoxifen: supported (tier: alternative)');
    const quotes = summary.locator('figure.quote[data-sentence] blockquote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(3);
    expect(await quotes.first().innerText()).not.toBe('');

    const mark = page
      .getByRole('navigation', { name: 'Scenarios' })
      .locator('li', { has: page.getByRole('button', { name: intolerance }) });
    await expect.poll(() => mark.innerText()).toContain('Completed (1 of 2 matched)');
    await page.reload();
    await page.getByRole('heading', { name: /Scenarios \(\d+\)/ }).waitFor();
    expect(await mark.innerText()).toContain('Completed (1 of 2 matched)');
    expect(await page.getByText(/^1 of \d+ completed in this browser$/).count()).toBe(1);

    // Back to the end of the scenario, then on to the next one.
    await page.getByRole('button', { name: intolerance }).click();
    await forward.click();
    await choose(page, 'tamoxifen');
    await forward.click();
    await forward.click();
    await choose(page, 'tamoxifen');
    await forward.click();
    await expect.poll(() => mark.innerText()).toContain('Completed (2 of 2 matched)');
    await page.getByRole('button', { name: /^Next scenario: / }).click();
    const title = page.getByRole('heading', { level: 2, name: 'HR+/HER2+, first to third line' });
    await title.waitFor();
    await expect.poll(() => title.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(
      await page
        .getByRole('button', { name: 'HR+/HER2+, first to third line' })
        .getAttribute('aria-current'),
    ).toBe('true');
    expect(await page.getByRole('button', { name: intolerance }).getAttribute('aria-current')).toBe(
      null,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const size of reviewSizes) {
    it(`has no axe violations and no sideways overflow on any teaching screen at ${size.width}x${size.height}`, async () => {
      const { page, errors } = await openApp(browser, '?view=teaching', size);
      const check = async (screenName: string) => {
        expect(await overflowReport(page), screenName).toEqual([]);
        expect(await axeViolations(page), screenName).toEqual([]);
      };
      await page.getByRole('heading', { name: /Scenarios \(\d+\)/ }).waitFor();
      await check('the list');
      await page.getByRole('button', { name: intolerance }).click();
      const forward = page.getByRole('button', { name: 'Forward →' });
      await forward.waitFor();
      await check('step 0');
      await forward.click();
      await check('a decision point');
      await choose(page, 'chemotherapy-single-agent');
      await page
        .locator('.reveal details.citation')
        .first()
        .evaluate((d) => {
          (d as HTMLDetailsElement).open = true;
        });
      await check('the documents revealed');
      await forward.click();
      await forward.click();
      await choose(page, 'tamoxifen');
      await forward.click();
      await page.getByRole('region', { name: 'Scenario summary' }).waitFor();
      await page
        .locator('.scenario-summary details.citation')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await check('the summary');
      await page.getByRole('button', { name: /^Next scenario: / }).click();
      await page.getByText(/^Step 0 of \d+$/).waitFor();
      await check('the next scenario');
      expect(errors).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});
