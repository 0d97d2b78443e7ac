/**
 * Edit → chart as the user sees it: from the committing Enter's own keydown timestamp to the end of the
 * chart's next draw, 10 scenarios to 2050 on the sample, in Chromium on the built renderer (the e2e test
 * "reports edit → chart redraw time", asked for more edits and a report). The yardstick is a key that
 * changes nothing, from its timestamp to the next frame, in the same page and run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './measure';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** One frame at 60 Hz, the bound the issue sets. */
const FRAME_MS = 16;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

/** Runs the benchmark (builds first) and prints its report. */
export function runEditBench(samples = 40): void {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-edit-'));
  const report = join(dir, 'edit.json');
  try {
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'tests/e2e/scenarios.test.ts', '-t', 'redraw time'], {
      cwd: ROOT,
      env: { ...process.env, AW_EDIT_SAMPLES: String(samples), AW_EDIT_REPORT: report },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`the e2e timing run failed:\n${run.stdout}\n${run.stderr}`);
    const { times, idle } = JSON.parse(readFileSync(report, 'utf8')) as { times: number[]; idle: number[] };
    // The same in a whole government's budget book: 20,040 series in two stage trees, an item edited.
    const bookReport = join(dir, 'book.json');
    const book = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'tests/e2e/budget-book.test.ts', '-t', '20,000'], {
      cwd: ROOT,
      env: { ...process.env, AW_EDIT_SAMPLES: String(samples), AW_BOOK_REPORT: bookReport },
      encoding: 'utf8',
    });
    if (book.status !== 0) throw new Error(`the budget-book timing run failed:\n${book.stdout}\n${book.stderr}`);
    const big = JSON.parse(readFileSync(bookReport, 'utf8')) as { times: number[]; idle: number[] };
    const median = quantile(times, 0.5);
    console.log(
      table([
        ['measure', 'median ms', 'p10 ms', 'p90 ms', 'n'],
        ['Enter keydown → chart drawn', median.toFixed(1), quantile(times, 0.1).toFixed(1), quantile(times, 0.9).toFixed(1), times.length],
        [
          '20,040 series: Enter → sums and chart drawn',
          quantile(big.times, 0.5).toFixed(1),
          quantile(big.times, 0.1).toFixed(1),
          quantile(big.times, 0.9).toFixed(1),
          big.times.length,
        ],
        [
          'yardstick: idle key → frame',
          quantile(idle, 0.5).toFixed(1),
          quantile(idle, 0.1).toFixed(1),
          quantile(idle, 0.9).toFixed(1),
          idle.length,
        ],
      ]),
    );
    console.log(
      `20,040 series: median ${(quantile(big.times, 0.5) / FRAME_MS).toFixed(2)}× a ${FRAME_MS} ms frame; ${(quantile(big.times, 0.5) / quantile(big.idle, 0.5)).toFixed(2)}× an idle key's time to a frame in that page`,
    );
    console.log(
      `edit → chart median ${(median / FRAME_MS).toFixed(2)}× a ${FRAME_MS} ms frame; ${(median / quantile(idle, 0.5)).toFixed(2)}× an idle key's time to a frame`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
