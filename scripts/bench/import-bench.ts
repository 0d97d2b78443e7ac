/**
 * Import benchmark: a 100,000-row × 20-column agency-style list as xlsx and CSV (title rows, Korean text,
 * numbers, dates), imported end to end by the app (read, detect, type, map, diff, merge into the
 * workbook) and read by the yardsticks (exceljs's streaming reader iterating rows; bare papaparse),
 * each run in its own process, alternating, median of three.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './measure';

const REGIONS = [
  '서울특별시',
  '부산광역시',
  '대구광역시',
  '인천광역시',
  '광주광역시',
  '대전광역시',
  '울산광역시',
  '세종특별자치시',
  '경기도',
  '강원도',
];

function rowValues(i: number): (string | number)[] {
  return [
    i + 1,
    `연구기반센터 ${i + 1}호`,
    `운영기관 ${i % 3000}`,
    REGIONS[i % REGIONS.length]!,
    `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    ...Array.from({ length: 15 }, (_, k) => ((i * 37 + k * 101) % 100000) + 0.5 * (k % 2)),
  ];
}
const HEADER = ['순번', '센터명', '운영기관', '지역', '기준일', ...Array.from({ length: 15 }, (_, k) => `${2011 + k}년 예산`)];

async function writeFixtures(dir: string, rows: number): Promise<{ xlsx: string; csv: string }> {
  const xlsx = join(dir, 'agency.xlsx');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const sheet = book.addWorksheet('데이터');
  sheet.addRow(['연구기반센터 예산 현황 (벤치마크)']).commit();
  sheet.addRow(['(단위: 백만원)']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(rowValues(i)).commit();
  sheet.commit();
  await book.commit();
  const csv = join(dir, 'agency.csv');
  const out = createWriteStream(csv);
  out.write('\ufeff연구기반센터 예산 현황 (벤치마크)\n(단위: 백만원)\n\n' + HEADER.join(',') + '\n');
  for (let i = 0; i < rows; i++) out.write(rowValues(i).join(',') + '\n');
  await new Promise((r) => out.end(r));
  return { xlsx, csv };
}

/**
 * The text-heavy agency list (make-text-heavy.py): written by openpyxl as agencies' tools write it, Korean as
 * character references, inline strings, dates as date cells, merged titles. Null when openpyxl is missing.
 */
function textHeavyFixture(dir: string, rows: number): string | null {
  const out = join(dir, 'text-heavy.xlsx');
  const script = fileURLToPath(new URL('./make-text-heavy.py', import.meta.url));
  // Debian's python3-openpyxl lives with the system Python, not with another Python earlier on PATH.
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(python, [script, out, String(rows)], { stdio: 'ignore' });
      return out;
    } catch {
      // try the next
    }
  }
  return null;
}

interface Run {
  mode: string;
  ms: number;
  maxRssMb: number;
  rows: number;
}

/** Runs the benchmark and prints its report. */
export async function runImportBench(rows = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-import-'));
  const worker = fileURLToPath(new URL('./import-worker.ts', import.meta.url));
  try {
    const files = await writeFixtures(dir, rows);
    const once = (mode: string, file: string): Run =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', worker, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 })
          .trim()
          .split('\n')
          .pop()!,
      ) as Run;
    const med = (runs: Run[], key: 'ms' | 'maxRssMb') => runs.map((r) => r[key]).sort((a, b) => a - b)[1]!;
    const pair = (a: [string, string], b: [string, string]) => {
      const ra: Run[] = [];
      const rb: Run[] = [];
      for (let i = 0; i < 3; i++) {
        ra.push(once(...a));
        rb.push(once(...b));
      }
      return [ra, rb] as const;
    };
    const [exceljs, appX] = pair(['exceljs', files.xlsx], ['app', files.xlsx]);
    const [papa, appC] = pair(['papaparse', files.csv], ['app', files.csv]);
    const textHeavy = textHeavyFixture(dir, rows);
    const [exceljsT, appT] = textHeavy ? pair(['exceljs', textHeavy], ['app', textHeavy]) : [null, null];
    const mb = (f: string) => `${(statSync(f).size / 1e6).toFixed(1)} MB`;
    console.log(
      `import: ${rows.toLocaleString('en-US')} rows × 20 columns; xlsx ${mb(files.xlsx)}, csv ${mb(files.csv)}; median of 3 runs each\n`,
    );
    const line = (name: string, runs: Run[], base: Run[]) => [
      name,
      Math.round(med(runs, 'ms')),
      `${(med(runs, 'ms') / med(base, 'ms')).toFixed(2)}×`,
      Math.round(med(runs, 'maxRssMb')),
      `${(med(runs, 'maxRssMb') / med(base, 'maxRssMb')).toFixed(2)}×`,
      runs[0]!.rows,
    ];
    console.log(
      table([
        ['run', 'wall ms', 'time ratio', 'peak RSS MB', 'memory ratio', 'rows'],
        line('xlsx yardstick: exceljs streaming reader, rows only', exceljs, exceljs),
        line('xlsx app: read, detect, map, diff, merge (bound ≤ 0.5×, ≤ 300 MB)', appX, exceljs),
        line('csv yardstick: bare papaparse', papa, papa),
        line('csv app: decode, parse, detect, map, diff, merge (bound ≤ 2×)', appC, papa),
        ...(exceljsT && appT
          ? [
              line('text-heavy xlsx (openpyxl) yardstick: exceljs streaming reader', exceljsT, exceljsT),
              line('text-heavy xlsx (openpyxl) app (bound ≤ 0.5×, ≤ 300 MiB)', appT, exceljsT),
            ]
          : []),
      ]),
    );
    if (!textHeavy) console.log('\n(text-heavy xlsx skipped: it is written by openpyxl; apt-get install python3-openpyxl)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
