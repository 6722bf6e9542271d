import { defineConfig } from 'vitest/config';

// Browser tests: headless Chromium (Debian's package) driven by playwright-core against
// `vite preview` of a fresh build. Run by `npm run test:e2e`, part of `npm test`.
const jsonReport = process.env['VITEST_E2E_JSON_REPORT'];

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
