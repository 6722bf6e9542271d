import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, courseState, launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('case library in a real browser', () => {
  it('saves every event as it is entered: a reload loses nothing', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByRole('combobox', { name: 'ER', exact: true }).selectOption('positive');
    const form = page.locator('form.event-form').first();
    await form.getByLabel('Lesions').fill('2');
    await page.getByRole('button', { name: 'Record event' }).click();
    await expect
      .poll(() => page.locator('.save-status').textContent())
      .toBe('Saved in this browser.');
    await page.reload();
    await page.getByTestId('course-state').waitFor();
    expect(await courseState(page)).toBe('Line 1: choosing next treatment');
    expect(await page.locator('.event-log li').count()).toBe(1);
    expect(await page.locator('.library-table tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists every problem of a bad import and leaves the open case unchanged', async () => {
    const { page } = await openApp(browser, '?example=hr-positive-bone-first-line');
    const dir = mkdtempSync(join(tmpdir(), 'mbc-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'mbc-case/1',
        patient: { er: 'maybe' },
        events: [{ date: '2025-02-30', type: 'start-line', regimen: ['letrozol'] }],
      }),
    );
    const before = await courseState(page);
    await page.getByLabel(/Import a case file/).setInputFiles(bad);
    const report = page.locator('.import-problems');
    await expect.poll(() => report.textContent()).toContain('bad.json was not imported');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('patient.er: "maybe" is not one of positive, negative, unknown');
    expect(text).toContain('events[0].date: "2025-02-30" is not a calendar date');
    expect(text).toContain('events[0].regimen: unknown drug "letrozol"');
    expect(await courseState(page)).toBe(before);

    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, 'this is not json');
    await page.getByLabel(/Import a case file/).setInputFiles(notJson);
    await expect.poll(() => report.textContent()).toContain('(file): is not valid JSON');
    await page.context().close();
  });

  it('opens a shared link read-only, and says when a link is malformed', async () => {
    const { page } = await openApp(browser, '?example=her2-positive-second-line-brain');
    await page.getByRole('button', { name: 'Share read-only link' }).click();
    const link = await page.getByLabel(/^Link/).inputValue();
    expect(link).toMatch(/#case=v1\./);

    const viewer = await browser.newContext();
    const shared = await viewer.newPage();
    await shared.goto(link);
    await shared.getByTestId('course-state').waitFor();
    expect(await courseState(shared)).toBe('Line 2: choosing next treatment');
    expect(await shared.locator('.save-status').textContent()).toContain('read-only');
    expect(await shared.locator('form.event-form').count()).toBe(0);
    expect(await shared.locator('.library-table tbody tr').count()).toBe(0);

    const broken = await viewer.newPage();
    await broken.goto(link.slice(0, -12));
    await broken.getByTestId('course-state').waitFor();
    expect(await broken.getByRole('alert').first().textContent()).toMatch(
      /The shared link could not be opened/,
    );
    await viewer.close();
    await page.context().close();
  });

  it('renames, duplicates, deletes with undo, and searches saved cases', async () => {
    const { page, errors } = await openApp(browser, '?example=triple-negative-brca');
    await page.getByLabel('Age').fill('39');
    const rows = page.locator('.library-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('TN teaching case');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => rows.first().locator('th').textContent()).toBe('TN teaching case');
    expect(await rows.first().textContent()).toContain('Triple-negative');
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('Search saved cases').fill('copy');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('button', { name: 'Delete' }).click();
    await expect
      .poll(() => page.locator('.undo-delete').textContent())
      .toContain('Deleted “TN teaching case (copy)”');
    await page.getByLabel('Search saved cases').fill('');
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('.undo-delete').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports a case dropped on the page', async () => {
    const { page } = await openApp(browser);
    const text = JSON.stringify({
      format: 'mbc-case/1',
      title: 'Dropped case',
      patient: {
        er: 'negative',
        pr: 'negative',
        her2: 'positive',
        brca: 'unknown',
        pdl1: 'unknown',
        menopause: 'post',
        presentation: 'de-novo',
      },
      events: [{ date: '2025-01-10', type: 'metastases', sites: [{ site: 'lung', count: 1 }] }],
    });
    const dataTransfer = await page.evaluateHandle((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.dispatchEvent('.import-zone', 'drop', { dataTransfer });
    await expect.poll(() => courseState(page)).toBe('Line 1: choosing next treatment');
    expect(await page.locator('.state-banner__case').textContent()).toBe('Dropped case');
    await expect.poll(() => page.locator('.library-table tbody tr').count()).toBe(1);
    await page.context().close();
  });

  it('keeps working in memory and offers export when the browser blocks storage', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(appUrl());
    await page.getByTestId('course-state').waitFor();
    expect(await page.getByRole('alert').first().textContent()).toMatch(
      /does not allow saving here|no IndexedDB/,
    );
    await page.getByRole('combobox', { name: 'ER', exact: true }).selectOption('positive');
    await page.locator('form.event-form').first().getByLabel('Lesions').fill('2');
    await page.getByRole('button', { name: 'Record event' }).click();
    await expect.poll(() => courseState(page)).toBe('Line 1: choosing next treatment');
    await expect
      .poll(() => page.locator('.library-panel').textContent())
      .toContain('The case keeps working in memory');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.library-panel').getByRole('button', { name: 'Export now' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('case.mbc-case.json');
    await context.close();
  });
});
