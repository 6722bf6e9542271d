import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../vite.config.ts';
import { appUrl, courseState, launchBrowser, openApp } from './browser.ts';
import { e2eOrigin } from './e2e-env.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('patient data stays in the browser', () => {
  it('serves the built app with its Content-Security-Policy', async () => {
    const { page } = await openApp(browser);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toBe(contentSecurityPolicy);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe');
    await page.context().close();
  });

  it('makes no request to any other origin while a case is entered', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(appUrl());
    await page.getByTestId('course-state').waitFor();
    await page.getByRole('combobox', { name: 'ER', exact: true }).selectOption('positive');
    const form = page.locator('form.event-form').first();
    await form.getByLabel('Lesions').fill('3');
    await page.getByRole('button', { name: 'Record event' }).click();
    await form.getByLabel('Event').selectOption('start-line');
    const drug = form.getByLabel(/Regimen: add a drug/);
    await drug.fill('Arimidex');
    await drug.press('Enter');
    await page.getByRole('button', { name: 'Record event' }).click();
    await expect.poll(() => courseState(page)).toMatch(/^Line 1 running/);
    await page.locator('.timeline-chart svg').first().waitFor();
    await page.getByRole('button', { name: 'Share read-only link' }).click();
    await page.getByRole('button', { name: 'Teaching scenarios' }).click();
    await page.getByRole('heading', { name: /Scenarios/ }).waitFor();
    const foreign = requests.filter(
      (url) => !url.startsWith(`${e2eOrigin}/`) && !/^(data|blob):/.test(url),
    );
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    await context.close();
  });
});
