/** Preload (sandboxed, bundled): exposes one method per IPC channel on window.workbook, nothing else. */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  CHANNELS,
  COMMAND_CHANNEL,
  PROGRESS_CHANNEL,
  REGISTER_DROP_CHANNEL,
  type DroppedFile,
  type MenuCommand,
} from '../core/ipc-contract';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (request?: unknown) => ipcRenderer.invoke(channel, request)])) as Record<
  string,
  unknown
>;

api.onCommand = (listener: (command: MenuCommand) => void) => {
  const handler = (_event: unknown, command: MenuCommand) => listener(command);
  ipcRenderer.on(COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  };
};

api.onWorkProgress = (listener: (fraction: number) => void) => {
  const handler = (_event: unknown, fraction: number) => listener(fraction);
  ipcRenderer.on(PROGRESS_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  };
};

// The path of a dropped file is known only here (webUtils) and goes to main over a channel the page
// cannot reach; the page gets a one-use token. A File the page made itself has no path, so it fails.
api.registerDrop = (file: DroppedFile) => {
  const path = webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
  if (!path) return Promise.resolve({ ok: false, error: { code: 'request.invalid', detail: 'not a dropped file' } });
  return ipcRenderer.invoke(REGISTER_DROP_CHANNEL, { path });
};

contextBridge.exposeInMainWorld('workbook', api);
