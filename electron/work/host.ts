/**
 * A work process's side: runs each operation main asks for, reports progress, honours cancels, and
 * serves the page's blobs on the page's own port. The same host serves a window's operations and a
 * reader thread's.
 */
import { AppError, type AppErrorInfo } from '../../core/errors';
import type { FromPage, PortLike, ToPage } from '../../core/ipc-wire';
import type { BlobStore } from './blob-store';
import type { FromWork, ToWork } from './protocol';

/** What every operation gets besides its arguments. */
export interface OpContext {
  signal: AbortSignal;
  progress: (fraction: number) => void;
}

/** A table of operations, looked up by name from a message. */
export type OpTable = Record<string, (args: never, ctx: OpContext) => Promise<unknown>>;

/** At most this many progress messages per second and operation: enough for a bar, cheap for main. */
const PROGRESS_INTERVAL_MS = 100;

/** An error as it leaves the process: ours as they are; anything else as a code (the stack stays in this process's log). */
export const errorInfo = (error: unknown): AppErrorInfo => {
  if (error instanceof AppError) return error.toInfo();
  console.error(error);
  return { code: 'internal' };
};

/** Serves `ops` on main's port until the process ends. */
export function serveWork(main: PortLike<ToWork, FromWork>, ops: OpTable): void {
  const running = new Map<number, AbortController>();
  main.onMessage((message) => {
    if (message.kind === 'cancel') return running.get(message.id)?.abort();
    if (message.kind !== 'call') return;
    const { id, op, args } = message;
    const run = Object.hasOwn(ops, op) ? (ops[op] as (a: unknown, c: OpContext) => Promise<unknown>) : undefined;
    if (!run) return main.post({ kind: 'done', id, ok: false, error: { code: 'request.invalid', detail: 'unknown operation' } });
    const controller = new AbortController();
    running.set(id, controller);
    let last = 0;
    const progress = (fraction: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && fraction < 1) return;
      last = now;
      main.post({ kind: 'progress', id, fraction });
    };
    Promise.resolve()
      .then(() => run(args, { signal: controller.signal, progress }))
      .then(
        (value) => main.post({ kind: 'done', id, ok: true, value }),
        (error: unknown) => main.post({ kind: 'done', id, ok: false, error: errorInfo(error) }),
      )
      .finally(() => running.delete(id));
  });
}

/** Serves the page's puts and takes on its port (core/ipc-wire): main never carries the texts. */
export function servePage(page: PortLike<FromPage, ToPage>, blobs: BlobStore): void {
  page.onMessage((m) => {
    try {
      if (m.kind === 'put' && typeof m.text === 'string') page.post({ kind: 'put', id: m.id, ref: blobs.put(m.text) });
      else if (m.kind === 'take' && typeof m.ref === 'string') page.post({ kind: 'take', id: m.id, text: blobs.take(m.ref) });
      else page.post({ kind: 'fail', id: Number(m.id), error: { code: 'request.invalid' } });
    } catch (error) {
      page.post({ kind: 'fail', id: m.id, error: errorInfo(error) });
    }
  });
}
