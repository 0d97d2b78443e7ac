/**
 * Preload (sandboxed, bundled): exposes one method per IPC channel on window.workbook, and the page's blob
 * link to its window's work process over a port main hands over (core/ipc-wire): workbooks travel
 * page ↔ work process, main sees only their refs. Nothing else.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  CHANNELS,
  COMMAND_CHANNEL,
  PROGRESS_CHANNEL,
  REGISTER_DROP_CHANNEL,
  WORK_CONNECT_CHANNEL,
  WORK_PORT_CHANNEL,
  type DroppedFile,
  type MenuCommand,
} from '../core/ipc-contract';
import { blobLink, type BlobLink, type FromPage, type ToPage } from '../core/ipc-wire';

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

// The link to the work process: the port main gives on request, replaced when the process ends.
let link: (BlobLink & { close: (error: { code: 'work.stopped' }) => void }) | null = null;
let arrived: ((l: BlobLink) => void) | null = null;
/** The page's end of the port (a DOM MessagePort; typed by what is used, preload has no DOM types). */
interface PagePort {
  postMessage: (message: unknown) => void;
  onmessage: ((event: { data: unknown }) => void) | null;
}
ipcRenderer.on(WORK_PORT_CHANNEL, (event: { ports: readonly unknown[] }) => {
  link?.close({ code: 'work.stopped' });
  link = null;
  const port = event.ports[0] as PagePort | undefined;
  if (!port) return;
  link = blobLink({
    post: (m: FromPage) => port.postMessage(m),
    onMessage: (listener: (m: ToPage) => void) => {
      port.onmessage = (e) => listener(e.data as ToPage);
    },
  });
  arrived?.(link);
  arrived = null;
});
const connected = async (): Promise<BlobLink> => {
  if (link) return link;
  const next = new Promise<BlobLink>((resolve) => (arrived = resolve));
  await ipcRenderer.invoke(WORK_CONNECT_CHANNEL);
  return next;
};
// Results, not rejections: an error object keeps its code across the context bridge only as a value.
const settled = (run: (l: BlobLink) => Promise<string>) =>
  connected()
    .then(run)
    .then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: isErrorInfo(error) ? error : { code: 'work.stopped' } }),
    );
const isErrorInfo = (e: unknown): e is { code: string } => typeof e === 'object' && e !== null && 'code' in e;
api.putBlob = (text: string) => settled((l) => l.put(text));
api.takeBlob = (ref: string) => settled((l) => l.take(ref));

contextBridge.exposeInMainWorld('workbook', api);
