/** Access to the main process: only through window.workbook (preload's bridge), typed from the IPC contract. */
import type { WorkbookApi, WorkbookBridge } from '../../../core/ipc-contract';
import { wrapBridge } from '../../../core/ipc-page';

declare global {
  interface Window {
    /** What preload exposes: the channels as they travel (blobs as refs), and the blob link to the work process. */
    workbook?: WorkbookBridge;
  }
}

let wrapped: { raw: WorkbookBridge; api: WorkbookApi } | null = null;

/** The page's API over the bridge preload exposes, or null when the page runs outside Electron without a harness. */
export function workbookApi(): WorkbookApi | null {
  const raw = window.workbook;
  if (!raw) return null;
  if (wrapped?.raw !== raw) wrapped = { raw, api: wrapBridge(raw) };
  return wrapped.api;
}
