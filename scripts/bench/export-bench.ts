/**
 * Export benchmark: the briefing with a 100,000-row center list against exceljs's streaming writer
 * writing the same rows bare (the yardstick; bound ≤ 1.0×, peak ≤ 300 MB). Each run is its own process (peak memory is per process); wall time
 * is measured inside it. Reported as ratios to the plain write of the same invocation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './measure';

interface Run {
  mode: string;
  ms: number;
  maxRssMb: number;
}

/** Runs the benchmark and prints its report. */
export function runExportBench(rows = 100_000): void {
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-export-'));
  const worker = fileURLToPath(new URL('./export-worker.ts', import.meta.url));
  const once = (mode: string): Run =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', worker, mode, String(rows), dir], { encoding: 'utf8', maxBuffer: 1 << 20 })
        .trim()
        .split('\n')
        .pop()!,
    ) as Run;
  try {
    // Alternate the two, three times each, and keep each one's median time and peak memory.
    const runs: Run[] = [];
    for (let i = 0; i < 3; i++) runs.push(once('plain'), once('app'));
    const med = (mode: string, key: 'ms' | 'maxRssMb') =>
      runs
        .filter((r) => r.mode === mode)
        .map((r) => r[key])
        .sort((a, b) => a - b)[1]!;
    const plain = { ms: med('plain', 'ms'), mb: med('plain', 'maxRssMb') };
    const app = { ms: med('app', 'ms'), mb: med('app', 'maxRssMb') };
    const size = (f: string) => `${(statSync(join(dir, f)).size / 1e6).toFixed(1)} MB`;
    console.log(`export: ${rows.toLocaleString('en-US')}-row center list, median of 3 runs each\n`);
    console.log(
      table([
        ['run', 'wall ms', 'time ratio', 'peak RSS MB', 'memory ratio', 'file'],
        [
          'yardstick: exceljs streaming writer, bare center rows',
          Math.round(plain.ms),
          '1.00×',
          Math.round(plain.mb),
          '1.00×',
          size('plain.xlsx'),
        ],
        [
          'app: full briefing (5 sheets, formulas, charts)',
          Math.round(app.ms),
          `${(app.ms / plain.ms).toFixed(2)}×`,
          Math.round(app.mb),
          `${(app.mb / plain.mb).toFixed(2)}×`,
          size('app.xlsx'),
        ],
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
