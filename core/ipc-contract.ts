/**
 * The one IPC contract: every channel between renderer and main, declared once with the schema of its
 * request (what main validates), the schema of its response, and which of their fields travel as blobs
 * (core/ipc-wire.ts: large values go between the page and its work process, never through main). Main
 * registers a handler per channel, preload exposes one method per channel on `window.workbook`, and the
 * renderer's type for that object is derived from here (in the style of Heroic's one IPC map).
 */
import { z } from 'zod';
import type { AppErrorInfo, Result } from './errors';
import { COLUMN_USES } from './import/to-workbook';
import { blob, type BlobRef, type PageOf } from './ipc-wire';
import type { ImportTable } from './import/import-table';
import type { ImportWarning, SkipReason } from './import/import-warnings';
import type { DocumentTableInfo } from './import/document-table';
import type { CenterImportSummary } from './import/center-import';
import type { CenterMerge } from './import/center-match';
import type { Lang, Workbook } from './types';
import type { BudgetReply } from './budget/budget-import';
import { CHART_DATA_URL_CHARS, FILE_LIMITS, LIMITS, SHEET_LIMITS, TEXT_LIMITS, IMPORT_PREVIEW_ROWS } from './limits';

/** Grids that can be exported as CSV. */
export const CSV_TABLES = ['series', 'budget', 'centers', 'comparison', 'sensitivity'] as const;
/** A grid name. */
export type CsvTable = (typeof CSV_TABLES)[number];
/** CSV encodings: UTF-8 with BOM (Excel opens Korean correctly) or CP949 for older tools. */
export const CSV_ENCODINGS = ['utf8-bom', 'cp949'] as const;
/** A CSV encoding. */
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Text encodings the importer reads and can be told to use. */
export const IMPORT_ENCODINGS = ['utf-8', 'cp949', 'utf-16le'] as const;
/** One of them. */
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** A file dropped on the window (a DOM File; typed structurally so core needs no DOM types). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** Options of an import preview. `dropToken` names a file dropped on the window (registered by preload). */
export interface ImportRequest {
  token?: string;
  dropToken?: string;
  sheet?: string;
  headerRow?: number;
  encoding?: ImportEncoding;
}

/** What the import preview shows. */
export interface ImportPreview {
  token: string;
  file: string;
  format: SpreadsheetFormat;
  encoding: ImportEncoding | null;
  sheetNames: string[];
  sheet: string;
  table: ImportTable | null;
  noTableReason: SkipReason | null;
  warnings: ImportWarning[];
  /** For a document: its tables as the picker shows them (sheet names are "표 N"). */
  documentTables?: DocumentTableInfo[];
}

/** Data rows a preview carries at first (a workbook holds at most as many series); the rest come by token. */
export const PREVIEW_ROWS = IMPORT_PREVIEW_ROWS;

/** A window of the previewed table's rows, as the preview scrolls past those it holds. */
export interface ImportRowsRequest {
  token: string;
  start: number;
  count: number;
}

/** What an import of centers would do; for `apply`, the plan's merge instead (the file's rows cross once, into the document). */
export interface CenterImportReply {
  summary: CenterImportSummary | null;
  merge?: CenterMerge;
  /** With the merge: how many rows it adds, changes, removes and leaves, for the notice. */
  counts?: CenterImportSummary['diff']['counts'];
}

/** Importing the previewed long table as a budget book: the choices and the document it goes into. */
export type BudgetImportCall = RequestOf<'importBudget'>;

/** The kinds of spreadsheet the importer reads (by their bytes, not their names). */
export type SpreadsheetFormat = 'xlsx' | 'xls' | 'xlsb' | 'ods' | 'csv' | 'hwp' | 'hwpx';

/** A file written by main; only its name goes back (the path stays in main), with what the export had to change. */
export interface WrittenFile {
  fileName: string;
  warnings?: { code: 'export.textCleaned' | 'export.nonFinite'; count: number }[];
}

/** An unsaved document found after a crash. */
export interface RecoveryEntry {
  id: string;
  savedAt: string;
  title: string;
  fileName: string | null;
}

/** A recently used project file (main keeps the path). */
export interface RecentEntry {
  index: number;
  name: string;
  folder: string;
  missing: boolean;
}

/** What the title bar and the close guard need to know about the open document. */
export interface DocumentState {
  title: string;
  dirty: boolean;
  lang: Lang;
}

/** Typing aid for a response field main produces itself (trusted; declared for the types and the wire). */
const data = <T>() => z.custom<T>(() => true);
const none = z.undefined();
const lang = z.enum(['ko', 'en']);
const token = z.string().min(1).max(TEXT_LIMITS.token);
const title = z.string().max(TEXT_LIMITS.title);
const index = z.object({ index: z.number().int().min(0).max(FILE_LIMITS.recentFiles) }).strict();
const id = z.object({ id: z.string().max(LIMITS.id) }).strict();
const workbook = blob<Workbook>();
const column = z.number().int().min(0).max(SHEET_LIMITS.columns);
const budgetPath = z.array(z.string().max(LIMITS.seriesName)).min(1).max(LIMITS.pathDepth);
const opened = z.object({ workbook, fileName: z.string().nullable(), unsaved: z.boolean().optional() });
const written = data<WrittenFile | null>();
/** What a briefing export sends: the workbook, the chart picture and the author (xlsx and hwpx alike). */
const briefingRequest = z
  .object({
    workbook,
    title,
    lang,
    chartPng: z.string().max(CHART_DATA_URL_CHARS).startsWith('data:image/png;base64,').optional(),
    author: z.string().max(TEXT_LIMITS.author).optional(),
  })
  .strict();

/**
 * Every channel: request schema (validated in main; payloads are unknown until they pass), response schema
 * (main's own output), blobs marked with blob(). A null response means the user cancelled a dialog.
 */
export const IPC = {
  startup: {
    request: none,
    response: z.object({
      open: opened.nullable(),
      /** Why the file the window was opened for could not be opened. */
      openError: data<AppErrorInfo | null>(),
      recovery: data<RecoveryEntry[]>(),
      recent: data<RecentEntry[]>(),
    }),
  },
  openSample: { request: none, response: opened },
  /** Starts a blank workbook in this window (main forgets the file path). */
  newProject: { request: none, response: data<void>() },
  openProject: { request: none, response: opened.nullable() },
  openRecent: { request: index, response: opened.nullable() },
  listRecent: { request: none, response: data<RecentEntry[]>() },
  removeRecent: { request: index, response: data<RecentEntry[]>() },
  /** Opens an .awb dropped on the window (instead of importing it). */
  openDropped: { request: z.object({ dropToken: token }).strict(), response: opened },
  /** Saves; `overwrite` confirms writing over a file that changed or vanished since it was opened. `title` names a new file. */
  saveProject: {
    request: z.object({ workbook, title, saveAs: z.boolean(), overwrite: z.boolean().optional() }).strict(),
    response: written,
  },
  /** The xlsx briefing; `chartPng` is the app's chart as a PNG data URL, embedded as a picture. */
  exportXlsx: { request: briefingRequest, response: written },
  /** The same briefing as a 한/글 report (.hwpx), the chart embedded as a picture. */
  exportHwpx: { request: briefingRequest, response: written },
  /** One grid as CSV (UTF-8 with BOM or CP949). */
  exportCsv: {
    request: z
      .object({
        workbook,
        title,
        table: z.enum(CSV_TABLES),
        seriesId: z.string().max(LIMITS.id).nullable(),
        scenarioId: z.string().max(LIMITS.id).nullable(),
        lang,
        encoding: z.enum(CSV_ENCODINGS),
      })
      .strict(),
    response: written,
  },
  /** Opens a file to import (main's dialog or a dropped file) or re-detects it with other options. No path: a page never names a file. */
  importFile: {
    request: z
      .object({
        token: token.optional(),
        dropToken: token.optional(),
        sheet: z.string().max(TEXT_LIMITS.sheetName).optional(),
        headerRow: z.number().int().min(1).max(SHEET_LIMITS.rows).optional(),
        encoding: z.enum(IMPORT_ENCODINGS).optional(),
      })
      .strict(),
    response: blob<ImportPreview>().nullable(),
  },
  /** More rows of the previewed table. */
  importRows: {
    request: z
      .object({ token, start: z.number().int().min(0).max(SHEET_LIMITS.rows), count: z.number().int().min(1).max(PREVIEW_ROWS) })
      .strict(),
    response: data<ImportTable['rows']>(),
  },
  /** What importing the previewed list into the centers would do (and, to apply it, the centers); compared with the document's. */
  importCenters: {
    request: z
      .object({
        token,
        workbook,
        uses: z.array(z.enum(COLUMN_USES)).max(SHEET_LIMITS.columns),
        keepMissing: z.boolean(),
        keyColumn: z.number().int().min(0).max(SHEET_LIMITS.columns).nullable().optional(),
        ambiguous: z.enum(['skip', 'add']).optional(),
        apply: z.boolean(),
      })
      .strict(),
    response: blob<CenterImportReply>(),
  },
  /** What importing the previewed long table as a budget book would do and what is left to pair; with `apply`, its edit too. */
  importBudget: {
    request: z
      .object({
        token,
        workbook,
        yearCol: column,
        levels: z.array(column).min(1).max(LIMITS.pathDepth),
        stages: z.array(column).min(1).max(SHEET_LIMITS.columns),
        pairings: z.array(z.object({ from: budgetPath, to: budgetPath }).strict()).max(LIMITS.pairings),
        sumDuplicates: z.boolean(),
        lang,
        apply: z.boolean(),
      })
      .strict(),
    response: blob<BudgetReply>(),
  },
  /** Cancels the import, save or export that is running (nothing is changed). */
  cancelWork: { request: none, response: data<void>() },
  /** Journals the document for crash recovery (a clean document removes the journal). */
  journal: { request: z.object({ workbook, dirty: z.boolean() }).strict(), response: data<void>() },
  recoveryPreview: {
    request: id,
    response: z.object({ entry: data<RecoveryEntry>(), workbook, saved: workbook.nullable() }),
  },
  recoveryRestore: { request: id, response: opened },
  recoveryDiscard: { request: id, response: data<RecoveryEntry[]>() },
  setDocumentState: { request: z.object({ title, dirty: z.boolean(), lang }).strict(), response: data<void>() },
  closeWindow: { request: none, response: data<void>() },
  /** The current view as a PDF (Electron's print-to-PDF, A4 landscape), saved where the user chooses. */
  printToPdf: { request: z.object({ title }).strict(), response: written },
} satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

/** A channel name. */
export type Channel = keyof typeof IPC;
/** A channel's request as it travels (blobs as refs): what main's handler gets. */
export type WireRequestOf<C extends Channel> = z.output<(typeof IPC)[C]['request']>;
/** A channel's response as it travels: what main's handler returns. */
export type WireResponseOf<C extends Channel> = z.output<(typeof IPC)[C]['response']>;
/** A channel's request as the page makes it (blobs as values). */
export type RequestOf<C extends Channel> = PageOf<WireRequestOf<C>>;
/** A channel's response as the page gets it. */
export type ResponseOf<C extends Channel> = PageOf<WireResponseOf<C>>;

/** Every channel, for registration in main and exposure in preload. */
export const CHANNELS = Object.keys(IPC) as Channel[];

/** A project opened from disk, the embedded sample, a new blank workbook or a recovered journal. */
export type OpenedProject = ResponseOf<'openSample'>;
/** What a window shows first: a file it was opened for, documents to recover, recent files. */
export type StartupInfo = ResponseOf<'startup'>;
/** A recovered document with the file it belonged to as saved on disk (null when there is none), to diff. */
export type RecoveryPreview = ResponseOf<'recoveryPreview'>;
/** Importing the previewed list into the centers: what it would do, and with `apply` the centers to merge. */
export type CenterImportCall = RequestOf<'importCenters'>;

/** A workbook (never a blob) anywhere in T: each channel must carry its workbooks as blobs. */
type RawWorkbookIn<T, Depth extends unknown[] = []> = Depth['length'] extends 6
  ? never
  : T extends Workbook
    ? true
    : T extends BlobRef<unknown>
      ? never
      : T extends readonly (infer E)[]
        ? RawWorkbookIn<E, [...Depth, 1]>
        : T extends object
          ? { [K in keyof T]: RawWorkbookIn<T[K], [...Depth, 1]> }[keyof T]
          : never;
// Compile-time check: no channel carries a workbook through main (it would cross as a whole object).
type Offending = { [C in Channel]: true extends RawWorkbookIn<WireRequestOf<C>> | RawWorkbookIn<WireResponseOf<C>> ? C : never }[Channel];
const noWorkbookThroughMain: [Offending] extends [never] ? true : Offending = true;
void noWorkbookThroughMain;

/** The channel preload uses to register a dropped file's path; never exposed to the page. */
export const REGISTER_DROP_CHANNEL = 'registerDroppedFile';

/** Commands main sends to the renderer (application menu, close guard). */
export type MenuCommand =
  | 'new'
  | 'openSample'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'export'
  | 'exportHwpx'
  | 'import'
  | 'toggleLanguage'
  | 'undo'
  | 'redo'
  | 'saveAndClose'
  | 'saveVersion'
  | 'versions'
  | 'help'
  | 'print'
  | 'printPdf'
  | `openRecent:${number}`;
/** The channel main uses to send menu commands. */
export const COMMAND_CHANNEL = 'menuCommand';
/** The channel main uses to report progress (0…1) of the import, save or export that is running. */
export const PROGRESS_CHANNEL = 'workProgress';

/** The API the page uses (renderer/src/document/workbook-api.ts): one method per channel, values not refs. */
export type WorkbookApi = {
  [C in Channel]: RequestOf<C> extends void
    ? () => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Subscribes to progress of the import, save or export that is running (0 when it starts); returns the unsubscribe function. */
  onWorkProgress: (listener: (fraction: number) => void) => () => void;
  /** Registers a file dropped on the window (preload resolves its path); returns a one-use token for importFile or openDropped. */
  registerDrop: (file: DroppedFile) => Promise<Result<string>>;
};

/** What preload exposes on `window.workbook`: each channel as it travels (blobs as refs), plus the blob link to the work process. */
export type WorkbookBridge = {
  [C in Channel]: (request?: WireRequestOf<C>) => Promise<Result<WireResponseOf<C>>>;
} & Pick<WorkbookApi, 'onCommand' | 'onWorkProgress' | 'registerDrop'> & {
    /** Puts JSON text into the window's work process; its ref. */
    putBlob: (text: string) => Promise<Result<string>>;
    /** Takes the JSON text of a ref from the window's work process. */
    takeBlob: (ref: string) => Promise<Result<string>>;
  };

/** The channel preload asks main on to be given (again) its port to the work process. */
export const WORK_CONNECT_CHANNEL = 'workConnect';
/** The channel main sends the page's end of a work process port on (null: the process ended). */
export const WORK_PORT_CHANNEL = 'workPort';
