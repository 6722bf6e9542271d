import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fhirMiddleware } from './mocks/fhir/middleware.ts';
import { readSourceTexts, sourceFiles } from './src/cli/source-texts.ts';

/**
 * FHIR servers the build may connect to besides its own origin (which serves the mock server in
 * development): the origin of VITE_FHIR_BASE_URL and any in VITE_FHIR_ALLOWED_ORIGINS
 * (comma-separated). Nothing else can be reached, whatever is typed in the base-URL field.
 */
export function fhirConnectOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env['VITE_FHIR_ALLOWED_ORIGINS'] ?? '').split(',').map((o) => o.trim());
  const base = env['VITE_FHIR_BASE_URL'];
  const origins = [...listed, ...(base && /^https?:/.test(base) ? [new URL(base).origin] : [])];
  return [...new Set(origins.filter((o) => /^https?:\/\/[^/\s;']+$/.test(o)))];
}

/** A Content-Security-Policy: the app's own origin only, plus what is named. */
function policy(allow: { scripts?: string[]; styles?: string[]; connect?: string[] } = {}) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(allow.scripts ?? [])].join(' '),
    ["style-src 'self'", ...(allow.styles ?? [])].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...(allow.connect ?? []), ...fhirConnectOrigins()].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The built app's Content-Security-Policy: its own scripts and styles only, no third-party
 * origin, no connection except to where it was served from (patient data stays in the browser)
 * and the FHIR servers named at build time. It is in the built index.html as a meta tag, so it
 * holds however the files are served.
 */
export const contentSecurityPolicy = policy();

/**
 * The headers a server of the built app sends (the preview server does; README.md asks the
 * same of any host). The policy again, with frame-ancestors, which browsers ignore in a meta
 * tag: no other site may show the app in a frame (and trick clicks out of it). nosniff: a file
 * is only ever run as the type it is served as. no-referrer: no address of the app, with its
 * query, goes to another site in a Referer header.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The dev server's policy: the built app's, plus what hot reload needs and no more. React's
 * hot-reload preamble is the one inline script (allowed by its hash, not by allowing inline
 * script); Vite injects each stylesheet as a <style> element, hence inline styles; the HMR
 * client connects back by WebSocket to the host the page came from.
 */
export function devContentSecurityPolicy(host: string | undefined, base = '/'): string {
  const preamble = react.preambleCode.replace('__BASE__', base);
  const hash = createHash('sha256').update(preamble).digest('base64');
  // Only a plain host[:port] is written into the header; anything else gets no socket source.
  const socket =
    host && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host) ? [`ws://${host}`] : [];
  return `${policy({ scripts: [`'sha256-${hash}'`], styles: ["'unsafe-inline'"], connect: socket })}; frame-ancestors 'none'`;
}

function setHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Security headers on every response of the dev server (`npm start`) and the preview server,
 * set before Vite's own middleware answers, so development runs under (nearly) the policy the
 * build has and a violation shows up there first.
 */
function securityHeadersOnServers(): Plugin {
  return {
    name: 'security-headers',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        setHeaders(res, {
          ...securityHeaders,
          'Content-Security-Policy': devContentSecurityPolicy(req.headers.host, server.config.base),
        });
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        setHeaders(res, securityHeaders);
        next();
      });
    },
  };
}

/**
 * The mock FHIR server (mocks/fhir, msw handlers) on the dev and preview servers' own origin, so
 * the import screen has a server to talk to out of the box. FHIR_MOCK=off turns it off.
 */
function fhirMockServer(): Plugin {
  const enabled = process.env['FHIR_MOCK'] !== 'off';
  return {
    name: 'fhir-mock-server',
    configureServer(server) {
      if (enabled) server.middlewares.use(fhirMiddleware());
    },
    configurePreviewServer(server) {
      if (enabled) server.middlewares.use(fhirMiddleware());
    },
  };
}

/**
 * `virtual:source-texts`: the five documents read from ../shared/sources when the app is built
 * or served, so quotes come from the documents themselves and the repository holds only
 * sentence references. A changed document is picked up on the next build or reload.
 */
function sourceTextsModule(): Plugin {
  const id = 'virtual:source-texts';
  const resolved = `\0${id}`;
  return {
    name: 'source-texts',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loaded) {
      if (loaded !== resolved) return undefined;
      for (const file of Object.values(sourceFiles())) this.addWatchFile(file);
      return `export default ${JSON.stringify(readSourceTexts())};`;
    },
  };
}

// CI asks for a machine-readable report so .ci/run can print "N passed, N failed".
const jsonReport = process.env['VITEST_JSON_REPORT'];

export default defineConfig({
  plugins: [
    react(),
    sourceTextsModule(),
    contentSecurityPolicyMeta(),
    securityHeadersOnServers(),
    fhirMockServer(),
  ],
  // fhirclient's browser build polyfills fetch for old browsers unless told it need not.
  define: { FHIRCLIENT_PURE: 'true' },
  build: {
    // The first-screen chunk is about 640 KB before compression; its budget is the gzip size
    // (docs/performance.md), so Vite's 500 KB warning would only be noise.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // What the first screen runs (everything the entry imports statically: '$initial') in one
        // chunk rather than the entry plus four shared chunks: one file compresses better, and it
        // is all loaded at once anyway. Code only a lazy view uses (timeline chart, teaching,
        // tumor board, FHIR) stays in its own chunks, provided nothing reaches it statically:
        // the domain barrel does not re-export it (docs/performance.md).
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
