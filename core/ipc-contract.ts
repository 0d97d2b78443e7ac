/**
 * The one IPC contract: every channel between renderer and main, with its request and response types.
 * Main registers a handler per channel, preload exposes one method per channel on `window.workbook`,
 * and the renderer's type for that object is derived from here (pattern of Heroic's ipc.ts).
 */
import type { Result } from './errors';
import type { ImportTable } from './import/import-table';
import type { Lang, Workbook } from './types';

/** A file dropped on the window (a DOM File; typed structurally so core needs no DOM types). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** Text encodings the importer reads and can be told to use. */
export const IMPORT_ENCODINGS = ['utf-8', 'cp949', 'utf-16le'] as const;
/** One of them. */
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** Options of an import preview. `dropped` is the path of a file dropped on the window (from preload). */
export interface ImportRequest {
  token?: string;
  dropped?: string;
  sheet?: string;
  headerRow?: number;
  encoding?: ImportEncoding;
}

/** What the import preview shows. */
export interface ImportPreview {
  token: string;
  file: string;
  format: 'xlsx' | 'csv';
  encoding: ImportEncoding | null;
  sheetNames: string[];
  sheet: string;
  table: ImportTable | null;
  noTableReason: string | null;
  warnings: string[];
}

/** A project opened from disk or from the embedded sample. */
export interface OpenedProject {
  workbook: Workbook;
  /** File name to show in the title bar; null for the embedded sample (never saved yet). */
  fileName: string | null;
}

/** A file written by main; only its name goes back (the path stays in main). */
export interface WrittenFile {
  fileName: string;
}

/** What the title bar and the close guard need to know about the open document. */
export interface DocumentState {
  title: string;
  dirty: boolean;
  lang: Lang;
}

/** Channel name → request and response. A null response means the user cancelled a dialog. */
export interface IpcContract {
  openSample: { request: void; response: OpenedProject };
  openProject: { request: void; response: OpenedProject | null };
  saveProject: { request: { workbook: Workbook; saveAs: boolean }; response: WrittenFile | null };
  /** The xlsx briefing; `chartPng` is the app's chart as a PNG data URL, embedded as a picture. */
  exportXlsx: { request: { workbook: Workbook; lang: Lang; chartPng?: string }; response: WrittenFile | null };
  /** One grid as CSV (UTF-8 with BOM or CP949). */
  exportCsv: {
    request: { workbook: Workbook; table: 'budget' | 'centers' | 'comparison' | 'sensitivity'; scenarioId: string; lang: Lang; encoding: 'utf8-bom' | 'cp949' };
    response: WrittenFile | null;
  };
  /** Opens a file to import (main's dialog or a dropped file) or re-detects it with other options. */
  importFile: { request: ImportRequest; response: ImportPreview | null };
  /** Cancels a long import while it loads. */
  importCancel: { request: void; response: void };
  setDocumentState: { request: DocumentState; response: void };
  closeWindow: { request: void; response: void };
}

/** A channel name. */
export type Channel = keyof IpcContract;
/** Request payload of a channel. */
export type RequestOf<C extends Channel> = IpcContract[C]['request'];
/** Response value of a channel. */
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

/** Every channel, for registration in main and exposure in preload. */
export const CHANNELS = ['openSample', 'openProject', 'saveProject', 'exportXlsx', 'exportCsv', 'importFile', 'importCancel', 'setDocumentState', 'closeWindow'] as const;

// Compile-time check that CHANNELS lists exactly the contract's channels.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const everyChannelListed: Missing extends never ? true : Missing = true;
void everyChannelListed;

/** Commands main sends to the renderer (application menu, close guard). */
export type MenuCommand = 'new' | 'open' | 'save' | 'saveAs' | 'export' | 'import' | 'toggleLanguage' | 'undo' | 'redo' | 'saveAndClose';
/** The channel main uses to send menu commands. */
export const COMMAND_CHANNEL = 'menuCommand';
/** The channel main uses to report import progress (0…1). */
export const PROGRESS_CHANNEL = 'importProgress';

/** The API preload puts on `window.workbook`: one method per channel, plus the command listener. */
export type WorkbookApi = {
  [C in Channel]: RequestOf<C> extends void
    ? () => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to import progress; returns the unsubscribe function. */
  onImportProgress(listener: (fraction: number) => void): () => void;
  /** Starts an import of a file dropped on the window (preload resolves its path). */
  importDroppedFile(file: DroppedFile, options?: Omit<ImportRequest, 'dropped' | 'token'>): Promise<Result<ImportPreview | null>>;
};
