/**
 * One window's import in progress, kept in its work process: the file main chose (dialog or drop),
 * re-detected as the user changes sheet, header row or encoding, without reading the file again unless
 * the encoding changes. The preview leaves as JSON text, so main forwards it without walking its rows.
 */
import { randomUUID } from 'node:crypto';
import type { ImportEncoding, ImportPreview } from '../../../core/ipc-contract';
import { toJsonText, type JsonText } from '../../../core/ipc-wire';
import { chooseSheet, toImportTable } from './inspect';
import { loadSpreadsheet, type LoadedSpreadsheet } from './load-spreadsheet';

/** What to preview: a new file (path) or the current one again (token), with the user's options. */
export interface PreviewRequest {
  path?: string;
  token?: string;
  sheet?: string;
  headerRow?: number;
  encoding?: ImportEncoding;
}

/** A preview as it leaves the work process: its token for main, the rest as text. */
export interface PreviewReply {
  token: string;
  preview: JsonText<ImportPreview>;
}

/** How a load reports and stops. */
export interface LoadControl {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

/** Creates the import session of one window. */
export function createImportSession() {
  let current: { token: string; path: string; loaded: LoadedSpreadsheet } | null = null;
  const load = (path: string, encoding: ImportEncoding | undefined, control: LoadControl) =>
    loadSpreadsheet(path, { encoding, signal: control.signal, onProgress: control.progress });

  return {
    /** Loads a file (path) or re-detects the current one (token) and describes what it holds. */
    async preview(req: PreviewRequest, control: LoadControl): Promise<PreviewReply> {
      if (req.path) {
        current = { token: randomUUID(), path: req.path, loaded: await load(req.path, req.encoding, control) };
      } else if (!current || current.token !== req.token) {
        throw new Error('no import in progress for this token');
      } else if (req.encoding && current.loaded.format === 'csv' && req.encoding !== current.loaded.encoding) {
        current = { ...current, loaded: await load(current.path, req.encoding, control) };
      }
      const { loaded, token } = current;
      // Default sheet: the first that holds a table (each sheet detected at most once per request).
      const { sheet, table, reason } = chooseSheet(loaded, { sheet: req.sheet, headerRow: req.headerRow });
      const preview: ImportPreview = {
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
      return { token, preview: toJsonText(preview) };
    },
  };
}
