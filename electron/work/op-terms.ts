/**
 * What each operation may take and what its failures mean to the user: the watchdog's time, and the error
 * each way of ending maps to. An operation names its own errors; the transport never guesses them.
 */
import type { AppErrorCode } from '../../core/errors';
import type { WorkExit } from './protocol';

/** The terms of one operation. */
export interface OpTerms {
  /** Longest it may run before its process is ended. */
  timeMs: number;
  /** The error when it ran over its time, when its process ended under it (by kind), or when it was cancelled. */
  errors: { overTime: AppErrorCode; cancelled: AppErrorCode } & Record<WorkExit, AppErrorCode>;
}

/** Work on the user's own files (open, save, export, journals): ten minutes (a 500 MB project on a slow drive). */
export const FILE_WORK: OpTerms = {
  timeMs: 600_000,
  errors: { overTime: 'work.stopped', cancelled: 'work.cancelled', memory: 'work.stopped', crash: 'work.stopped', ended: 'work.stopped' },
};

/** Reading a file to import: two minutes; a file that exhausts the reader is too large or malformed. */
export const READ_WORK: OpTerms = {
  timeMs: 120_000,
  errors: {
    overTime: 'import.tooComplex',
    cancelled: 'import.cancelled',
    memory: 'import.tooComplex',
    crash: 'import.corrupt',
    ended: 'import.tooComplex',
  },
};
