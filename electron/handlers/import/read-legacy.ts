/**
 * Reads .xls, .xlsb and .ods files through SheetJS in a worker thread (electron/workers/legacy-sheets.ts),
 * with a time limit, a memory limit and caps on rows and cells: a malformed or hostile file ends in
 * a clear error, never a crash or a hang of the app.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../core/errors';
import type { RawSheet } from '../../../core/import/detect-table';
import type { ImportWarning } from '../../../core/import/import-warnings';
import type { LegacyRequest, LegacyResponse } from '../../workers/legacy-sheets';
import { workerScript } from '../../workers/worker-script';

/** Limits of a legacy read. */
export const LEGACY_LIMITS = {
  /** Largest .xls/.xlsb/.ods read (the binary formats hold far less than xlsx per byte). */
  bytes: 200 * 1024 * 1024,
  rows: 1_048_576,
  cells: 30_000_000,
  timeMs: 120_000,
  memoryMb: 4096,
};

/** Sheets of a legacy workbook. */
export interface LegacyContents {
  sheetNames: string[];
  sheets: RawSheet[];
  warnings: ImportWarning[];
}

/** Reads a legacy spreadsheet (never writes to it). */
export function readLegacy(
  path: string,
  options: { sheet?: string; signal?: AbortSignal; limits?: Partial<typeof LEGACY_LIMITS> } = {},
): Promise<LegacyContents> {
  const limits = { ...LEGACY_LIMITS, ...options.limits };
  const script = workerScript('legacy-sheets');
  const request: LegacyRequest = { path, sheet: options.sheet, maxRows: limits.rows, maxCells: limits.cells };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.file, {
      workerData: request,
      eval: script.eval,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      // SheetJS logs format notes with console.log; they must not reach the CLI's JSON or main's log.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(() => finish(() => reject(new AppError('import.tooComplex'))), limits.timeMs);
    const onAbort = () => finish(() => reject(new AppError('import.cancelled')));
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (r: LegacyResponse) =>
      finish(() => {
        if (!r.ok) return reject(new AppError(r.error === 'encrypted' ? 'import.encrypted' : 'import.corrupt', r.detail));
        resolve({
          sheetNames: r.sheetNames,
          sheets: r.sheets,
          warnings: r.cut.map((c) => ({ code: 'rowsCut', sheet: c.sheet, rows: c.rows })),
        });
      }),
    );
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash inside the parser.
    worker.on('error', (e: Error & { code?: string }) =>
      finish(() =>
        reject(new AppError(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'import.tooComplex' : 'import.corrupt', e.message.slice(0, 160))),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new AppError('import.corrupt', `reader stopped (${code})`))));
  });
}
