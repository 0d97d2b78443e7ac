/**
 * Crash recovery from the renderer's side: a dirty document is journalled to main within a second of
 * the last change (debounced, so typing is one write); a clean one removes its journal at once.
 */
import { useEffect, useRef } from 'react';
import type { Workbook } from '../../../core/types';
import { workbookApi } from '../document/workbook-api';

/** How long after the last change the journal is written (well within the 2 s a crash may cost). */
export const JOURNAL_DELAY_MS = 1000;

/** Journals `workbook` while it has unsaved changes. */
export function useJournal(workbook: Workbook | null, dirty: boolean): void {
  const api = workbookApi();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!api || !workbook) return;
    if (pending.current) clearTimeout(pending.current);
    if (!dirty) {
      void api.journal({ workbook, dirty: false });
      return;
    }
    pending.current = setTimeout(() => void api.journal({ workbook, dirty: true }), JOURNAL_DELAY_MS);
    return () => {
      if (pending.current) clearTimeout(pending.current);
    };
  }, [api, workbook, dirty]);
}
