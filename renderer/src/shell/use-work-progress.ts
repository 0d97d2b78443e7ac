/** Progress of the import, save or export running in the work process, for one overlay with Cancel. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { workbookApi } from '../document/workbook-api';

/** What the overlay shows: which task, and how far (0 until the work reports more). */
export interface WorkStatus {
  task: WorkTask;
  fraction: number;
}

/** A task the overlay names. */
export type WorkTask = 'import' | 'save' | 'export';

/** Runs a task while tracking its progress; the overlay appears once main says the work has started (after any dialog). */
export type TrackWork = <T>(task: WorkTask, run: () => Promise<T>) => Promise<T>;

/** The status of the running task and the function that tracks one. */
export function useWorkProgress(): { status: WorkStatus | null; track: TrackWork; cancel: () => void } {
  const api = workbookApi();
  const [status, setStatus] = useState<WorkStatus | null>(null);
  const current = useRef<WorkTask | null>(null);

  useEffect(
    () =>
      api?.onWorkProgress((fraction) => {
        const task = current.current;
        if (task) setStatus({ task, fraction });
      }),
    [api],
  );

  const track = useCallback<TrackWork>(async (task, run) => {
    current.current = task;
    try {
      return await run();
    } finally {
      current.current = null;
      setStatus(null);
    }
  }, []);

  const cancel = useCallback(() => void api?.cancelWork(), [api]);
  return { status, track, cancel };
}
