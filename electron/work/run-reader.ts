/**
 * Runs one reader operation (reader-ops.ts) in its own thread with a time limit, a memory limit and
 * cancellation: a file that makes a parser spin or balloon ends in the reader's own errors
 * (import.tooComplex, import.corrupt), never a hung or crashed app. The same client and protocol as a
 * window's work process.
 */
import { createWorkClient } from './client';
import { READ_WORK } from './op-terms';
import type { ReaderOps } from './reader-ops';
import { startThreadWork } from './thread-process';

/** Limits of one reader run. */
export interface ReaderLimits {
  timeMs: number;
  memoryMb: number;
}

/** Runs `op` on `args` in a fresh reader thread, which ends with the call. */
export async function runReader<O extends keyof ReaderOps>(
  op: O,
  args: Parameters<ReaderOps[O]>[0],
  limits: ReaderLimits,
  signal?: AbortSignal,
): Promise<Awaited<ReturnType<ReaderOps[O]>>> {
  const terms = { ...READ_WORK, timeMs: limits.timeMs };
  const work = createWorkClient<ReaderOps, ReturnType<typeof startThreadWork>>(
    () => startThreadWork({ kind: 'reader', memoryMb: limits.memoryMb, quiet: true }),
    { legacySheets: terms, documentTables: terms },
    // A parser does not read cancels: a cancelled read ends its thread at once.
    { cancelGraceMs: 0 },
  );
  try {
    return await work.call(op, args, { signal });
  } finally {
    work.close();
  }
}
