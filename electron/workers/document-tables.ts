/**
 * Worker thread: reads the tables of an HWP 5.0 or HWPX document (electron/handlers/import/hwp/).
 * It runs in a worker so that a crafted document is stopped by its parent's limits, never the app.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../core/errors';
import type { DocumentTables } from '../../core/import/document-table';
import { readHwp5 } from '../handlers/import/hwp/hwp5';
import { readHwpx } from '../handlers/import/hwp/hwpx';

/** What the parent asks. */
export interface DocumentRequest {
  path: string;
  format: 'hwp' | 'hwpx';
}

/** What the worker answers: the tables, or the error code and detail. */
export type DocumentResponse = { ok: true; document: DocumentTables } | { ok: false; code: string; detail?: string };

async function read(req: DocumentRequest): Promise<DocumentResponse> {
  try {
    const document = req.format === 'hwp' ? readHwp5(readFileSync(req.path)) : await readHwpx(req.path);
    return { ok: true, document };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, detail: e.detail };
    return { ok: false, code: 'import.corrupt', detail: String((e as Error).message ?? e).slice(0, 160) };
  }
}

if (parentPort) void read(workerData as DocumentRequest).then((r) => parentPort!.postMessage(r));
