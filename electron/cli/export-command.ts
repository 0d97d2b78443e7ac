/** `brief` (alias `export`): writes the same xlsx briefing, or 한/글 report, as the app. */
import { parseArgs } from 'node:util';
import { extname, resolve } from 'node:path';
import type { Lang, Workbook } from '../../core/types';
import { exportReportHwpx } from '../handlers/report/export-report';
import { reportChartPng } from './chart-picture';
import { exportBriefingXlsx } from '../handlers/xlsx-export';
import type { ExportWarning } from '../handlers/briefing/build-briefing';

/** One line about what an export had to change. */
function exportWarningEn(w: ExportWarning): string {
  return w.code === 'export.textCleaned'
    ? `${w.count} text value(s) had characters a spreadsheet cannot hold; they were removed`
    : `${w.count} projected value(s) overflowed and were left empty`;
}
import { loadWorkbook, UsageError, workbookOptions, type CliIo } from './cli-support';

/** The report's chart picture, or none (with a warning) when the canvas cannot draw here. */
async function chartOrNothing(workbook: Workbook, lang: Lang, io: CliIo): Promise<Buffer | null> {
  try {
    return await reportChartPng(workbook, lang);
  } catch (error) {
    io.stderr(
      `warning: the chart could not be drawn (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the report says so where it would be\n`,
    );
    return null;
  }
}

/** Usage line of the command. */
export const exportUsage = 'npm run cli -- brief (--workbook FILE | --sample) --out OUT.xlsx|OUT.hwpx [--format xlsx|hwpx] [--lang ko|en]';

/** Runs `brief`. */
export async function exportCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { ...workbookOptions, out: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string', default: 'ko' } },
    strict: true,
  });
  if (!values.out) throw new UsageError('--out is required');
  if (values.lang !== 'ko' && values.lang !== 'en') throw new UsageError('--lang must be ko or en');
  // The format follows the extension unless named; a named format and another extension disagree.
  const ext = extname(values.out).slice(1).toLowerCase();
  const format = values.format ?? ext;
  if (format !== 'xlsx' && format !== 'hwpx') throw new UsageError('--format must be xlsx or hwpx (or --out must end in .xlsx or .hwpx)');
  if (ext !== format) throw new UsageError(`--out must end in .${format}`);
  const workbook = await loadWorkbook(values, io);
  const out = resolve(values.out);
  const warnings =
    format === 'xlsx'
      ? await exportBriefingXlsx(out, workbook, values.lang)
      : await exportReportHwpx(out, workbook, values.lang, { chartPng: (await chartOrNothing(workbook, values.lang, io)) ?? undefined });
  for (const w of warnings) io.stderr(`warning: ${exportWarningEn(w)}\n`);
  io.stdout(`wrote ${out}\n`);
}
