/** The import flow: open (dialog, Ctrl+I, menu, drop), progress with cancel (the work overlay), re-detect, apply as one undoable edit; a dropped .awb opens instead. */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../core/errors';
import type { CenterImportRequest } from '../../../core/import/center-import';
import type { BudgetChoices, BudgetReply } from '../../../core/budget/budget-import';
import type { CenterImportReply, ImportPreview, ImportRequest } from '../../../core/ipc-contract';
import type { Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import type { Notify } from '../shell/notices';
import { errorText } from '../shell/error-text';
import type { DocumentCommands } from '../document/use-document-commands';
import type { TrackWork } from '../shell/use-work-progress';
import { workbookApi } from '../document/workbook-api';

/** State and actions of the import dialog. */
export function useImport(notify: Notify, onEdit: (edit: WorkbookEdit) => void, commands: DocumentCommands, track: TrackWork) {
  const { t, i18n } = useTranslation();
  const api = workbookApi();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const busy = useRef(false);
  // Each opened dialog's generation: an answer to a request made before the dialog closed never reopens it.
  const generation = useRef(0);

  const handle = useCallback(
    async (call: () => Promise<Result<ImportPreview | null>>) => {
      if (busy.current) return;
      busy.current = true;
      setLoading(true);
      const asked = generation.current;
      try {
        const result = await track('import', call);
        if (asked !== generation.current) return;
        if (!result.ok) {
          if (result.error.code !== 'import.cancelled') notify('error', errorText(t, result.error));
          else notify('info', t('errors.import.cancelled'));
        } else if (result.value) setPreview(result.value);
      } catch {
        notify('error', t('errors.internal'));
      } finally {
        busy.current = false;
        setLoading(false);
      }
    },
    [notify, t, track],
  );

  const drop = useCallback(
    async (file: File) => {
      if (!api) return;
      // Preload turns the dropped file into a one-use token; the page never names a path.
      const token = await api.registerDrop(file);
      if (!token.ok) return notify('error', errorText(t, token.error));
      if (/\.awb$/i.test(file.name)) {
        if (!(await commands.confirmUnsaved())) return;
        const opened = await commands.run(() => api.openDropped({ dropToken: token.value }));
        if (opened) {
          commands.show(opened);
          notify('info', t('notice.opened', { name: opened.fileName }));
        }
        return;
      }
      await handle(() => api.importFile({ dropToken: token.value }));
    },
    [api, commands, handle, notify, t],
  );

  /** What importing the previewed list would do (computed in the work process, where the file's rows are). */
  const centers = useCallback(
    async (workbook: Workbook, request: CenterImportRequest, apply = false): Promise<CenterImportReply | null> => {
      if (!api || !preview) return null;
      const result = await api.importCenters({ token: preview.token, workbook, ...request, apply });
      if (result.ok) return result.value;
      notify('error', errorText(t, result.error));
      return null;
    },
    [api, preview, notify, t],
  );

  /** What importing the previewed long table as a budget book would do (worked out where the rows are); with `apply`, its edit. */
  const budget = useCallback(
    async (workbook: Workbook, choices: BudgetChoices, apply = false): Promise<BudgetReply | null> => {
      if (!api || !preview) return null;
      const lang = i18n.language === 'en' ? 'en' : 'ko';
      const result = await api.importBudget({ token: preview.token, workbook, ...choices, lang, apply });
      if (result.ok) return result.value;
      notify('error', errorText(t, result.error));
      return null;
    },
    [api, preview, notify, t, i18n],
  );

  /** More rows of the previewed table, as its preview scrolls. */
  const rows = useCallback(
    async (start: number, count: number) => {
      if (!api || !preview) return [];
      const result = await api.importRows({ token: preview.token, start, count });
      return result.ok ? result.value : [];
    },
    [api, preview],
  );

  /** Applies the list as centers: the file's rows come over once, into the document, as one undoable edit. */
  const applyCenters = useCallback(
    async (workbook: Workbook, request: CenterImportRequest) => {
      if (busy.current) return;
      busy.current = true;
      setLoading(true);
      try {
        const reply = await centers(workbook, request, true);
        if (!reply?.merge || !reply.counts || !preview) return;
        // The plan the dialog showed, carried out as it is: rows changed by id, rows added, rows removed.
        onEdit({ kind: 'importCenters', merge: reply.merge, keepMissing: request.keepMissing });
        setPreview(null);
        // Counts get their separators from the message rule (core/messages messageParam).
        const { added, changed, removed, unchanged, ambiguous } = reply.counts;
        const skipped = ambiguous > 0 && request.ambiguous !== 'add' ? t('import.appliedSkipped', { count: ambiguous }) : '';
        notify('info', t('import.appliedCenters', { file: preview.file, added, changed, removed, unchanged, skipped }));
      } finally {
        busy.current = false;
        setLoading(false);
      }
    },
    [centers, preview, onEdit, notify, t],
  );

  return {
    preview,
    loading,
    centers,
    budget,
    rows,
    applyCenters,
    /** File → Import: main shows its open dialog. */
    open: useCallback(() => void (api && handle(() => api.importFile({}))), [api, handle]),
    /** A file dropped on the window. */
    drop,
    /** Re-detect with other options (sheet, header row, encoding). */
    request: useCallback((request: ImportRequest) => void (api && handle(() => api.importFile(request))), [api, handle]),
    close: useCallback(() => {
      generation.current++;
      setPreview(null);
    }, []),
    apply: useCallback(
      (edit: WorkbookEdit, summary: string) => {
        onEdit(edit);
        setPreview(null);
        notify('info', summary);
      },
      [notify, onEdit],
    ),
  };
}
