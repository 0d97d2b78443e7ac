/**
 * The one IPC contract: every channel between renderer and main, with its request and response types.
 * Main registers a handler per channel, preload exposes one method per channel on `window.workbook`,
 * and the renderer's type for that object is derived from here (pattern of Heroic's ipc.ts).
 */
import type { Result } from './errors';
import type { Lang, Workbook } from './types';

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
export const CHANNELS = ['openSample', 'openProject', 'saveProject', 'exportXlsx', 'exportCsv', 'setDocumentState', 'closeWindow'] as const;

// Compile-time check that CHANNELS lists exactly the contract's channels.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const everyChannelListed: Missing extends never ? true : Missing = true;
void everyChannelListed;

/** Commands main sends to the renderer (application menu, close guard). */
export type MenuCommand = 'new' | 'open' | 'save' | 'saveAs' | 'export' | 'toggleLanguage' | 'undo' | 'redo' | 'saveAndClose';
/** The channel main uses to send menu commands. */
export const COMMAND_CHANNEL = 'menuCommand';

/** The API preload puts on `window.workbook`: one method per channel, plus the command listener. */
export type WorkbookApi = {
  [C in Channel]: RequestOf<C> extends void
    ? () => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
};
