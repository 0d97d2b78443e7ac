/** zod schemas for every IPC request: main treats each payload as unknown until it passes these. */
import { z } from 'zod';
import { COLUMN_USES } from '../core/import/to-workbook';
import { CSV_ENCODINGS, CSV_TABLES, IMPORT_ENCODINGS, PREVIEW_ROWS, type Channel } from '../core/ipc-contract';
import type { JsonText, WireRequestOf } from '../core/ipc-wire';
import type { Workbook } from '../core/types';
import { MAX_PROJECT_BYTES } from '../core/workbook-schema';

const lang = z.enum(['ko', 'en']);
const none = z.undefined();
const token = z.string().min(1).max(100);
const index = z.object({ index: z.number().int().min(0).max(100) }).strict();
const id = z.object({ id: z.string().max(100) }).strict();
/**
 * A workbook as it travels: JSON text, bounded here and parsed and validated against the workbook
 * schema once, in the work process (work-ops.ts), where it is used; main never walks it.
 */
const workbookText = z
  .string()
  .min(2)
  .max(MAX_PROJECT_BYTES)
  .transform((text) => text as JsonText<Workbook>);
const title = z.string().max(500);

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
      chartPng: z.string().max(12_000_000).startsWith('data:image/png;base64,').optional(),
      author: z.string().max(200).optional(),
    })
    .strict(),
  exportCsv: z
    .object({
      workbook: workbookText,
      title,
      table: z.enum(CSV_TABLES),
      seriesId: z.string().max(100).nullable(),
      scenarioId: z.string().max(100).nullable(),
      lang,
      encoding: z.enum(CSV_ENCODINGS),
    })
    .strict(),
  // No path field: a page that names a file is refused here (drops come as preload-registered tokens).
  importFile: z
    .object({
      token: token.optional(),
      dropToken: token.optional(),
      sheet: z.string().max(300).optional(),
      headerRow: z.number().int().min(1).max(1_048_576).optional(),
      encoding: z.enum(IMPORT_ENCODINGS).optional(),
    })
    .strict(),
  importRows: z.object({ token, start: z.number().int().min(0).max(1_048_576), count: z.number().int().min(1).max(PREVIEW_ROWS) }).strict(),
  importCenters: z
    .object({
      token,
      workbook: workbookText,
      title,
      uses: z.array(z.enum(COLUMN_USES)).max(16_384),
      keepMissing: z.boolean(),
      apply: z.boolean(),
    })
    .strict(),
  cancelWork: none,
  journal: z.object({ workbook: workbookText, title, dirty: z.boolean() }).strict(),
  recoveryPreview: id,
  recoveryRestore: id,
  recoveryDiscard: id,
  setDocumentState: z.object({ title: z.string().max(500), dirty: z.boolean(), lang }).strict(),
  closeWindow: none,
  printToPdf: z.object({ title: z.string().max(500) }).strict(),
};

/** Payload of the preload-only drop registration. */
export const registerDropSchema = z.object({ path: z.string().min(1).max(4096) }).strict();
