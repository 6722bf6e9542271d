import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// CI asks for a machine-readable report so .ci/run can print "N passed, N failed".
const jsonReport = process.env['VITEST_JSON_REPORT'];

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
