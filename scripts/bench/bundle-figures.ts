import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface BundleFigures {
  readonly files: ReadonlyArray<{ file: string; kb: number; gzipKb: number }>;
  readonly firstScreenJsGzipKb: number;
  readonly totalJsGzipKb: number;
  readonly largestModules: ReadonlyArray<{ module: string; kb: number }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Builds the app and measures what the browser downloads: every file, and the first screen. */
export async function bundleFigures(root: string): Promise<BundleFigures> {
  const result = await build({ root, logLevel: 'silent', build: { outDir: 'dist', emptyOutDir: true } });
  const outputs = Array.isArray(result) ? result : [result];
  const moduleSizes = new Map<string, number>();
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const chunk of output.output) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, info] of Object.entries(chunk.modules)) {
        const name = relative(root, id).replace(/^.*node_modules\//, 'node_modules/');
        moduleSizes.set(name, (moduleSizes.get(name) ?? 0) + info.renderedLength);
      }
    }
  }
  const dist = join(root, 'dist');
  const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const files = assets.map((file) => {
    const bytes = readFileSync(join(dist, 'assets', file));
    return { file: `assets/${file}`, kb: kb(bytes.length), gzipKb: kb(gzipSync(bytes, { level: 9 }).length) };
  });
  // The first screen loads the entry script and what index.html preloads, not the lazy chunks.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstScreen = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const js = files.filter((f) => f.file.endsWith('.js'));
  const sum = (list: typeof files) => Math.round(list.reduce((t, f) => t + f.gzipKb, 0) * 10) / 10;
  return {
    files: files.sort((a, b) => b.gzipKb - a.gzipKb),
    firstScreenJsGzipKb: sum(js.filter((f) => firstScreen.has(f.file))),
    totalJsGzipKb: sum(js),
    largestModules: [...moduleSizes]
      .map(([module, bytes]) => ({ module, kb: kb(bytes) }))
      .sort((a, b) => b.kb - a.kb)
      .slice(0, 10),
  };
}
