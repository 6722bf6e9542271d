import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createDeflateRaw } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser } from './browser.ts';

/**
 * A share link is a few hundred kilobytes at most, but deflate can pack about a thousand bytes
 * into one: a crafted link would unpack to well over a hundred megabytes. The app must stop
 * unpacking at the case size limit and say so quickly, without the tab's memory ballooning.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** `megabytes` MB of zero bytes, deflate-compressed (raw), built without holding them all. */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < megabytes; i += 1) {
    if (!deflate.write(zeros)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(chunks);
}

async function usedHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  return used;
}

/**
 * The peak memory (VmHWM, in bytes) of each renderer process, by process id. The bytes a bad
 * link unpacked to lived mostly outside the JavaScript heap (array buffers, the decoded text),
 * so the JS heap alone does not show them; the renderer's peak resident memory does.
 */
async function rendererPeaks(): Promise<Map<number, number>> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  const peaks = new Map<number, number>();
  for (const { type, id } of processInfo) {
    if (type !== 'renderer') continue;
    const status = readFileSync(`/proc/${id}/status`, 'utf8');
    const kilobytes = /^VmHWM:\s*(\d+) kB/m.exec(status)?.[1];
    if (kilobytes !== undefined) peaks.set(id, Number(kilobytes) * 1024);
  }
  return peaks;
}

describe('share link limits', () => {
  it('says quickly that a link unpacking beyond the case size limit is too large', async () => {
    // 140 MB of zeros pack into about 136 KB: a fragment just under the longest one accepted
    // (200,000 characters), so the app has to start unpacking it.
    const payload = (await deflatedZeros(140)).toString('base64url');
    const fragment = `#case=v1.${payload}`;
    expect(fragment.length).toBeGreaterThan(150_000);
    expect(fragment.length).toBeLessThan(200_000);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The app opened normally, twice (a second document in the tab costs memory of its own),
    // then the same tab navigated to the link: what grows after that is the link's doing.
    for (const query of ['', '?again']) {
      await page.goto(appUrl(query));
      await page.getByTestId('course-state').waitFor();
    }
    const before = await usedHeap(page);
    const peaksBefore = await rendererPeaks();

    const started = Date.now();
    await page.goto(appUrl('?shared') + fragment, { waitUntil: 'commit' });
    const notice = page.getByRole('alert').filter({ hasText: 'shared link could not be opened' });
    await notice.waitFor({ timeout: 10_000 });
    const elapsed = Date.now() - started;
    const text = (await notice.textContent()) ?? '';

    // The tab stays in its renderer process (same site); its peak memory may not jump.
    const peaksAfter = await rendererPeaks();
    const growth = [...peaksBefore].flatMap(([id, peak]) => {
      const after = peaksAfter.get(id);
      return after === undefined ? [] : [after - peak];
    });
    expect(growth.length).toBeGreaterThan(0);
    expect(Math.max(...growth), 'renderer peak memory growth in bytes').toBeLessThan(50 * 2 ** 20);
    const grown = (await usedHeap(page)) - before;
    expect(grown, 'JavaScript heap growth in bytes').toBeLessThan(50 * 2 ** 20);
    expect(elapsed, 'time from opening the link to the message').toBeLessThan(2000);
    expect(text).toMatch(/link is too large/);
    expect(text).not.toMatch(/file/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
