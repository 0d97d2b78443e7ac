/**
 * Main's side of a window's work process: typed calls with progress and cancel, and a watchdog. The
 * process starts on first use; if it dies (out of memory, a crash) or overruns its time, every call in
 * flight fails with a clear code and the next call starts a fresh one, so a hostile file ends the
 * work process, never the app.
 */
import { AppError, type AppErrorCode } from '../../core/errors';
import { createWorkOps, type WorkArgs, type WorkContext, type WorkOp, type WorkResult } from './work-ops';
import type { FromWork, ToWork } from './work-protocol';

/** Options of one call. */
export interface CallOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** Runs work operations, wherever they run. */
export interface WorkRunner {
  call: <O extends WorkOp>(op: O, args: WorkArgs<O>, options?: CallOptions) => Promise<WorkResult<O>>;
  /** Ends the work process (window closed). */
  close: () => void;
}

/** A started work process as the client sees it. */
export interface WorkProcess {
  post: (message: ToWork) => void;
  onMessage: (listener: (message: FromWork) => void) => void;
  /** Called once when the process ends for any reason, with a short reason for the log. */
  onExit: (listener: (reason: string) => void) => void;
  kill: () => void;
  /** Keeps the host process alive while calls are pending (a worker thread is otherwise unreferenced). */
  hold?: (busy: boolean) => void;
}

/** Limits the watchdog enforces. */
export interface WorkLimits {
  /** Longest an operation may run before the process is ended. */
  timeMs: (op: WorkOp) => number;
  /** How long a cancelled operation may take to stop before the process is ended. */
  cancelGraceMs: number;
}

/** Default limits: reading a file gets two minutes; writing gets ten (a 500 MB project on a slow drive). */
export const DEFAULT_WORK_LIMITS: WorkLimits = {
  timeMs: (op) => (op === 'importPreview' ? 120_000 : 600_000),
  cancelGraceMs: 3_000,
};

/** The message a call gets when its process ends under it. */
const stoppedCode = (op: WorkOp): AppErrorCode => (op === 'importPreview' ? 'import.tooComplex' : 'work.stopped');

interface Pending {
  op: WorkOp;
  resolve: (value: never) => void;
  reject: (error: AppError) => void;
  onProgress?: (fraction: number) => void;
  timer: ReturnType<typeof setTimeout>;
  cleanup: () => void;
}

/** A client that starts work processes with `start` (utility-process.ts in the app, thread-process.ts elsewhere). */
export function createWorkClient(start: () => WorkProcess, limits: WorkLimits = DEFAULT_WORK_LIMITS): WorkRunner {
  let proc: WorkProcess | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settle = (id: number, outcome: (p: Pending) => void) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (pending.size === 0) proc?.hold?.(false);
    clearTimeout(p.timer);
    p.cleanup();
    outcome(p);
  };
  /** Ends the process; whatever was running in it fails with the code `codeFor` gives. */
  const stop = (codeFor: (p: Pending) => AppError) => {
    const ending = proc;
    proc = null;
    for (const id of [...pending.keys()]) settle(id, (p) => p.reject(codeFor(p)));
    ending?.kill();
  };
  const ensure = (): WorkProcess => {
    if (proc) return proc;
    const started = start();
    proc = started;
    started.onMessage((message) => {
      if (message.kind === 'progress') return pending.get(message.id)?.onProgress?.(message.fraction);
      settle(message.id, (p) =>
        message.ok ? p.resolve(message.value as never) : p.reject(new AppError(message.error.code, message.error.detail)),
      );
    });
    started.onExit((reason) => {
      if (proc !== started) return;
      stop((p) => new AppError(stoppedCode(p.op), reason));
    });
    return started;
  };

  return {
    call(op, args, options = {}) {
      return new Promise((resolve, reject) => {
        const target = ensure();
        const id = nextId++;
        const timer = setTimeout(() => {
          if (proc === target) stop((p) => new AppError(p.op === op ? stoppedCode(op) : 'work.stopped', 'time limit'));
        }, limits.timeMs(op));
        const onAbort = () => {
          target.post({ kind: 'cancel', id });
          // A process stuck in a parser cannot read the cancel: end it after a grace period.
          setTimeout(() => {
            if (pending.has(id) && proc === target)
              stop((p) => new AppError(p.op === 'importPreview' ? 'import.cancelled' : 'work.cancelled'));
          }, limits.cancelGraceMs);
        };
        const cleanup = () => options.signal?.removeEventListener('abort', onAbort);
        if (pending.size === 0) target.hold?.(true);
        pending.set(id, { op, resolve: resolve, reject, onProgress: options.onProgress, timer, cleanup });
        options.signal?.addEventListener('abort', onAbort);
        target.post({ kind: 'call', id, op, args });
        if (options.signal?.aborted) onAbort();
      });
    },
    close() {
      stop(() => new AppError('work.stopped', 'closed'));
    },
  };
}

/** Runs the operations in this thread: for the CLI and for tests that check a handler's logic, not its threading. */
export function createLocalWork(): WorkRunner {
  const ops = createWorkOps();
  return {
    call(op, args, options = {}) {
      const ctx: WorkContext = {
        signal: options.signal ?? new AbortController().signal,
        progress: options.onProgress ?? (() => undefined),
      };
      const run = ops[op] as (a: typeof args, c: WorkContext) => Promise<WorkResult<typeof op>>;
      return run(args, ctx);
    },
    close: () => undefined,
  };
}
