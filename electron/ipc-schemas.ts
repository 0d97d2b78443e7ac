/** zod schemas for every IPC request: main treats each payload as unknown until it passes these. */
import { z } from 'zod';
import { IMPORT_ENCODINGS, type Channel, type RequestOf } from '../core/ipc-contract';
import { workbookSchema } from '../core/workbook-schema';

const lang = z.enum(['ko', 'en']);
const none = z.undefined();

/** Request schema per channel; the mapped type keeps it in step with the contract. */
export const requestSchemas: { [C in Channel]: z.ZodType<RequestOf<C>> } = {
  openSample: none,
  openProject: none,
  saveProject: z.object({ workbook: workbookSchema, saveAs: z.boolean() }).strict(),
  exportXlsx: z.object({ workbook: workbookSchema, lang, chartPng: z.string().max(12_000_000).startsWith('data:image/png;base64,').optional() }).strict(),
  exportCsv: z
    .object({ workbook: workbookSchema, table: z.enum(['budget', 'centers', 'comparison', 'sensitivity']), scenarioId: z.string().max(100), lang, encoding: z.enum(['utf8-bom', 'cp949']) })
    .strict(),
  importFile: z
    .object({
      token: z.string().max(100).optional(),
      dropped: z.string().min(1).max(4096).optional(),
      sheet: z.string().max(300).optional(),
      headerRow: z.number().int().min(1).max(1_000_000).optional(),
      encoding: z.enum(IMPORT_ENCODINGS).optional(),
    })
    .strict(),
  importCancel: none,
  setDocumentState: z.object({ title: z.string().max(500), dirty: z.boolean(), lang }).strict(),
  closeWindow: none,
};
