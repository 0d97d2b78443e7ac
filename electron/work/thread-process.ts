/**
 * A work process as a worker thread: for reader threads, the CLI, the e2e harness and the tests (a window's
 * work process in the app is utility-process.ts). Its page port is a worker_threads MessageChannel.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { WorkProcess } from './client';
import type { FromWork, WorkExit } from './protocol';
import { workScript, type WorkKind, type WorkScript } from './script';

/** Heap ceiling of a window's work process: a file that needs more ends the process, not the app. */
export const WORK_MEMORY_MB = 4096;

/** A thread's work process, and a new port to it for the page's blobs (wrap it with threadPort, or transfer it to the page's thread). */
export interface ThreadWork extends WorkProcess {
  connectPage: () => MessagePort;
}

/** Starts a work script in a worker thread with a heap ceiling (from source, or the given script, e.g. the built bundle). */
export function startThreadWork(options: { kind?: WorkKind; memoryMb?: number; script?: WorkScript; quiet?: boolean } = {}): ThreadWork {
  const script = options.script ?? workScript(options.kind ?? 'window');
  const worker = new Worker(script.file, {
    eval: script.eval,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? WORK_MEMORY_MB },
    // Libraries that log (SheetJS notes odd number formats) must not reach the CLI's JSON or main's log.
    ...(options.quiet && { stdout: true, stderr: true }),
  });
  if (options.quiet) {
    worker.stdout.resume();
    worker.stderr.resume();
  }
  // An idle work thread must not keep a CLI run or a test alive; a busy one must.
  worker.unref();
  let exited = false;
  const exitListeners: ((exit: WorkExit, reason: string) => void)[] = [];
  const exit = (kind: WorkExit, reason: string) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(kind, reason);
  };
  worker.on('error', (e: Error & { code?: string }) =>
    e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? exit('memory', 'out of memory') : exit('crash', e.message.slice(0, 160)),
  );
  worker.on('exit', (code) => exit('ended', `exit ${code}`));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', (m: FromWork) => listener(m)),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void worker.terminate(),
    hold: (busy) => (busy ? worker.ref() : worker.unref()),
    connectPage: () => {
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ kind: 'pagePort', port: port1 }, [port1]);
      // The page's end must not keep the process alive on its own.
      port2.unref();
      return port2;
    },
  };
}
