/** Access to the main process: only through window.workbook, typed from the IPC contract. */
import type { WorkbookApi } from '../../core/ipc-contract';

declare global {
  interface Window {
    workbook?: WorkbookApi;
  }
}

/** The bridge preload exposes, or null when the page runs outside Electron without a harness. */
export function workbookApi(): WorkbookApi | null {
  return window.workbook ?? null;
}
