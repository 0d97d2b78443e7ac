/** One import run in its own process (peak memory is per process). Prints JSON. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { centerMerge } from '../../core/import/center-import';
import { applyCenterMerge } from '../../core/import/center-match';
import type { ColumnUse } from '../../core/import/to-workbook';
import type { CenterImportReply, ImportPreview } from '../../core/ipc-contract';
import { parseProjectText } from '../../core/workbook-schema';
import { createImportSession } from '../../electron/handlers/import/import-session';
import { budgetShape, type BudgetReply } from '../../core/budget/budget-import';
import { applyEdit } from '../../core/workbook-edits';

const [mode, file] = process.argv.slice(2) as [string, string];
const workbook = parseProjectText(readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8'));
const t0 = performance.now();
let rows = 0;
if (mode === 'app') {
  // The whole path of a list import as the work process runs it: read (decode, parse) and detect for the
  // preview, the list as centers with the dialog's diff, then the merge the apply makes in the document.
  const session = createImportSession();
  const { token, preview } = await session.preview({ path: file }, { signal: new AbortController().signal, progress: () => undefined });
  // The preview travels to the page as JSON text (a blob): written in the work process, read in the page.
  const { table } = JSON.parse(JSON.stringify(preview)) as ImportPreview;
  const uses: ColumnUse[] = table!.columns.map((c) => c.field ?? 'extra');
  const keepMissing = true;
  const summary = JSON.parse(JSON.stringify(session.centers({ token, workbook, uses, keepMissing, apply: false }))) as CenterImportReply;
  const imported = session.imported(token, uses);
  const { merge } = centerMerge(workbook.centers.rows, imported, { uses, keepMissing }, table!.columns);
  const merged = applyCenterMerge(workbook.centers.rows, merge);
  const counts = summary.summary!.diff.counts;
  rows = counts.added + counts.changed + counts.unchanged === imported.centers.length ? merged.length - workbook.centers.rows.length : -1;
} else if (mode === 'budget') {
  // A budget book's long table as the dialog imports it: read and detect for the preview, the plan in the
  // work process (pivot into a tree of series by stage, match against the workbook), the edit applied.
  const session = createImportSession();
  const { token, preview } = await session.preview({ path: file }, { signal: new AbortController().signal, progress: () => undefined });
  const shape = budgetShape(preview.table!)!;
  const request = {
    token,
    workbook,
    yearCol: shape.yearCol,
    levels: shape.levels,
    stages: shape.amountCols,
    pairings: [],
    sumDuplicates: false,
  };
  const plan = JSON.parse(JSON.stringify(session.budget({ ...request, lang: 'ko', apply: true }))) as BudgetReply;
  rows = applyEdit(workbook, { kind: 'importBudget', budget: plan.edit! }).series.length - workbook.series.length;
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
