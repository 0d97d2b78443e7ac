/**
 * The parent's port of a work process, in either host: an Electron utility process (process.parentPort,
 * with ports transferred beside a message) or a worker thread (worker_threads' parentPort, with ports
 * inside the message).
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { FromPage, PortLike, ToPage } from '../../core/ipc-wire';
import type { FromWork, ToWork } from './protocol';

/** Electron's port objects as this process sees them (not in Node's types). */
interface ElectronPort {
  postMessage: (message: unknown) => void;
  on: (event: 'message', listener: (e: { data: unknown; ports?: ElectronPort[] }) => void) => void;
  start?: () => void;
}

/** Main's port, and each page port main hands over (to `onPage`). */
export function parentPorts(onPage: (port: PortLike<FromPage, ToPage>) => void): PortLike<ToWork, FromWork> | null {
  const utility = (process as unknown as { parentPort?: ElectronPort }).parentPort;
  if (utility) {
    const listeners: ((m: ToWork) => void)[] = [];
    utility.on('message', (e) => {
      const m = e.data as ToWork;
      if (m.kind === 'pagePort' && e.ports?.[0]) return onPage(electronPort(e.ports[0]));
      for (const l of listeners) l(m);
    });
    return { post: (m) => utility.postMessage(m), onMessage: (l) => void listeners.push(l) };
  }
  if (!parentPort) return null;
  const port = parentPort;
  const listeners: ((m: ToWork) => void)[] = [];
  port.on('message', (m: ToWork & { port?: MessagePort }) => {
    if (m.kind === 'pagePort' && m.port) return onPage(threadPort(m.port));
    for (const l of listeners) l(m);
  });
  return { post: (m) => port.postMessage(m), onMessage: (l) => void listeners.push(l) };
}

function electronPort(port: ElectronPort): PortLike<FromPage, ToPage> {
  const out: PortLike<FromPage, ToPage> = {
    post: (m) => port.postMessage(m),
    onMessage: (l) => port.on('message', (e) => l(e.data as FromPage)),
  };
  port.start?.();
  return out;
}

/** A worker_threads port as a PortLike (also the test's and the harness's end of a page port). */
export function threadPort<In, Out>(port: MessagePort): PortLike<In, Out> {
  return { post: (m) => port.postMessage(m), onMessage: (l) => void port.on('message', (m: In) => l(m)) };
}
