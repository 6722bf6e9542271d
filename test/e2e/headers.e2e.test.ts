import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, fhirConnectOrigins } from '../../vite.config.ts';
import { appUrl, launchBrowser } from './browser.ts';
import { e2eOrigin, e2ePort } from './e2e-env.ts';

/**
 * Security headers from the preview server (global-setup.ts) and from the dev server that
 * `npm start` runs, and a Content-Security-Policy that the app lives within: loading it, built
 * or in development, must not trip a single violation (zod's code-generation probe did).
 */

const root = join(import.meta.dirname, '../..');
/** The dev server started here takes the port after the preview server's, unless told. */
const devPort = Number(process.env['E2E_DEV_PORT'] ?? e2ePort + 1);
const devOrigin = `http://127.0.0.1:${devPort}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The header's policies, each as its list of directives, e.g. `["connect-src", "'self'"]`. */
function directives(header: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (header ?? '').split(/[;,]/)) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

/**
 * Opens `url` in a fresh tab and collects every sign of a Content-Security-Policy violation:
 * the securitypolicyviolation events (recorded by a script that runs before the page's own;
 * the DevTools protocol injects it, so the policy does not apply to it) and the console
 * errors Chromium prints for them, plus any page error.
 */
async function loadWatchingPolicy(url: string, ready: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    window.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'}`),
      true,
    );
  });
  const problems: string[] = [];
  const consoleLines: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    consoleLines.push(message.text());
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  await page.goto(url);
  await ready(page);
  // Violation events are dispatched as tasks of their own: let any pending one run first.
  const events = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        setTimeout(() => resolve((window as unknown as { cspViolations: string[] }).cspViolations)),
      ),
  );
  return { page, context, violations: [...events, ...problems], consoleLines };
}

const appReady = (page: Page) =>
  page.getByRole('heading', { name: /next-line options/ }).waitFor({ timeout: 60_000 });

describe('preview server (the built app)', () => {
  it('sends the Content-Security-Policy with frame-ancestors, nosniff and no-referrer', async () => {
    for (const path of ['/', '/scenarios/index.json']) {
      const response = await fetch(`${e2eOrigin}${path}`);
      expect(response.status, path).toBe(200);
      const policy = response.headers.get('content-security-policy');
      expect(policy, path).toContain(contentSecurityPolicy);
      const parsed = directives(policy);
      expect(parsed.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(parsed.get('connect-src'), path).toEqual(["'self'", ...fhirConnectOrigins()]);
      expect(parsed.get('script-src'), path).toEqual(["'self'"]);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('loads without a single Content-Security-Policy violation', async () => {
    const { context, violations } = await loadWatchingPolicy(appUrl(), appReady);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('refuses to be shown in a frame of another page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    // A page of another origin (about:blank here) that frames the app.
    await page.setContent(`<iframe src="${appUrl()}" title="framed"></iframe>`);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    const framed = page.frames().find((f) => f.url().startsWith(e2eOrigin));
    const headings = framed ? await framed.locator('h1, h2').count() : 0;
    expect(headings).toBe(0);
    await context.close();
  });
});

describe('dev server (npm start)', () => {
  let server: ViteDevServer | undefined;
  beforeAll(async () => {
    server = await createServer({
      root,
      configFile: join(root, 'vite.config.ts'),
      // Its own cache of pre-bundled dependencies: another dev server on this machine may be
      // writing the default one.
      cacheDir: join(root, `node_modules/.vite-e2e-${devPort}`),
      server: { port: devPort, strictPort: true, host: '127.0.0.1', watch: null },
      logLevel: 'warn',
    });
    await server.listen();
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('sends a Content-Security-Policy that allows hot reload and nothing more', async () => {
    const response = await fetch(`${devOrigin}/`);
    expect(response.status).toBe(200);
    const parsed = directives(response.headers.get('content-security-policy'));
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('connect-src')).toEqual([
      "'self'",
      `ws://127.0.0.1:${devPort}`,
      ...fhirConnectOrigins(),
    ]);
    // The one inline script (React's hot-reload preamble) is allowed by its hash, not by
    // allowing inline scripts or eval.
    const scripts = parsed.get('script-src') ?? [];
    expect(scripts[0]).toBe("'self'");
    expect(scripts.slice(1).length).toBeGreaterThan(0);
    for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[\w+/]+=*'$/);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves an app that loads and connects for hot reload without a violation', async () => {
    const { context, violations, consoleLines } = await loadWatchingPolicy(
      `${devOrigin}/`,
      appReady,
    );
    await expect.poll(() => consoleLines.some((l) => l.includes('[vite] connected'))).toBe(true);
    expect(violations).toEqual([]);
    await context.close();
  }, 120_000);
});
