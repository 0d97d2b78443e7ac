/** One import run in its own process (peak memory is per process). Prints JSON. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { diffCenters, mergeCenters } from '../../core/import/merge';
import { centersFromTable, type ColumnUse } from '../../core/import/to-workbook';
import type { CenterField } from '../../core/types';
import { chooseSheet, toImportTable } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';

const [mode, file] = process.argv.slice(2) as [string, string];
const sample = JSON.parse(readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8')) as {
  workbook: { centers: { rows: Parameters<typeof mergeCenters>[0] } };
};
const t0 = performance.now();
let rows = 0;
if (mode === 'app') {
  // The whole path of a list import: read (decode, parse), detect, type, map, diff against the workbook, merge.
  const loaded = await loadSpreadsheet(file);
  const table = toImportTable(chooseSheet(loaded).table);
  const uses: ColumnUse[] = table.columns.map((c) => c.field ?? 'extra');
  const { centers } = centersFromTable(table, uses, 'bench');
  const fields = uses.filter((u): u is CenterField => u !== 'extra' && u !== 'ignore');
  const current = sample.workbook.centers.rows;
  // The preview's diff, then the merge the apply does.
  const diff = diffCenters(current, centers, { fields, keepMissing: true });
  const merged = mergeCenters(current, centers, { fields, keepMissing: true });
  rows = diff.added.length + diff.changed.length + diff.unchanged === centers.length ? merged.length - current.length : -1;
} else if (mode === 'exceljs') {
  // Yardstick: exceljs's streaming reader, the bare library iterating every row and doing nothing else.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  for await (const sheet of reader) for await (const _row of sheet) rows++;
} else {
  // Yardstick: bare papaparse over the file's text.
  rows = Papa.parse<string[]>(readFileSync(file, 'utf8')).data.length;
}
console.log(JSON.stringify({ mode, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024, rows }));
