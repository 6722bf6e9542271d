import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser } from './browser.ts';

/**
 * SMART sign-in answers and tokens in a real browser: an answer must carry the state of a
 * sign-in this tab started (else no token is asked for), and the token is kept in
 * sessionStorage only while the user asked to stay connected.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const mismatch = 'does not match a sign-in started in this tab';
const isTokenEndpoint = (url: string) => new URL(url).pathname.endsWith('/auth/token');
const review = (page: Page) => page.getByRole('heading', { name: /Review the import/ });
const signIn = (page: Page) => page.getByRole('button', { name: 'Sign in with SMART on FHIR' });
/** The import screen's problem report; empty while there is none (does not wait for one). */
const problems = async (page: Page) =>
  (await page.locator('.import-problems').allTextContents()).join(' ');

/** A fresh tab that notes every request to the token endpoint and every page error. */
async function watchedPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const tokenRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (isTokenEndpoint(request.url())) tokenRequests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, tokenRequests, errors };
}

/**
 * Starts a sign-in in this tab but stops at the authorization server's page, so the tab holds
 * the state of a launch waiting for its answer (what an empty state used to fall back to).
 */
async function startSignInAndStop(page: Page): Promise<string> {
  await page.route('**/fhir/auth/authorize?**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Sign in</title><p>The sign-in page</p>',
    }),
  );
  await page.goto(appUrl('?view=fhir'));
  await signIn(page).click();
  await page.waitForURL(/\/fhir\/auth\/authorize\?/);
  await page.unrouteAll();
  return new URL(page.url()).searchParams.get('state') ?? '';
}

/** What this tab keeps: every sessionStorage and localStorage entry. */
function storage(page: Page) {
  return page.evaluate(() => ({
    session: Object.fromEntries(Object.entries(sessionStorage)),
    local: Object.fromEntries(Object.entries(localStorage)),
  }));
}

/** Signs in with the mock authorization server and returns the access token it issued. */
async function signInAndRead(page: Page): Promise<string> {
  const tokenResponse = page.waitForResponse((response) => isTokenEndpoint(response.url()));
  await signIn(page).click();
  const body = (await (await tokenResponse).json()) as { access_token?: string };
  await review(page).waitFor({ timeout: 15_000 });
  expect(body.access_token).toEqual(expect.any(String));
  return body.access_token ?? '';
}

describe('SMART sign-in answers', () => {
  it.each([
    ['an empty state', '?code=X&state='],
    ['a state this tab never issued', '?code=X&state=unknown'],
  ])('refuses an answer with %s, says so and asks for no token', async (_, answer) => {
    const { page, tokenRequests, errors } = await watchedPage();
    const started = await startSignInAndStop(page);
    expect(started).not.toBe('');
    await page.goto(appUrl(answer));
    await expect.poll(() => problems(page), { timeout: 10_000 }).toContain(mismatch);
    expect(await problems(page)).toContain('Sign in with SMART on FHIR');
    expect(await review(page).count()).toBe(0);
    // The code and state are taken out of the address, so a reload does not try again.
    expect(page.url()).not.toContain('code=');
    expect(tokenRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses the same answer a second time (a state is used once)', async () => {
    const { page, tokenRequests } = await watchedPage();
    const answers: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.url().includes('code=')) {
        answers.push(request.url());
      }
    });
    await page.goto(appUrl('?view=fhir'));
    await signInAndRead(page);
    expect(tokenRequests).toHaveLength(1);
    expect(answers).toHaveLength(1);
    await page.goto(answers[0] ?? '');
    await expect.poll(() => problems(page), { timeout: 10_000 }).toContain(mismatch);
    expect(tokenRequests).toHaveLength(1);
    await page.context().close();
  }, 45_000);
});

describe('keeping the SMART token', () => {
  it('forgets the token once the record has been read', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(appUrl('?view=fhir'));
    expect(await page.getByLabel(/Stay connected/).isChecked()).toBe(false);
    const token = await signInAndRead(page);
    const kept = await storage(page);
    expect(JSON.stringify(kept)).not.toContain(token);
    expect(Object.keys(kept.session)).not.toContain('SMART_KEY');
    expect(kept.local).toEqual({});
    expect(errors).toEqual([]);
    await page.context().close();
  }, 45_000);

  it('with "Stay connected", keeps it in this tab only until "Sign out"', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(appUrl('?view=fhir'));
    await page.getByLabel(/Stay connected/).check();
    const token = await signInAndRead(page);
    let kept = await storage(page);
    expect(JSON.stringify(kept.session)).toContain(token);
    expect(JSON.stringify(kept.local)).not.toContain(token);

    await page.getByRole('button', { name: 'Discard this import' }).click();
    const signedIn = page.getByText(`Signed in to ${appUrl('fhir')}`);
    await signedIn.waitFor();
    const signOut = page.getByRole('button', { name: 'Sign out' });
    expect(await signOut.isVisible()).toBe(true);
    const violations = await new AxeBuilder({ page }).include('.fhir-import').analyze();
    expect(violations.violations.map((v) => v.id)).toEqual([]);

    // A reload in the same tab is still signed in, and the server still takes the token.
    await page.goto(appUrl('?view=fhir'));
    await signedIn.waitFor();
    await page.getByLabel('Find a patient (name or id)').fill('Test');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: /Import Bea/ }).waitFor();

    await signOut.click();
    await page.getByText(/Signed out/).waitFor();
    kept = await storage(page);
    expect(JSON.stringify(kept)).not.toContain(token);
    expect(
      Object.keys(kept.session).filter((k) => k === 'SMART_KEY' || k.startsWith('mbc-fhir')),
    ).toEqual([]);
    expect(await signOut.count()).toBe(0);
    expect(await signedIn.count()).toBe(0);
    // The patients found with the token are gone with it.
    expect(await page.getByRole('button', { name: /Import Bea/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
