import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseState, launchBrowser, openApp } from './browser.ts';

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
});
