/** `brief` (alias `export`): writes the same xlsx briefing as the app. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { exportBriefingXlsx } from '../handlers/xlsx-export';
import type { ExportWarning } from '../handlers/briefing/build-briefing';

/** One line about what an export had to change. */
function exportWarningEn(w: ExportWarning): string {
  return w.code === 'export.textCleaned'
    ? `${w.count} text value(s) had characters a spreadsheet cannot hold; they were removed`
    : `${w.count} projected value(s) overflowed and were left empty`;
}
import { loadWorkbook, UsageError, workbookOptions, type CliIo } from './cli-support';

/** Usage line of the command. */
export const exportUsage = 'npm run cli -- brief (--workbook FILE | --sample) --out OUT.xlsx [--lang ko|en]';

/** Runs `brief`. */
export async function exportCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { ...workbookOptions, out: { type: 'string' }, lang: { type: 'string', default: 'ko' } },
    strict: true,
  });
  if (!values.out) throw new UsageError('--out is required');
  if (values.lang !== 'ko' && values.lang !== 'en') throw new UsageError('--lang must be ko or en');
  if (!values.out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out must end in .xlsx');
  const workbook = await loadWorkbook(values, io);
  const out = resolve(values.out);
  const warnings = await exportBriefingXlsx(out, workbook, values.lang);
  for (const w of warnings) io.stderr(`warning: ${exportWarningEn(w)}\n`);
  io.stdout(`wrote ${out}\n`);
}
