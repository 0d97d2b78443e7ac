/**
 * One window's import in progress: the file main opened (through its dialog or a drop), re-detected as the
 * user changes sheet, header row or encoding, without reading the file again unless the encoding changes.
 */
import { randomUUID } from 'node:crypto';
import { detectTable } from '../../../core/import/detect-table';
import type { ImportPreview, ImportRequest } from '../../../core/ipc-contract';
import type { TextEncoding } from './decode-text';
import { importedRows, skipReason } from './inspect';
import { loadSpreadsheet, type LoadedSpreadsheet } from './load-spreadsheet';

/** Side effects of the session. */
export interface ImportDeps {
  chooseImportPath(): Promise<string | null>;
  /** The path of a dropped file's token (refuses unknown tokens). */
  resolveDrop(token: string): string;
  onProgress(fraction: number): void;
}

/** Creates the import session of one window. */
export function createImportSession(deps: ImportDeps) {
  let current: { token: string; path: string; loaded: LoadedSpreadsheet } | null = null;
  let controller: AbortController | null = null;

  const load = async (path: string, encoding?: TextEncoding) => {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    try {
      return await loadSpreadsheet(path, { encoding, signal: own.signal, onProgress: (f) => deps.onProgress(f) });
    } finally {
      if (controller === own) controller = null;
    }
  };

  return {
    /** Opens (dialog, drop) or re-detects the current import. Null when the user cancels the dialog. */
    async preview(req: ImportRequest): Promise<ImportPreview | null> {
      if (!req.token || !current || current.token !== req.token) {
        const path = req.dropToken ? deps.resolveDrop(req.dropToken) : await deps.chooseImportPath();
        if (!path) return null;
        current = { token: randomUUID(), path, loaded: await load(path, req.encoding) };
      } else if (req.encoding && current.loaded.format === 'csv' && req.encoding !== current.loaded.encoding) {
        current = { ...current, loaded: await load(current.path, req.encoding) };
      }
      const { loaded, token } = current;
      // Default sheet: the first that holds a table. Each sheet is detected at most once per request.
      const detected = new Map<string, { table: ReturnType<typeof detectTable>; reason: string | null }>();
      const detect = (name: string) => {
        let d = detected.get(name);
        if (!d) {
          const sheet = loaded.sheets.find((s) => s.name === name)!;
          const table = detectTable(sheet, { headerRow: req.headerRow });
          d = { table, reason: skipReason(sheet, table) };
          detected.set(name, d);
        }
        return d;
      };
      const sheet =
        req.sheet && loaded.sheetNames.includes(req.sheet)
          ? req.sheet
          : (loaded.sheetNames.find((n) => detect(n).reason === null) ?? loaded.sheetNames[0]!);
      const { table, reason } = detect(sheet);
      const usable = req.headerRow !== undefined ? table.rows.length > 0 : reason === null;
      return {
        token,
        file: loaded.file,
        format: loaded.format,
        encoding: loaded.encoding,
        sheetNames: loaded.sheetNames,
        sheet,
        noTableReason: usable ? null : (reason ?? 'no data rows'),
        warnings: loaded.warnings,
        table: usable
          ? {
              sheet,
              headerRow: table.headerRow,
              firstDataRow: table.firstDataRow,
              unit: table.unit,
              kind: table.kind,
              orientation: table.orientation,
              columns: table.columns,
              rows: importedRows(table),
              totals: table.totals,
              warnings: table.warnings,
            }
          : null,
      };
    },
    /** Stops a load in progress. */
    cancel(): void {
      controller?.abort();
    },
  };
}
