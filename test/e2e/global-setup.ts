import { preview, type PreviewServer } from 'vite';

/** Serves the production build once for all browser tests. */
let server: PreviewServer | undefined;

export const e2ePort = 4317;

export async function setup() {
  server = await preview({
    preview: { port: e2ePort, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
}

export async function teardown() {
  await server?.close();
}
