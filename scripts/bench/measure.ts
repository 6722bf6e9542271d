import { performance } from 'node:perf_hooks';

export interface Figures {
  readonly name: string;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly runs: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Runs `work` after a warm-up and reports median and p99 in milliseconds. */
export function measure(name: string, runs: number, work: () => unknown): Figures {
  for (let i = 0; i < Math.min(50, runs); i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: quantile(times, 0.5), p99Ms: quantile(times, 0.99), runs };
}

export function printTable(title: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  process.stdout.write(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}
