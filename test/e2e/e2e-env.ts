/**
 * Where the browser tests find the app. CI uses the defaults; two runs on one machine (a
 * developer's and a helper's) can each take their own port and build folder:
 * `vite build --outDir dist-b && E2E_PORT=4402 E2E_DIST=dist-b vitest run --config vitest.e2e.config.ts`.
 */
export const e2ePort = Number(process.env['E2E_PORT'] ?? 4317);
export const e2eDist = process.env['E2E_DIST'] ?? 'dist';
export const e2eOrigin = `http://127.0.0.1:${e2ePort}`;
