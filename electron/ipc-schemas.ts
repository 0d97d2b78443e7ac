/** zod schemas for every IPC request: main treats each payload as unknown until it passes these. */
import { z } from 'zod';
import { COLUMN_USES } from '../core/import/to-workbook';
import { CSV_ENCODINGS, CSV_TABLES, IMPORT_ENCODINGS, PREVIEW_ROWS, type Channel } from '../core/ipc-contract';
import type { JsonText, WireRequestOf } from '../core/ipc-wire';
import type { Workbook } from '../core/types';
import { CHART_DATA_URL_CHARS, FILE_LIMITS, LIMITS, SHEET_LIMITS, TEXT_LIMITS } from '../core/limits';

const lang = z.enum(['ko', 'en']);
const none = z.undefined();
const token = z.string().min(1).max(TEXT_LIMITS.token);
const index = z.object({ index: z.number().int().min(0).max(FILE_LIMITS.recentFiles) }).strict();
const id = z.object({ id: z.string().max(LIMITS.id) }).strict();
/**
 * A workbook as it travels: JSON text, bounded here and parsed and validated against the workbook
 * schema once, in the work process (work-ops.ts), where it is used; main never walks it.
 */
const workbookText = z
  .string()
  .min(2)
  .max(FILE_LIMITS.projectBytes)
  .transform((text) => text as JsonText<Workbook>);
const title = z.string().max(TEXT_LIMITS.title);

/** Request schema per channel; the mapped type keeps it in step with the contract. */
export const requestSchemas: { [C in Channel]: z.ZodType<WireRequestOf<C>> } = {
  startup: none,
  openSample: none,
  newProject: none,
  openProject: none,
  openRecent: index,
  listRecent: none,
  removeRecent: index,
  openDropped: z.object({ dropToken: token }).strict(),
  saveProject: z.object({ workbook: workbookText, title, saveAs: z.boolean(), overwrite: z.boolean().optional() }).strict(),
  exportXlsx: z
    .object({
      workbook: workbookText,
      title,
      lang,
      chartPng: z.string().max(CHART_DATA_URL_CHARS).startsWith('data:image/png;base64,').optional(),
      author: z.string().max(TEXT_LIMITS.author).optional(),
    })
    .strict(),
  exportCsv: z
    .object({
      workbook: workbookText,
      title,
      table: z.enum(CSV_TABLES),
      seriesId: z.string().max(LIMITS.id).nullable(),
      scenarioId: z.string().max(LIMITS.id).nullable(),
      lang,
      encoding: z.enum(CSV_ENCODINGS),
    })
    .strict(),
  // No path field: a page that names a file is refused here (drops come as preload-registered tokens).
  importFile: z
    .object({
      token: token.optional(),
      dropToken: token.optional(),
      sheet: z.string().max(TEXT_LIMITS.sheetName).optional(),
      headerRow: z.number().int().min(1).max(SHEET_LIMITS.rows).optional(),
      encoding: z.enum(IMPORT_ENCODINGS).optional(),
    })
    .strict(),
  importRows: z
    .object({ token, start: z.number().int().min(0).max(SHEET_LIMITS.rows), count: z.number().int().min(1).max(PREVIEW_ROWS) })
    .strict(),
  importCenters: z
    .object({
      token,
      workbook: workbookText,
      title,
      uses: z.array(z.enum(COLUMN_USES)).max(SHEET_LIMITS.columns),
      keepMissing: z.boolean(),
      apply: z.boolean(),
    })
    .strict(),
  cancelWork: none,
  journal: z.object({ workbook: workbookText, title, dirty: z.boolean() }).strict(),
  recoveryPreview: id,
  recoveryRestore: id,
  recoveryDiscard: id,
  setDocumentState: z.object({ title: title, dirty: z.boolean(), lang }).strict(),
  closeWindow: none,
  printToPdf: z.object({ title }).strict(),
};

/** Payload of the preload-only drop registration. */
export const registerDropSchema = z.object({ path: z.string().min(1).max(TEXT_LIMITS.path) }).strict();
