/** Preload (sandboxed, bundled): exposes one method per IPC channel on window.workbook, nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, COMMAND_CHANNEL, type MenuCommand, type WorkbookApi } from '../core/ipc-contract';

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (request?: unknown) => ipcRenderer.invoke(channel, request)])) as Record<string, unknown>;

api.onCommand = (listener: (command: MenuCommand) => void) => {
  const handler = (_event: unknown, command: MenuCommand) => listener(command);
  ipcRenderer.on(COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld('workbook', api as WorkbookApi);
