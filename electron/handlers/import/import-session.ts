/**
 * One window's import in progress: the file main opened (through its dialog or a drop), re-detected as the
 * user changes sheet, header row or encoding, without reading the file again unless the encoding changes.
 */
import { randomUUID } from 'node:crypto';
import type { ImportPreview, ImportRequest } from '../../../core/ipc-contract';
import type { TextEncoding } from './decode-text';
import { chooseSheet, toImportTable } from './inspect';
import { loadSpreadsheet, type LoadedSpreadsheet } from './load-spreadsheet';

/** Side effects of the session. */
export interface ImportDeps {
  chooseImportPath: () => Promise<string | null>;
  /** The path of a dropped file's token (refuses unknown tokens). */
  resolveDrop: (token: string) => string;
  onProgress: (fraction: number) => void;
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
      // Default sheet: the first that holds a table (each sheet detected at most once per request).
      const { sheet, table, reason } = chooseSheet(loaded, { sheet: req.sheet, headerRow: req.headerRow });
      return {
        token,
        file: loaded.file,
        format: loaded.format,
        encoding: loaded.encoding,
        sheetNames: loaded.sheetNames,
        sheet,
        noTableReason: reason,
        warnings: loaded.warnings,
        table: reason === null ? toImportTable(table) : null,
        ...(loaded.documentTables && { documentTables: loaded.documentTables }),
      };
    },
    /** Stops a load in progress. */
    cancel(): void {
      controller?.abort();
    },
  };
}
