/**
 * Budget-book import: a whole government's long table (ten years × 8,000 세부사업 = 80,000 rows, CSV in the
 * 열린재정 layout), imported end to end by the app (read, detect, pivot into a tree of series by stage,
 * match against the workbook, apply), against bare papaparse over the same file. Each run in its own
 * process (peak memory is per process), alternating, median of seven (single runs vary by ±10% here, and slow spells of the machine come and go).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvText } from '../../tests/budget/budget-files';
import { table } from './measure';

/** Bounds the issue sets: at most 3× bare papaparse, at most 600 MiB. */
const RATIO_BOUND = 3;
const MEMORY_BOUND_MIB = 600;
const RUNS = 7;

/** The whole government's book: `items` 세부사업 under 50 소관, 800 프로그램 and 3,000 단위사업, for each year. */
function governmentRows(items: number, years: number[]): string[][] {
  const rows: string[][] = [];
  let n = 0;
  for (const year of years)
    for (let i = 0; i < items; i++) {
      const amount = 1_000_000 + ((i * 7919) % 5_000_000) + (year - years[0]!) * 10_000;
      rows.push([
        String(++n),
        String(year),
        `부처${i % 50}`,
        '일반회계',
        '',
        '분야',
        '부문',
        `프로그램${i % 800}`,
        `단위사업${i % 3000}`,
        `세부사업${i}`,
        '사업비',
        '경상',
        amount.toLocaleString('en-US'),
        (amount + 1000).toLocaleString('en-US'),
      ]);
    }
  return rows;
}

interface Run {
  mode: string;
  ms: number;
  maxRssMb: number;
  rows: number;
}

/** Runs the benchmark and prints its report. */
export function runBudgetBench(items = 8000, years = Array.from({ length: 10 }, (_, i) => 2017 + i)): void {
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-budget-'));
  const worker = fileURLToPath(new URL('./import-worker.ts', import.meta.url));
  try {
    const file = join(dir, 'government.csv');
    writeFileSync(file, '\uFEFF' + csvText(governmentRows(items, years)));
    const once = (mode: string): Run =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', worker, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 })
          .trim()
          .split('\n')
          .pop()!,
      ) as Run;
    const app: Run[] = [];
    const papa: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      papa.push(once('papaparse'));
      app.push(once('budget'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const med = (runs: Run[], key: 'ms' | 'maxRssMb') => median(runs.map((r) => r[key]));
    // Each app run against the yardstick run just before it: a slow spell of the machine weighs on both.
    const ratios = app.map((r, i) => r.ms / papa[i]!.ms);
    const ratio = median(ratios);
    console.log(
      `budget book: ${(items * years.length).toLocaleString('en-US')} long rows (${items.toLocaleString('en-US')} 세부사업 × ${years.length} years), CSV ${(statSync(file).size / 1e6).toFixed(1)} MB; median of ${RUNS} runs each, ratio the median of each run's (${ratios.map((r) => r.toFixed(2)).join(', ')})\n`,
    );
    console.log(
      table([
        ['run', 'ms', 'ratio', 'peak MiB', 'rows/series'],
        ['yardstick: bare papaparse', Math.round(med(papa, 'ms')), '1.00×', Math.round(med(papa, 'maxRssMb')), papa[0]!.rows],
        [
          'app: read, pivot, match, apply',
          Math.round(med(app, 'ms')),
          `${ratio.toFixed(2)}×`,
          Math.round(med(app, 'maxRssMb')),
          app[0]!.rows,
        ],
      ]),
    );
    const within = ratio <= RATIO_BOUND && med(app, 'maxRssMb') <= MEMORY_BOUND_MIB;
    console.log(`bounds: ≤ ${RATIO_BOUND}× papaparse and ≤ ${MEMORY_BOUND_MIB} MiB: ${within ? 'within' : 'NOT within'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
