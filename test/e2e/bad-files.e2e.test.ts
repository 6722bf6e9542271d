import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badCaseBytes, badCaseCorpus } from '../fixtures/bad-case-corpus.ts';
import { courseState, launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('bad case files in the app', () => {
  it('shows a clear message for each and leaves the open case untouched', async () => {
    const { page, errors } = await openApp(browser, '?example=her2-positive-second-line-brain');
    const before = await courseState(page);
    const events = await page.locator('.event-log li').count();
    const corpus = badCaseCorpus();
    // Every sixth file plus the extremes: a browser round trip per file keeps this to seconds.
    const sample = corpus.filter(
      (c, i) => i % 6 === 0 || /huge|nested 1000|size limit|__proto__|UTF-8/.test(c.name),
    );
    const report = page.locator('.import-problems');
    for (const [i, bad] of sample.entries()) {
      await page.getByLabel(/Import a case file/).setInputFiles({
        name: `bad-${i}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(badCaseBytes(bad)),
      });
      await expect
        .poll(() => report.textContent(), { message: bad.name })
        .toContain(`bad-${i}.json was not imported`);
      expect(await report.locator('li').count(), bad.name).toBeGreaterThan(0);
    }
    expect(sample.length).toBeGreaterThan(30);
    expect(await courseState(page)).toBe(before);
    expect(await page.locator('.event-log li').count()).toBe(events);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
