/**
 * Runs a reader in a worker thread with a time limit, a memory limit and cancellation: a file that
 * makes a parser spin or balloon ends in a clear error (import.tooComplex), never a hung or crashed app.
 * The worker posts one message: its answer.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../../core/errors';
import { workerScript } from './worker-script';

/** Limits of one worker run. */
export interface WorkerLimits {
  timeMs: number;
  memoryMb: number;
}

/** Runs worker `name` (a script in electron/workers/) on `data` and resolves with its one message. */
export function runWorker<T>(name: string, data: unknown, limits: WorkerLimits, signal?: AbortSignal): Promise<T> {
  const script = workerScript(name);
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(script.file, {
      workerData: data,
      eval: script.eval,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      // Libraries that log (SheetJS notes odd number formats) must not reach the CLI's JSON or main's log.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(() => finish(() => reject(new AppError('import.tooComplex'))), limits.timeMs);
    const onAbort = () => finish(() => reject(new AppError('import.cancelled')));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.on('message', (answer: T) => finish(() => resolve(answer)));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash inside the parser.
    worker.on('error', (e: Error & { code?: string }) =>
      finish(() =>
        reject(new AppError(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'import.tooComplex' : 'import.corrupt', e.message.slice(0, 160))),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new AppError('import.corrupt', `reader stopped (${code})`))));
  });
}
