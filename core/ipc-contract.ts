/**
 * The one IPC contract: every channel between renderer and main, with its request and response types.
 * Main registers a handler per channel, preload exposes one method per channel on `window.workbook`,
 * and the renderer's type for that object is derived from here (pattern of Heroic's ipc.ts).
 */
import type { AppErrorInfo, Result } from './errors';
import type { ImportTable } from './import/import-table';
import type { ImportWarning, SkipReason } from './import/import-warnings';
import type { DocumentTableInfo } from './import/document-table';
import type { CenterImportRequest, CenterImportSummary } from './import/center-import';
import type { Center, Lang, Workbook } from './types';
import { LIMITS } from './limits';

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
export const PREVIEW_ROWS = LIMITS.series;

/** A window of the previewed table's rows, as the preview scrolls past those it holds. */
export interface ImportRowsRequest {
  token: string;
  start: number;
  count: number;
}

/** Importing the previewed list into the centers: what it would do, and with `apply` the centers to merge. */
export interface CenterImportCall extends CenterImportRequest {
  token: string;
  /** The document the centers go into (its centers are compared with the file's). */
  workbook: Workbook;
  apply: boolean;
}

/** What an import of centers would do; for `apply`, the imported centers instead (they cross IPC once, into the document). */
export interface CenterImportReply {
  summary: CenterImportSummary | null;
  centers?: Center[];
}

/** The kinds of spreadsheet the importer reads (by their bytes, not their names). */
export type SpreadsheetFormat = 'xlsx' | 'xls' | 'xlsb' | 'ods' | 'csv' | 'hwp' | 'hwpx';

/** A project opened from disk, the embedded sample, a new blank workbook or a recovered journal. */
export interface OpenedProject {
  workbook: Workbook;
  /** File name to show in the title bar; null for a document never saved. */
  fileName: string | null;
  /** The document differs from its file (a recovered journal): it opens with unsaved changes. */
  unsaved?: boolean;
}

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

/** A recovered document with the file it belonged to as saved on disk (null when there is none), to diff. */
export interface RecoveryPreview {
  entry: RecoveryEntry;
  workbook: Workbook;
  saved: Workbook | null;
}

/** A recently used project file (main keeps the path). */
export interface RecentEntry {
  index: number;
  name: string;
  folder: string;
  missing: boolean;
}

/** What a window shows first: a file it was opened for, documents to recover, recent files. */
export interface StartupInfo {
  open: OpenedProject | null;
  /** Why the file the window was opened for could not be opened. */
  openError: AppErrorInfo | null;
  recovery: RecoveryEntry[];
  recent: RecentEntry[];
}

/** What the title bar and the close guard need to know about the open document. */
export interface DocumentState {
  title: string;
  dirty: boolean;
  lang: Lang;
}

/** Channel name → request and response. A null response means the user cancelled a dialog. */
export interface IpcContract {
  startup: { request: void; response: StartupInfo };
  openSample: { request: void; response: OpenedProject };
  /** Starts a blank workbook in this window (main forgets the file path). */
  newProject: { request: void; response: void };
  openProject: { request: void; response: OpenedProject | null };
  openRecent: { request: { index: number }; response: OpenedProject | null };
  listRecent: { request: void; response: RecentEntry[] };
  removeRecent: { request: { index: number }; response: RecentEntry[] };
  /** Opens an .awb dropped on the window (instead of importing it). */
  openDropped: { request: { dropToken: string }; response: OpenedProject };
  /** Saves; `overwrite` confirms writing over a file that changed or vanished since it was opened. */
  saveProject: { request: { workbook: Workbook; saveAs: boolean; overwrite?: boolean }; response: WrittenFile | null };
  /** The xlsx briefing; `chartPng` is the app's chart as a PNG data URL, embedded as a picture. */
  exportXlsx: { request: { workbook: Workbook; lang: Lang; chartPng?: string; author?: string }; response: WrittenFile | null };
  /** One grid as CSV (UTF-8 with BOM or CP949). */
  exportCsv: {
    request: { workbook: Workbook; table: CsvTable; seriesId: string | null; scenarioId: string | null; lang: Lang; encoding: CsvEncoding };
    response: WrittenFile | null;
  };
  /** Opens a file to import (main's dialog or a dropped file) or re-detects it with other options. */
  importFile: { request: ImportRequest; response: ImportPreview | null };
  /** More rows of the previewed table. */
  importRows: { request: ImportRowsRequest; response: ImportTable['rows'] };
  /** What importing the previewed list into the centers would do (and, to apply it, the centers). */
  importCenters: { request: CenterImportCall; response: CenterImportReply };
  /** Cancels the import, save or export that is running (nothing is changed). */
  cancelWork: { request: void; response: void };
  /** Journals the document for crash recovery (a clean document removes the journal). */
  journal: { request: { workbook: Workbook; dirty: boolean }; response: void };
  recoveryPreview: { request: { id: string }; response: RecoveryPreview };
  recoveryRestore: { request: { id: string }; response: OpenedProject };
  recoveryDiscard: { request: { id: string }; response: RecoveryEntry[] };
  setDocumentState: { request: DocumentState; response: void };
  closeWindow: { request: void; response: void };
  /** The current view as a PDF (Electron's print-to-PDF, A4 landscape), saved where the user chooses. */
  printToPdf: { request: { title: string }; response: WrittenFile | null };
}

/** A channel name. */
export type Channel = keyof IpcContract;
/** Request payload of a channel. */
export type RequestOf<C extends Channel> = IpcContract[C]['request'];
/** Response value of a channel. */
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

/** Every channel, for registration in main and exposure in preload. */
export const CHANNELS = [
  'startup',
  'openSample',
  'newProject',
  'openProject',
  'openRecent',
  'listRecent',
  'removeRecent',
  'openDropped',
  'saveProject',
  'exportXlsx',
  'exportCsv',
  'importFile',
  'importRows',
  'importCenters',
  'cancelWork',
  'journal',
  'recoveryPreview',
  'recoveryRestore',
  'recoveryDiscard',
  'setDocumentState',
  'closeWindow',
  'printToPdf',
] as const;

/** The channel preload uses to register a dropped file's path; never exposed to the page. */
export const REGISTER_DROP_CHANNEL = 'registerDroppedFile';

// Compile-time check that CHANNELS lists exactly the contract's channels.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const everyChannelListed: Missing extends never ? true : Missing = true;
void everyChannelListed;

/** Commands main sends to the renderer (application menu, close guard). */
export type MenuCommand =
  | 'new'
  | 'openSample'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'export'
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

/** The API preload puts on `window.workbook`: one method per channel, plus the command listener. */
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
