/** Preload (sandboxed, bundled): exposes one method per IPC channel on window.workbook, nothing else. */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, COMMAND_CHANNEL, PROGRESS_CHANNEL, type DroppedFile, type ImportRequest, type MenuCommand, type WorkbookApi } from '../core/ipc-contract';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (request?: unknown) => ipcRenderer.invoke(channel, request)])) as Record<string, unknown>;

api.onCommand = (listener: (command: MenuCommand) => void) => {
  const handler = (_event: unknown, command: MenuCommand) => listener(command);
  ipcRenderer.on(COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  };
};

api.onImportProgress = (listener: (fraction: number) => void) => {
  const handler = (_event: unknown, fraction: number) => listener(fraction);
  ipcRenderer.on(PROGRESS_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  };
};

// The path of a dropped file is known only here (webUtils); the page never handles paths.
api.importDroppedFile = (file: DroppedFile, options: Omit<ImportRequest, 'dropped' | 'token'> = {}) =>
  ipcRenderer.invoke('importFile', { ...options, dropped: webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]) });

contextBridge.exposeInMainWorld('workbook', api as WorkbookApi);
