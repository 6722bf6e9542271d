import { preview, type PreviewServer } from 'vite';
import { e2eDist, e2ePort } from './e2e-env.ts';

/** Serves the production build once for all browser tests. */
let server: PreviewServer | undefined;

export async function setup() {
  server = await preview({
    preview: { port: e2ePort, strictPort: true, host: '127.0.0.1' },
    build: { outDir: e2eDist },
    logLevel: 'warn',
  });
}

export async function teardown() {
  await server?.close();
}
