import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateIds, courseState, launchBrowser, openApp } from './browser.ts';
import { knowledge } from '../knowledge.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function select(page: Page, label: string | RegExp, value: string) {
  await page
    .getByLabel(label, { exact: typeof label === 'string' })
    .first()
    .selectOption(value);
}

async function recordEvent(page: Page) {
  await page.getByRole('button', { name: 'Record event' }).click();
}

async function enterFirstLineCase(page: Page) {
  await select(page, 'ER', 'positive');
  await select(page, 'PR', 'positive');
  await select(page, 'HER2', 'negative');
  await select(page, 'Menopausal status', 'post');
  const form = page.locator('form.event-form').first();
  await form.getByLabel('Event').selectOption('metastases');
  await form.getByLabel('Date').fill('2025-01-10');
  await form.getByLabel('Site', { exact: true }).selectOption('bone');
  await form.getByLabel('Lesions').fill('3');
  await recordEvent(page);
}

describe('dashboard in a real browser', () => {
  it('goes from an empty screen to first-line candidates', async () => {
    const { page, errors } = await openApp(browser);
    expect(await courseState(page)).toMatch(/^Intake/);
    await enterFirstLineCase(page);
    await expect.poll(() => courseState(page)).toBe('Line 1: choosing next treatment');
    const ids = await candidateIds(page);
    // 000, 001 and 004 name hormone therapy the usual first step (preferred); 001's CDK4/6 rows
    // name the line they are for, so the combination is an alternative.
    expect(ids.slice(0, 2)).toEqual(['aromatase-inhibitor', 'aromatase-inhibitor-cdk46']);
    expect(ids).toContain('radiation-bone');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records a line and a progression, then shows line-2 candidates with the progressed drugs excluded', async () => {
    const { page, errors } = await openApp(browser);
    await enterFirstLineCase(page);
    const form = page.locator('form.event-form').first();
    await form.getByLabel('Event').selectOption('start-line');
    await form.getByLabel('Date').fill('2025-01-20');
    const drug = form.getByLabel(/Regimen: add a drug/);
    await drug.fill('Femara');
    await drug.press('Enter');
    await drug.fill('Ibrance');
    await drug.press('Enter');
    await expect
      .poll(() => form.locator('.chip').allTextContents())
      .toEqual([expect.stringContaining('letrozole'), expect.stringContaining('palbociclib')]);
    await recordEvent(page);
    await expect.poll(() => courseState(page)).toBe('Line 1 running since 20 Jan 2025');

    await form.getByLabel('Event').selectOption('progression');
    await form.getByLabel('Date').fill('2026-02-01');
    await recordEvent(page);
    await expect.poll(() => courseState(page)).toBe('Line 2: choosing next treatment');
    expect(await candidateIds(page)).toContain('fulvestrant-abemaciclib');
    const excluded = page.locator('tr[data-excluded]');
    await expect
      .poll(() => excluded.locator('th').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('letrozole'),
          expect.stringContaining('palbociclib'),
        ]),
      );
    expect(await page.locator('tr[data-excluded="agent:letrozole"] td').first().textContent()).toBe(
      'disease progressed on it in line 1',
    );

    // Undo the progression: line 1 is running again.
    await page.getByRole('button', { name: 'Undo last event' }).click();
    await expect.poll(() => courseState(page)).toBe('Line 1 running since 20 Jan 2025');
    expect(await candidateIds(page)).toContain('continue-current-line');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by tier and by modality, and expands a row to show its sources', async () => {
    const { page } = await openApp(browser, '?example=hr-positive-bone-first-line');
    const tiers = () => page.locator('td[data-column="tier"]').allTextContents();
    const modalities = () =>
      page.locator('td[data-column="modality"] .modality-tag').allTextContents();

    await page.getByRole('button', { name: /^Tier/ }).click();
    const ascending = await tiers();
    const rank = (t: string) => ['Preferred', 'Alternative', 'Consider'].indexOf(t);
    expect(ascending.map(rank)).toEqual([...ascending.map(rank)].sort((a, b) => a - b));
    await page.getByRole('button', { name: /^Tier/ }).click();
    const descending = await tiers();
    expect(descending[0]).toBe('Consider');
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Tier');

    await page.getByRole('button', { name: /^Modality/ }).click();
    const order = [
      'Immunotherapy',
      'Targeted',
      'Endocrine',
      'Chemotherapy',
      'Radiation',
      'Surgery',
      'Supportive',
      'Trial',
    ];
    const sorted = (await modalities()).map((m) => order.indexOf(m));
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));

    await page.getByLabel('Tier', { exact: true }).last().selectOption('preferred');
    expect(await tiers()).toEqual(['Preferred']);
    await page.getByLabel('Tier', { exact: true }).last().selectOption('');

    await page
      .getByRole('button', { name: 'Show details of Aromatase inhibitor + CDK4/6 inhibitor' })
      .click();
    const detail = page.locator('#detail-aromatase-inhibitor-cdk46');
    await expect.poll(() => detail.textContent()).toContain('Table 2. Targeted Therapy Options');
    expect(await detail.textContent()).toContain('Advanced Breast Cancer (patient guide)');
    expect(await detail.textContent()).toContain('Where the documents disagree');
    // The documents' own words, as the command quotes them from ../shared/sources.
    const palbociclibRow = knowledge.evidence.documents
      .flatMap((d) => d.sentences)
      .find((x) => x.id === '001/table-2-targeted-therapy-options/6');
    const quote = detail.locator(
      '.detail-sources figure[data-sentence="001/table-2-targeted-therapy-options/6"] blockquote',
    );
    expect(await quote.textContent()).toBe(palbociclibRow?.text);
    expect(await detail.textContent()).toContain('Why “Alternative”');
    await page.close();
  });

  it('loads each bundled example from the menu', async () => {
    const { page, errors } = await openApp(browser);
    const expected: Record<string, { state: string; first: string }> = {
      'hr-positive-bone-first-line': {
        state: 'Line 1: choosing next treatment',
        first: 'aromatase-inhibitor',
      },
      'her2-positive-second-line-brain': {
        state: 'Line 2: choosing next treatment',
        first: 'trastuzumab-chemotherapy',
      },
      'triple-negative-brca': {
        state: 'Line 1: choosing next treatment',
        first: 'chemotherapy-single-agent',
      },
    };
    for (const [id, { state, first }] of Object.entries(expected)) {
      await page.getByLabel('Case to open').selectOption(id);
      await page.locator('.examples-menu').getByRole('button', { name: 'Open' }).click();
      await expect.poll(() => courseState(page)).toBe(state);
      expect((await candidateIds(page))[0]).toBe(first);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the timeline chart and its table view', async () => {
    const { page } = await openApp(browser, '?example=her2-positive-second-line-brain');
    await page.locator('.timeline-chart svg').first().waitFor();
    expect(await page.locator('.timeline-legend').textContent()).toContain('anti-HER2');
    // Keyboard: from the view switch, Tab reaches the line's band, Enter pins its details.
    await page.getByRole('button', { name: 'Table', exact: true }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Line 1: pertuzumab \+ trastuzumab \+ docetaxel/);
    await page.keyboard.press('Enter');
    expect(await page.locator('.pinned').textContent()).toContain('ended by progression');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const lines = page.getByRole('table', { name: 'Lines of therapy' });
    expect(await lines.locator('tbody tr').count()).toBe(1);
    expect(await lines.textContent()).toContain('pertuzumab + trastuzumab + docetaxel');
    await page.close();
  });

  it('has no accessibility violations of any impact, also with a row expanded', async () => {
    for (const query of ['', '?example=her2-positive-second-line-brain']) {
      const { page } = await openApp(browser, query);
      const first = page.locator('.expand-button').first();
      if ((await first.count()) > 0) await first.click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.length} nodes`),
      ).toEqual([]);
      await page.close();
    }
  });

  it('takes screenshots at laptop and projector sizes', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      const { page } = await openApp(browser, '?example=her2-positive-second-line-brain', viewport);
      await page.locator('.timeline-chart svg').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/dashboard-${viewport.width}x${viewport.height}.png`,
        fullPage: true,
      });
      await page.close();
    }
  });
});
