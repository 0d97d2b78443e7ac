/**
 * Background work yields the processor to the window and to main. On Linux a priority belongs to a thread,
 * not a process, so a work process lowers every thread it has (V8's compiler and GC helpers, libuv's pool);
 * threads made later inherit it from the thread that makes them. Elsewhere the call sets the process's.
 */
import { readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

const lower = (id: number): void => {
  try {
    setPriority(id, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // A sandbox that refuses is no reason not to work.
  }
};

/** Lowers this thread only (a work process run as a thread of a bigger process, as in tests). */
export function lowerThisThread(): void {
  lower(0);
}

/** Lowers every thread of this process (a work process of its own, as the app runs it). */
export function lowerWholeProcess(): void {
  lower(0);
  if (process.platform !== 'linux') return;
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const tid of tasks) lower(Number(tid));
}
