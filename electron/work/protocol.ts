/**
 * Messages between main and a work process (a window's utility process, or a reader thread), whatever
 * carries them: one protocol, one error shape (AppErrorInfo), for every operation.
 */
import type { AppErrorInfo } from '../../core/errors';

/** Main → work: run an operation, cancel one, or take the page's end of a port (blobs, core/ipc-wire). */
export type ToWork = { kind: 'call'; id: number; op: string; args: unknown } | { kind: 'cancel'; id: number } | { kind: 'pagePort' };

/** Work → main: progress of an operation, or its outcome. */
export type FromWork =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; ok: true; value: unknown }
  | { kind: 'done'; id: number; ok: false; error: AppErrorInfo };

/** How a work process ended under its calls: it ran out of memory, crashed, or was ended (time limit, cancel, close). */
export type WorkExit = 'memory' | 'crash' | 'ended';
