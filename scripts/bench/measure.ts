/** Small timing helpers for benchmarks: medians of repeated runs, and peak memory of a child process. */
import { performance } from 'node:perf_hooks';

/** Median milliseconds of `runs` calls of `fn` after `warmup` calls. */
export function medianMs(fn: () => void, runs = 200, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Formats a table of rows for the terminal. */
export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) => r.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  '))
    .join('\n');
}
