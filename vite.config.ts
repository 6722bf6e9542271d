import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fhirMiddleware } from './mocks/fhir/middleware.ts';
import { readSourceTexts, sourceFiles } from './src/cli/source-texts.ts';

/**
 * The built app's Content-Security-Policy: its own scripts and styles only, no third-party
 * origin, no connection except to where it was served from (patient data stays in the browser).
 * Only for the build: the dev server needs inline scripts for hot reload.
 */
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

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  ["connect-src 'self'", ...fhirConnectOrigins()].join(' '),
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

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
  plugins: [react(), sourceTextsModule(), contentSecurityPolicyMeta(), fhirMockServer()],
  // fhirclient's browser build polyfills fetch for old browsers unless told it need not.
  define: { FHIRCLIENT_PURE: 'true' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
