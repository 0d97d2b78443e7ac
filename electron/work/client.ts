/**
 * Main's side of a work process: typed calls with progress and cancel, and a watchdog. The process
 * starts on first use (or when the page asks for its port); if it dies (out of memory, a crash) or
 * overruns an operation's time, every call in flight fails with the error its operation names
 * (op-terms.ts) and the next call starts a fresh process, so a hostile file ends the work process,
 * never the app.
 */
import { AppError } from '../../core/errors';
import type { OpContext } from './host';
import type { OpTerms } from './op-terms';
import type { FromWork, ToWork, WorkExit } from './protocol';

/** Options of one call. */
export interface CallOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** A table of operations as main calls them: by name, with their arguments. */
type Ops = Record<string, (args: never, ctx: OpContext) => Promise<unknown>>;
/** An operation's arguments and result. */
export type ArgsOf<T extends Ops, O extends keyof T> = Parameters<T[O]>[0];
export type ResultOf<T extends Ops, O extends keyof T> = Awaited<ReturnType<T[O]>>;

/** Runs operations of a table, wherever they run. */
export interface WorkRunner<T extends Ops, P = unknown> {
  call: <O extends keyof T & string>(op: O, args: ArgsOf<T, O>, options?: CallOptions) => Promise<ResultOf<T, O>>;
  /** Ends the work process (window closed). */
  close: () => void;
  /** The running process, started if none runs (the page asks for a port to it before it puts its first blob). */
  connect: () => P;
  /** Called when a process ends, for any reason (the page's port to it is dead then). */
  onStop: (listener: () => void) => void;
}

/** A started work process as the client sees it. */
export interface WorkProcess {
  post: (message: ToWork) => void;
  onMessage: (listener: (message: FromWork) => void) => void;
  /** Called once when the process ends for any reason: how, and a short reason for the log. */
  onExit: (listener: (exit: WorkExit, reason: string) => void) => void;
  kill: () => void;
  /** Keeps the host process alive while calls are pending (a worker thread is otherwise unreferenced). */
  hold?: (busy: boolean) => void;
}

/** How long a cancelled operation may take to stop before its process is ended. */
export const CANCEL_GRACE_MS = 3_000;

interface Pending {
  op: string;
  resolve: (value: never) => void;
  reject: (error: AppError) => void;
  onProgress?: (fraction: number) => void;
  timer: ReturnType<typeof setTimeout>;
  cleanup: () => void;
}

/** A client that starts work processes with `start` and holds each operation to its terms. */
export function createWorkClient<T extends Ops, P extends WorkProcess>(
  start: () => P,
  terms: Record<keyof T, OpTerms>,
  options: { cancelGraceMs?: number; timeMs?: (op: keyof T) => number } = {},
): WorkRunner<T, P> {
  let proc: P | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const stops: (() => void)[] = [];
  const termsOf = (op: string) => terms[op as keyof T];

  const settle = (id: number, outcome: (p: Pending) => void) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (pending.size === 0) proc?.hold?.(false);
    clearTimeout(p.timer);
    p.cleanup();
    outcome(p);
  };
  /** Ends the process; each call in it fails with the error `codeFor` gives for its operation. */
  const stop = (codeFor: (p: Pending) => AppError) => {
    const ending = proc;
    proc = null;
    for (const id of [...pending.keys()]) settle(id, (p) => p.reject(codeFor(p)));
    if (!ending) return;
    ending.kill();
    for (const listener of stops) listener();
  };
  const ensure = (): P => {
    if (proc) return proc;
    const started = start();
    proc = started;
    started.onMessage((message) => {
      if (message.kind === 'progress') return pending.get(message.id)?.onProgress?.(message.fraction);
      settle(message.id, (p) =>
        message.ok ? p.resolve(message.value as never) : p.reject(new AppError(message.error.code, message.error.detail)),
      );
    });
    started.onExit((exit, reason) => {
      if (proc !== started) return;
      stop((p) => new AppError(termsOf(p.op).errors[exit], reason));
    });
    return started;
  };

  return {
    call(op, args, callOptions = {}) {
      return new Promise((resolve, reject) => {
        const target = ensure();
        const id = nextId++;
        const own = termsOf(op);
        const timer = setTimeout(
          () => {
            if (proc === target) stop((p) => new AppError(p.op === op ? own.errors.overTime : termsOf(p.op).errors.ended, 'time limit'));
          },
          options.timeMs?.(op) ?? own.timeMs,
        );
        const onAbort = () => {
          target.post({ kind: 'cancel', id });
          // A process stuck in a parser cannot read the cancel: end it after a grace period.
          setTimeout(() => {
            if (pending.has(id) && proc === target)
              stop((p) => new AppError(p.op === op ? own.errors.cancelled : termsOf(p.op).errors.ended));
          }, options.cancelGraceMs ?? CANCEL_GRACE_MS);
        };
        const cleanup = () => callOptions.signal?.removeEventListener('abort', onAbort);
        if (pending.size === 0) target.hold?.(true);
        pending.set(id, { op, resolve, reject, onProgress: callOptions.onProgress, timer, cleanup });
        callOptions.signal?.addEventListener('abort', onAbort);
        target.post({ kind: 'call', id, op, args });
        if (callOptions.signal?.aborted) onAbort();
      });
    },
    close() {
      stop((p) => new AppError(termsOf(p.op).errors.ended, 'closed'));
    },
    connect: () => ensure(),
    onStop(listener) {
      stops.push(listener);
    },
  };
}

/** Runs a table of operations in this thread: for the CLI and for tests of a handler's logic, not its threading. */
export function createLocalWork<T extends Ops>(ops: T): WorkRunner<T, never> {
  return {
    call(op, args, options = {}) {
      const ctx: OpContext = {
        signal: options.signal ?? new AbortController().signal,
        progress: options.onProgress ?? (() => undefined),
      };
      return (ops[op] as (a: unknown, c: OpContext) => Promise<never>)(args, ctx);
    },
    close: () => undefined,
    connect: () => {
      throw new Error('local work has no process');
    },
    onStop: () => undefined,
  };
}
