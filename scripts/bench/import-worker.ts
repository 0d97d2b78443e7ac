/** One import run in its own process (peak memory is per process). Prints JSON. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectTable } from '../../core/import/detect-table';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';

const [mode, file] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
let rows = 0;
if (mode === 'app') {
  const loaded = await loadSpreadsheet(file);
  rows = detectTable(loaded.sheets[0]!).rows.length;
} else if (mode === 'exceljs') {
  // Baseline: exceljs buffered read, then a loop over every row's values.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  book.worksheets[0]!.eachRow((row) => {
    rows += (row.values as unknown[]).length > 0 ? 1 : 0;
  });
} else {
  // Baseline: bare papaparse over the file's text.
  rows = Papa.parse<string[]>(readFileSync(file, 'utf8')).data.length;
}
console.log(JSON.stringify({ mode, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
