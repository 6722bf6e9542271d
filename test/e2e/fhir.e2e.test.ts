import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionBundle } from '../../mocks/fhir/patients.ts';
import { appUrl, candidateIds, courseState, launchBrowser, openApp } from './browser.ts';
import { e2eOrigin } from './e2e-env.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const review = (page: Page) => page.getByRole('heading', { name: /Review the import/ });

describe('starting a case from FHIR data in a real browser', () => {
  it('imports a bundle file, shows the review, saves it and shows its candidates', async () => {
    const { page, errors } = await openApp(browser, '?view=fhir');
    const file = join(mkdtempSync(join(tmpdir(), 'mbc-fhir-')), 'ada.json');
    writeFileSync(file, JSON.stringify(collectionBundle('hr-positive')));
    await page.getByLabel(/Choose a FHIR Bundle/).setInputFiles(file);
    await review(page).waitFor();
    expect(await page.getByRole('combobox', { name: 'ER', exact: true }).inputValue()).toBe(
      'positive',
    );
    expect(await page.getByRole('combobox', { name: 'Presentation' }).inputValue()).toBe('de-novo');
    const entries = page.locator('.fhir-review__entries');
    expect(await entries.textContent()).toContain('no verified code says whether');
    expect(
      await page
        .getByRole('checkbox', { name: /Include Started letrozole \+ palbociclib/ })
        .isChecked(),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/fhir-review.png', fullPage: true });

    await page.getByRole('button', { name: 'Save as a new case and open it' }).click();
    await page.getByTestId('course-state').waitFor();
    expect(await courseState(page)).toMatch(/Line 2/);
    expect((await candidateIds(page)).length).toBeGreaterThan(0);
    expect(await page.locator('.library-table tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reports a file that is not FHIR and stays on the import screen', async () => {
    const { page } = await openApp(browser, '?view=fhir');
    const file = join(mkdtempSync(join(tmpdir(), 'mbc-fhir-')), 'patient.json');
    writeFileSync(file, JSON.stringify({ resourceType: 'Patient', id: 'x' }));
    await page.getByLabel(/Choose a FHIR Bundle/).setInputFiles(file);
    const alert = page.locator('.import-problems');
    await expect.poll(() => alert.textContent()).toContain('expected a Bundle');
    expect(await review(page).count()).toBe(0);
    await page.context().close();
  });

  it('connects to the mocked server, finds a patient by name and imports the record', async () => {
    const { page, errors } = await openApp(browser, '?view=fhir');
    await page.getByLabel('Find a patient (name or id)').fill('Test');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: /Import Bea/ }).click();
    await review(page).waitFor();
    expect(await page.getByRole('combobox', { name: 'HER2', exact: true }).inputValue()).toBe(
      'positive',
    );
    await page.getByRole('button', { name: 'Save as a new case and open it' }).click();
    await page.getByTestId('course-state').waitFor();
    expect(await courseState(page)).toMatch(/Line 2/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what to do when the server fails or is not allowed', async () => {
    const { page } = await openApp(browser, '?view=fhir');
    const base = page.getByLabel('Server address (FHIR base URL)');
    await base.fill('https://ehr.example.org/fhir');
    await page.getByLabel('Find a patient (name or id)').fill('Ada');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(() => page.locator('#fhir-base-problem').textContent())
      .toContain('this build connects only to');
    await base.fill(appUrl('fhir-fail/401'));
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringMatching(/refused access \(401\)/));
    await page.context().close();
  });

  it('shows progress while a slow server answers, and cancels the read', async () => {
    const { page } = await openApp(browser, '?view=fhir');
    await page.getByLabel('Server address (FHIR base URL)').fill(appUrl('fhir-fail/slow'));
    await page.getByLabel('Find a patient (name or id)').fill('Lovelace');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Searching…').waitFor();
    await page.getByRole('button', { name: /Import Ada/ }).click({ timeout: 10_000 });
    await page.getByText(/Reading the record/).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Reading was cancelled; nothing was imported.').waitFor();
    expect(await review(page).count()).toBe(0);
    await page.context().close();
  });

  it('completes a SMART standalone launch against the mocked authorization server', async () => {
    const { page, errors } = await openApp(browser, '?view=fhir');
    await page.getByRole('button', { name: 'Sign in with SMART on FHIR' }).click();
    await review(page).waitFor({ timeout: 15_000 });
    expect(await page.locator('.fhir-review').textContent()).toContain('patient hr-positive');
    expect(page.url()).not.toContain('code=');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('completes an EHR launch for the patient the EHR names', async () => {
    const { page } = await openApp(
      browser,
      `?iss=${encodeURIComponent(appUrl('fhir'))}&launch=launch-triple-negative`,
    );
    await review(page).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('combobox', { name: 'Germline BRCA' }).inputValue()).toBe(
      'mutated',
    );
    await page.context().close();
  });

  it('refuses an EHR launch from a server this build does not name, saying why', async () => {
    const { page } = await openApp(
      browser,
      `?iss=${encodeURIComponent('https://ehr.example.org/fhir')}&launch=abc`,
    );
    const alert = page.locator('.import-problems');
    await expect.poll(() => alert.textContent()).toContain('this build connects only to');
    expect(page.url()).toContain(e2eOrigin);
    await page.context().close();
  });

  it('exports the open case as a FHIR Bundle that imports back to the same course', async () => {
    const { page } = await openApp(browser, '?example=her2-positive-second-line-brain');
    const before = await courseState(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export FHIR (mCODE)' }).click(),
    ]);
    const path = await download.path();
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as { resourceType: string };
    expect(bundle.resourceType).toBe('Bundle');
    await page.getByRole('button', { name: 'From the EHR (FHIR)' }).click();
    await page.getByLabel(/Choose a FHIR Bundle/).setInputFiles(path);
    await review(page).waitFor();
    await page.getByRole('button', { name: 'Save as a new case and open it' }).click();
    await page.getByTestId('course-state').waitFor();
    expect(await courseState(page)).toBe(before);
    await page.context().close();
  });
});
