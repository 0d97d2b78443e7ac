/** Messages between main and a window's work process (a utilityProcess in the app, a worker thread elsewhere). */
import type { AppErrorInfo } from '../../core/errors';
import type { WorkOp } from './work-ops';

/** Main → work: run an operation, or cancel one that is running. */
export type ToWork = { kind: 'call'; id: number; op: WorkOp; args: unknown } | { kind: 'cancel'; id: number };

/** Work → main: progress of an operation, or its outcome. */
export type FromWork =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; ok: true; value: unknown }
  | { kind: 'done'; id: number; ok: false; error: AppErrorInfo };

/** Either side of the conversation, whatever carries it. */
export interface WorkPort<In, Out> {
  post: (message: Out) => void;
  onMessage: (listener: (message: In) => void) => void;
}
