/** A window's work process as a worker thread: for the CLI, the e2e harness and the tests (the app uses utility-process.ts). */
import { Worker } from 'node:worker_threads';
import { workerScript, type WorkerScript } from '../workers/worker-script';
import type { WorkProcess } from './work-client';
import type { FromWork } from './work-protocol';

/** Heap ceiling of a work process: a file that needs more ends the process, not the app. */
export const WORK_MEMORY_MB = 4096;

/** Starts the work script in a worker thread with a heap ceiling (from source, or the given script, e.g. the built bundle). */
export function startThreadWork(options: { memoryMb?: number; script?: WorkerScript } = {}): WorkProcess {
  const memoryMb = options.memoryMb ?? WORK_MEMORY_MB;
  const script = options.script ?? workerScript('work');
  const worker = new Worker(script.file, { eval: script.eval, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  // An idle work thread must not keep a CLI run or a test alive; a busy one must.
  worker.unref();
  let exited = false;
  const exitListeners: ((reason: string) => void)[] = [];
  const exit = (reason: string) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(reason);
  };
  worker.on('error', (e: Error & { code?: string }) =>
    exit(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e.message.slice(0, 160)),
  );
  worker.on('exit', (code) => exit(`exit ${code}`));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', (m: FromWork) => listener(m)),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void worker.terminate(),
    hold: (busy) => (busy ? worker.ref() : worker.unref()),
  };
}
