/** `inspect`: prints what the importer understood of a file, changing nothing. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { IMPORT_ENCODINGS } from '../../core/ipc-contract';
import type { TextEncoding } from '../handlers/import/decode-text';
import { inspectLoaded } from '../handlers/import/inspect';
import { loadSpreadsheet } from '../handlers/import/load-spreadsheet';
import { UsageError, type CliIo } from './cli-support';

/** Usage line of the command. */
export const inspectUsage =
  'npm run cli -- inspect FILE [--sheet NAME] [--limit N] [--header-row N] [--encoding utf-8|cp949|utf-16le] [--lang ko|en] [--json]';

/** Runs `inspect`. */
export async function inspectCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: 'string' },
      limit: { type: 'string' },
      'header-row': { type: 'string' },
      encoding: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit: '${values.limit}' is not a whole number`);
  const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row']);
  if (headerRow !== undefined && (!Number.isInteger(headerRow) || headerRow < 1))
    throw new UsageError(`--header-row: '${values['header-row']}' is not a row number`);
  if (values.lang !== 'ko' && values.lang !== 'en') throw new UsageError('--lang must be ko or en');
  if (values.encoding !== undefined && !(IMPORT_ENCODINGS as readonly string[]).includes(values.encoding))
    throw new UsageError(`--encoding must be one of ${IMPORT_ENCODINGS.join(', ')}`);
  const loaded = await loadSpreadsheet(resolve(positionals[0]!), {
    sheet: values.sheet,
    encoding: values.encoding as TextEncoding | undefined,
  });
  if (values.sheet !== undefined && !loaded.sheets.some((s) => s.name === values.sheet))
    throw new UsageError(`--sheet: no sheet '${values.sheet}' (have: ${loaded.sheetNames.join(', ')})`);
  const report = inspectLoaded(loaded, { limit, headerRow, lang: values.lang });
  if (report.tables.length === 0 && values.sheet === undefined) throw new AppError('import.noTable', loaded.file);
  if (values.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines = [`${report.file}: ${report.format}${report.encoding ? `, ${report.encoding}` : ''}`];
  for (const t of report.tables) {
    lines.push(
      `- sheet '${t.sheet}': ${t.kind}, header rows ${t.headerRows.join(', ')}, data from row ${t.firstDataRow}, ${t.rowCount} rows, unit ${t.unit ?? '—'}${t.unitSource ? ` (${t.unitSource})` : ''}`,
    );
    lines.push(
      `  columns: ${t.columns.map((c) => `${c.name} (${c.type}${c.unit && c.unit !== t.unit ? `, ${c.unit}` : ''}${c.field ? ` → ${c.field}${c.confidence === 'partial' ? '?' : ''}` : ''})`).join(', ')}`,
    );
    for (const total of t.totals)
      lines.push(
        `  totals row ${total.row}: ${total.label}${total.checked ? (total.mismatches.length ? ' — does NOT add up' : ' — adds up') : ' — not a sum (average)'}`,
      );
    for (const w of t.warnings) lines.push(`  warning: ${w}`);
  }
  for (const s of report.skipped) lines.push(`- sheet '${s.sheet}' skipped: ${s.reason}`);
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  io.stdout(`${lines.join('\n')}\n`);
}
