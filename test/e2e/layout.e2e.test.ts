import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  launchBrowser,
  openApp,
  overflowReport,
  recordLetrozoleLine,
  recordProgression,
  reviewSizes,
} from './browser.ts';

/**
 * The Case view's layout at laptop, desktop and projector sizes: nothing scrolls sideways or
 * overlaps, the library breaks no word, the timeline is in sight on a wide screen and one skip
 * link away on a laptop.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const sizes = reviewSizes;

const examples = ['hr-positive-bone-first-line', 'her2-positive-second-line-brain'] as const;

/** Opens an example with its first candidate row expanded and every "Why not" detail open. */
async function openExpanded(page: Page, example: string) {
  await page.goto(appUrl(`?example=${example}`));
  await page.getByTestId('course-state').waitFor();
  await page.locator('.timeline-chart svg').first().waitFor();
  await page.locator('.expand-button').first().click();
  await expect.poll(() => page.locator('.expand-button[aria-expanded="true"]').count()).toBe(1);
  await page
    .locator('#excluded-heading ~ * details')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/** Words the library table breaks where there is no hyphen or slash to break at. */
function wordsBrokenMidWord(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    const table = document.querySelector('.library-table');
    if (!table) return ['no library table'];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    const lines = (node: Node, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const word of text.matchAll(/\S+/g)) {
        let start = word.index;
        // Breaking after a hyphen or slash is how the browser wraps "HER2-negative".
        for (const piece of word[0].split(/(?<=[-/])/)) {
          if (lines(node, start, start + piece.length) > 1) broken.push(word[0]);
          start += piece.length;
        }
      }
    }
    return broken;
  });
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.length} nodes`);
}

describe('Case view layout', () => {
  for (const viewport of sizes) {
    it(`neither scrolls sideways nor overlaps at ${viewport.width}x${viewport.height}`, async () => {
      const { page, errors } = await openApp(browser, '', viewport);
      for (const [index, example] of examples.entries()) {
        await openExpanded(page, example);
        // A change saves the case, so the library lists both examples.
        await page.getByLabel('Age').fill('50');
        await expect.poll(() => page.locator('.library-table tbody tr').count()).toBe(index + 1);
        expect(await overflowReport(page)).toEqual([]);
      }
      expect(await wordsBrokenMidWord(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  // Line 2 after an aromatase inhibitor lists a dozen options; at 1024 px the headers' own
  // width (kept on one line) once made the table 3 px wider than the page.
  for (const viewport of sizes) {
    it(`fits the line-2 candidates after a progression at ${viewport.width}x${viewport.height}`, async () => {
      const { page, errors } = await openApp(
        browser,
        '?example=hr-positive-bone-first-line',
        viewport,
      );
      await recordLetrozoleLine(page);
      await recordProgression(page, 'Line 2: choosing next treatment');
      expect(await page.locator('tr[data-candidate]').count()).toBeGreaterThan(8);
      expect(await overflowReport(page)).toEqual([]);
      expect(await wordsBrokenMidWord(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('shows the timeline chart in the first screen at 1920x1080', async () => {
    const { page } = await openApp(browser, '', { width: 1920, height: 1080 });
    for (const example of examples) {
      await page.goto(appUrl(`?example=${example}`));
      const chart = page.locator('.timeline-chart svg').first();
      await chart.waitFor();
      const box = await chart.boundingBox();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(box?.y).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(1080);
    }
    await page.context().close();
  });

  it('reaches the timeline with one skip link at 1280x800, and shows a mark on focus', async () => {
    const { page } = await openApp(browser, '?example=her2-positive-second-line-brain');
    await page.locator('.timeline-chart svg').first().waitFor();
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'Skip to the timeline'; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Skip to the timeline');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-heading');
    // In sight and not under the sticky bar at the top of the view.
    const uncovered = await page.evaluate(() => {
      const heading = document.getElementById('timeline-heading');
      const r = heading?.getBoundingClientRect();
      if (!heading || !r || r.top < 0 || r.bottom > window.innerHeight) return false;
      const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
      return hit !== null && heading.contains(hit);
    });
    expect(uncovered).toBe(true);
    // On from the heading: the chart/table switch, then the first band shows its details.
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      const inChart = await page.evaluate(
        () => document.activeElement?.closest('.timeline-chart') !== null,
      );
      if (inChart) break;
    }
    expect(await page.getByTestId('timeline-detail').textContent()).toContain(
      'pertuzumab + trastuzumab + docetaxel',
    );
    await page.context().close();
  });
});
