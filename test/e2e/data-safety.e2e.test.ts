import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, courseState, launchBrowser } from './browser.ts';

/**
 * Entered data is never lost without a word: two tabs on one case, the tumor board and the case
 * view writing the same case, a save that fails, deleting the open case, a damaged record, and
 * leaving the page with a half-typed event.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function newPage(context: BrowserContext, errors: string[] = []): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await page.getByTestId('course-state').waitFor();
  return page;
}

const saveStatus = (page: Page) => page.locator('.save-status').textContent();
const eventCount = (page: Page) => page.locator('.event-log > li').count();
const eventForm = (page: Page) => page.locator('form.event-form').first();

/** A new case: HR-positive, two bone lesions. Saved when this returns. */
async function startCase(page: Page) {
  await page.getByRole('combobox', { name: 'ER', exact: true }).selectOption('positive');
  await eventForm(page).getByLabel('Lesions').fill('2');
  await page.getByRole('button', { name: 'Record event' }).click();
  await expect.poll(() => saveStatus(page)).toBe('Saved in this browser.');
}

async function startLine(page: Page, drug: string) {
  const form = eventForm(page);
  await form.getByLabel('Event').selectOption('start-line');
  const picker = form.getByLabel(/Regimen: add a drug/);
  await picker.fill(drug);
  await picker.press('Enter');
  await page.getByRole('button', { name: 'Record event' }).click();
}

async function recordDecisionEvent(page: Page, rationale: string) {
  const form = eventForm(page);
  await form.getByLabel('Event').selectOption('decision');
  await form.getByLabel('Candidate').selectOption({ index: 1 });
  await form.getByLabel('Rationale').fill(rationale);
  await page.getByRole('button', { name: 'Record event' }).click();
}

const conflictBanner = (page: Page) => page.locator('.save-conflict');

describe('no entered data is lost silently', () => {
  it('two tabs on one case: the later save does not erase the other tab’s event', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const first = await newPage(context, errors);
    await startCase(first);
    // The second tab opens the newest case of the library: the same one.
    const second = await newPage(context, errors);
    expect(await eventCount(second)).toBe(1);

    await startLine(first, 'letrozole');
    await expect.poll(() => saveStatus(first)).toBe('Saved in this browser.');
    // The second tab is told at once, before it types anything.
    await expect
      .poll(() => conflictBanner(second).textContent())
      .toContain('changed in another tab');

    // It records a decision anyway: held in memory, not written over the first tab's line.
    await recordDecisionEvent(second, 'discussed at clinic');
    await expect.poll(() => eventCount(second)).toBe(2);
    expect(await saveStatus(second)).toMatch(/Not saved/);
    await second.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(() => eventCount(second)).toBe(3);
    await expect.poll(() => saveStatus(second)).toBe('Saved in this browser.');
    expect(await conflictBanner(second).count()).toBe(0);
    expect(await courseState(second)).toMatch(/^Line 1 running/);

    // The first tab hears of the merge and reloads it.
    await expect
      .poll(() => conflictBanner(first).textContent())
      .toContain('changed in another tab');
    await first.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => eventCount(first)).toBe(3);

    await first.reload();
    await first.getByTestId('course-state').waitFor();
    expect(await eventCount(first)).toBe(3);
    // The library list loads after the case: wait for it rather than count at once.
    await expect.poll(() => first.locator('.library-table tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs that both move the course keep both copies as separate cases', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = await newPage(context);
    await startCase(first);
    const second = await newPage(context);
    await startLine(first, 'letrozole');
    await expect.poll(() => conflictBanner(second).count()).toBe(1);
    await startLine(second, 'tamoxifen');
    await second.getByRole('button', { name: 'Keep both' }).click();
    await expect
      .poll(() => second.locator('.conflict-outcome').textContent())
      .toMatch(/not merged: both copies added events .* separate case/);
    await expect.poll(() => second.locator('.library-table tbody tr').count()).toBe(2);
    await expect.poll(() => saveStatus(second)).toBe('Saved in this browser.');
    expect(await second.locator('.state-banner__case').textContent()).toMatch(/kept from this tab/);
    // The first tab's own case still holds its letrozole line.
    await first.reload();
    await first.getByTestId('course-state').waitFor();
    const firstRow = first.locator('.library-table tbody tr', { hasNotText: 'kept from' });
    await firstRow.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => first.locator('.event-log').textContent()).toContain('letrozole');
    await context.close();
  });

  it('a tumor-board decision survives the next edit in the case view', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const errors: string[] = [];
    const page = await newPage(context, errors);
    await startCase(page);
    await page.getByRole('button', { name: 'Tumor board' }).click();
    await page.getByRole('button', { name: 'Add to agenda' }).first().click();
    await page.getByRole('button', { name: 'Start presentation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Candidate' }).selectOption({ index: 1 });
    await dialog.getByLabel('Rationale').fill('Board agreed');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await expect
      .poll(() => dialog.locator('.decision-form [role=status]').textContent())
      .toBe('Decision recorded.');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Case', exact: true }).click();
    await startLine(page, 'letrozole');
    await expect.poll(() => saveStatus(page)).toBe('Saved in this browser.');

    await page.reload();
    await page.getByTestId('course-state').waitFor();
    const log = (await page.locator('.event-log').textContent()) ?? '';
    expect(log).toMatch(/Accepted: .*Started letrozole/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says "Decision recorded" only once stored; a failed save keeps the text and offers export', async () => {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      acceptDownloads: true,
    });
    const page = await newPage(context);
    await startCase(page);
    await page.getByRole('button', { name: 'Tumor board' }).click();
    await page.getByRole('button', { name: 'Add to agenda' }).first().click();
    await page.getByRole('button', { name: 'Start presentation' }).click();
    // From here on the browser refuses every write, as a full disk would.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('no space', 'QuotaExceededError');
      };
    });
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Candidate' }).selectOption({ index: 1 });
    await dialog.getByLabel('Rationale').fill('Board agreed, storage full');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    const alert = dialog.locator('.decision-form [role=alert]');
    await expect.poll(() => alert.textContent()).toContain('The decision was not saved');
    expect(await alert.textContent()).toContain('storage for this site is full');
    expect(await dialog.locator('.decision-form [role=status]').textContent()).not.toContain(
      'Decision recorded',
    );
    expect(await dialog.getByLabel('Rationale').inputValue()).toBe('Board agreed, storage full');
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export now' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as {
      events: Array<{ type: string; rationale?: string }>;
    };
    expect(exported.events.at(-1)).toMatchObject({
      type: 'decision',
      rationale: 'Board agreed, storage full',
    });
    await context.close();
  });

  it('deleting the open case closes it; undo brings it back and later edits are kept', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await newPage(context);
    await startCase(page);
    const rows = page.locator('.library-table tbody tr');
    await rows.first().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.undo-delete').textContent()).toMatch(/and closed it/);
    expect(await eventCount(page)).toBe(0);
    expect(await courseState(page)).toMatch(/intake|metastatic sites/i);
    await page.locator('.undo-delete').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => eventCount(page)).toBe(1);
    await startLine(page, 'letrozole');
    await expect.poll(() => saveStatus(page)).toBe('Saved in this browser.');
    await page.reload();
    await page.getByTestId('course-state').waitFor();
    expect(await eventCount(page)).toBe(2);
    await expect.poll(() => rows.count()).toBe(1);
    await context.close();
  });

  it('one damaged record is listed as damaged; the others open normally', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const errors: string[] = [];
    const page = await newPage(context, errors);
    await startCase(page);
    // A newer record that is not a case any more (as an old version or a crash might leave).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('mbc-decision-support', 1);
          open.onsuccess = () => {
            const tx = open.result.transaction('cases', 'readwrite');
            tx.objectStore('cases').put({
              id: 'broken',
              title: 'Broken record',
              caseFile: { format: 'mbc-case/1', patient: 'garbled', events: 7 },
              createdAt: '2099-01-01T00:00:00Z',
              updatedAt: '2099-01-01T00:00:00Z',
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(new Error('could not write'));
          };
        }),
    );
    await page.reload();
    await page.getByTestId('course-state').waitFor();
    expect(await eventCount(page)).toBe(1);
    expect(await page.getByRole('alert').first().textContent()).toMatch(
      /One saved case is damaged/,
    );
    const damaged = page.getByRole('group', { name: 'Damaged saved cases' });
    expect(await damaged.textContent()).toContain('Broken record');
    const download = page.waitForEvent('download');
    await damaged.getByRole('button', { name: 'Export raw' }).click();
    const raw = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      caseFile: { patient: string };
    };
    expect(raw.caseFile.patient).toBe('garbled');
    await damaged.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => damaged.count()).toBe(0);
    expect(await eventCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns before leaving the page with a half-typed event, and not otherwise', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await newPage(context);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.getByRole('combobox', { name: 'ER', exact: true }).selectOption('positive');
    await page.reload();
    await page.getByTestId('course-state').waitFor();
    expect(dialogs).toEqual([]);

    await eventForm(page).getByLabel('Lesions').fill('3');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await context.close();
  });
});
