/**
 * The handler for every IPC channel, as plain functions over injected side effects
 * (dialogs, window state), so main, the e2e harness and tests run the very same code.
 */
import { basename } from 'node:path';
import type { DocumentState } from '../../core/ipc-contract';
import type { Handlers } from '../ipc-dispatch';
import { openProjectFile, PROJECT_EXTENSION, saveProjectFile, withProjectExtension } from './project-files';
import { exportGridCsv } from './csv-export';
import { createImportSession } from './import/import-session';
import { decodeChartPng, exportBriefingXlsx } from './xlsx-export';

/** What a file dialog is asked for. */
export type FileKind = 'project' | 'xlsx' | 'csv' | 'import';

/** Side effects the handlers need: native dialogs and the window they belong to. */
export interface HandlerDeps {
  /** Shows an open dialog; resolves to the chosen path or null if cancelled. */
  chooseOpenPath(kind: FileKind): Promise<string | null>;
  /** Shows a save dialog with a suggested file name; resolves to the chosen path or null. */
  chooseSavePath(kind: FileKind, suggestedName: string): Promise<string | null>;
  /** Absolute path of the embedded sample project. */
  samplePath: string;
  /** Updates the window title, edited marker and close guard. */
  setDocumentState(state: DocumentState): void;
  /** Closes the window without asking again (after the user saved or chose not to). */
  closeWindow(): void;
  /** Sends import progress (0…1) to the window. */
  sendImportProgress(fraction: number): void;
}

/** Strips characters file systems reject, for suggested file names. */
export function safeFileName(title: string, fallback: string): string {
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned || fallback;
}

/** Creates the channel handlers for one window; the current project path lives here, never in the renderer. */
export function createAppHandlers(deps: HandlerDeps): Handlers {
  let currentPath: string | null = null;
  const imports = createImportSession({ chooseImportPath: () => deps.chooseOpenPath('import'), onProgress: deps.sendImportProgress });

  return {
    async openSample() {
      const workbook = await openProjectFile(deps.samplePath);
      currentPath = null;
      return { workbook, fileName: null };
    },

    async openProject() {
      const path = await deps.chooseOpenPath('project');
      if (!path) return null;
      const workbook = await openProjectFile(path);
      currentPath = path;
      return { workbook, fileName: basename(path) };
    },

    async saveProject({ workbook, saveAs }) {
      let path = saveAs ? null : currentPath;
      if (!path) {
        const chosen = await deps.chooseSavePath('project', `${safeFileName(workbook.title, 'workbook')}.${PROJECT_EXTENSION}`);
        if (!chosen) return null;
        path = withProjectExtension(chosen);
      }
      await saveProjectFile(path, workbook);
      currentPath = path;
      return { fileName: basename(path) };
    },

    async exportXlsx({ workbook, lang, chartPng }) {
      const png = decodeChartPng(chartPng);
      const chosen = await deps.chooseSavePath('xlsx', `${safeFileName(workbook.title, 'briefing')}.xlsx`);
      if (!chosen) return null;
      const path = chosen.toLowerCase().endsWith('.xlsx') ? chosen : `${chosen}.xlsx`;
      await exportBriefingXlsx(path, workbook, lang, { chartPng: png });
      return { fileName: basename(path) };
    },

    async exportCsv({ workbook, table, scenarioId, lang, encoding }) {
      const chosen = await deps.chooseSavePath('csv', `${safeFileName(workbook.title, 'table')} - ${table}.csv`);
      if (!chosen) return null;
      const path = chosen.toLowerCase().endsWith('.csv') ? chosen : `${chosen}.csv`;
      await exportGridCsv(path, workbook, table, scenarioId, lang, encoding);
      return { fileName: basename(path) };
    },

    async importFile(request) {
      return imports.preview(request);
    },

    async importCancel() {
      imports.cancel();
    },

    async setDocumentState(state) {
      deps.setDocumentState(state);
    },

    async closeWindow() {
      deps.closeWindow();
    },
  };
}
