/** The work process's side: runs each operation main asks for, reports progress, honours cancels. */
import { AppError, type AppErrorInfo } from '../../core/errors';
import { createWorkOps, type WorkContext } from './work-ops';
import type { FromWork, ToWork, WorkPort } from './work-protocol';

/** At most this many progress messages per second and operation: enough for a bar, cheap for main. */
const PROGRESS_INTERVAL_MS = 100;

const toInfo = (error: unknown): AppErrorInfo => {
  if (error instanceof AppError) return error.toInfo();
  // Unexpected: the stack stays in this process's log; main and the page get a code.
  console.error(error);
  return { code: 'internal' };
};

/** Serves one window's operations on `port` until the process ends. */
export function serveWork(port: WorkPort<ToWork, FromWork>): void {
  // Looked up by name from a message: a plain table of functions.
  const ops = createWorkOps() as unknown as Record<string, (args: unknown, ctx: WorkContext) => Promise<unknown>>;
  const running = new Map<number, AbortController>();
  port.onMessage((message) => {
    if (message.kind === 'cancel') return running.get(message.id)?.abort();
    const { id, op, args } = message;
    const run = ops[op];
    if (!run) return port.post({ kind: 'done', id, ok: false, error: { code: 'request.invalid', detail: 'unknown operation' } });
    const controller = new AbortController();
    running.set(id, controller);
    let last = 0;
    const progress = (fraction: number) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && fraction < 1) return;
      last = now;
      port.post({ kind: 'progress', id, fraction });
    };
    Promise.resolve()
      .then(() => run(args, { signal: controller.signal, progress }))
      .then(
        (value) => port.post({ kind: 'done', id, ok: true, value }),
        (error: unknown) => port.post({ kind: 'done', id, ok: false, error: toInfo(error) }),
      )
      .finally(() => running.delete(id));
  });
}
