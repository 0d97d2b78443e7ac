/** File commands (open, save, export, language) from toolbar, keyboard and the native menu, in one place. */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../core/errors';
import { errorText } from './error-text';
import type { MenuCommand } from '../../core/ipc-contract';
import { currentLang, setLanguage } from './i18n';
import { isDirty, type DocumentAction, type DocumentModel } from './state/document-state';
import { workbookApi } from './workbook-api';

/** Commands the toolbar and menu call. */
export interface DocumentCommands {
  openSample(): void;
  open(): void;
  save(): void;
  saveAs(): void;
  exportXlsx(): void;
  toggleLanguage(): void;
  undo(): void;
  redo(): void;
  importFile(): void;
  exportCsv(table: 'budget' | 'centers' | 'comparison' | 'sensitivity', scenarioId: string, encoding: 'utf8-bom' | 'cp949'): void;
}

type Notify = (kind: 'info' | 'error', text: string) => void;

/** Wires document commands to the main process and reports outcomes through `notify`. */
export function useDocumentCommands(
  doc: DocumentModel,
  dispatch: Dispatch<DocumentAction>,
  notify: Notify,
  extras: { captureChart?(): string | undefined; importFile?(): void } = {},
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const docRef = useRef(doc);
  docRef.current = doc;

  /** Runs one call to main; returns its value, undefined on error (already reported). */
  const run = useCallback(
    async <T>(call: () => Promise<Result<T>>): Promise<T | undefined> => {
      setBusy(true);
      try {
        const result = await call();
        if (result.ok) return result.value;
        notify('error', errorText(t, result.error));
      } catch {
        notify('error', t('errors.internal'));
      } finally {
        setBusy(false);
      }
      return undefined;
    },
    [notify, t],
  );

  const confirmDiscard = useCallback(
    () => !isDirty(docRef.current) || window.confirm(t('toolbar.unsaved') + ' — ' + t('notice.discard')),
    [t],
  );

  const commands = useRef<DocumentCommands & { saveTo(saveAs: boolean): Promise<boolean> }>(null!);
  const api = workbookApi();
  commands.current = {
    openSample: async () => {
      if (!api || !confirmDiscard()) return;
      const opened = await run(() => api.openSample());
      if (opened) dispatch({ type: 'loaded', workbook: opened.workbook, fileName: null });
    },
    open: async () => {
      if (!api || !confirmDiscard()) return;
      const opened = await run(() => api.openProject());
      if (opened) {
        dispatch({ type: 'loaded', workbook: opened.workbook, fileName: opened.fileName });
        notify('info', t('notice.opened', { name: opened.fileName }));
      }
    },
    saveTo: async (saveAs) => {
      const { workbook } = docRef.current;
      if (!api || !workbook) return false;
      const written = await run(() => api.saveProject({ workbook, saveAs }));
      if (!written) return false;
      dispatch({ type: 'saved', fileName: written.fileName, workbook });
      notify('info', t('notice.saved', { name: written.fileName }));
      return true;
    },
    save: () => void commands.current.saveTo(false),
    saveAs: () => void commands.current.saveTo(true),
    exportXlsx: async () => {
      const { workbook } = docRef.current;
      if (!api || !workbook) return;
      const chartPng = extras.captureChart?.();
      const written = await run(() => api.exportXlsx({ workbook, lang: currentLang(), ...(chartPng && { chartPng }) }));
      if (written) notify('info', t('notice.exported', { name: written.fileName }));
    },
    toggleLanguage: () => setLanguage(currentLang() === 'ko' ? 'en' : 'ko'),
    exportCsv: async (table, scenarioId, encoding) => {
      const { workbook } = docRef.current;
      if (!api || !workbook) return;
      const written = await run(() => api.exportCsv({ workbook, table, scenarioId, lang: currentLang(), encoding }));
      if (written) notify('info', t('notice.exported', { name: written.fileName }));
    },
    importFile: () => extras.importFile?.(),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
  };

  // First start: the embedded sample workbook.
  useEffect(() => {
    if (!api) {
      notify('error', t('errors.noBridge'));
      return;
    }
    void commands.current.openSample();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Native menu commands.
  useEffect(() => {
    if (!api) return;
    return api.onCommand((command: MenuCommand) => {
      const c = commands.current;
      if (command === 'saveAndClose') {
        void c.saveTo(false).then((saved) => {
          if (saved) void api.closeWindow();
        });
        return;
      }
      ({
        new: c.openSample,
        open: c.open,
        save: c.save,
        saveAs: c.saveAs,
        export: c.exportXlsx,
        toggleLanguage: c.toggleLanguage,
        undo: c.undo,
        redo: c.redo,
        import: c.importFile,
      })[command]();
    });
  }, [api]);

  // Keyboard shortcuts (the menu shows them but leaves them to us, so they work everywhere).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const c = commands.current;
      // In a text field Ctrl+Z undoes typing; elsewhere (grids included) it undoes workbook edits.
      const inText = e.target instanceof HTMLElement && e.target.closest('input, textarea, [contenteditable="true"]') !== null;
      const history = inText ? null : key === 'z' ? (e.shiftKey ? c.redo : c.undo) : key === 'y' ? c.redo : null;
      const file =
        key === 's'
          ? e.shiftKey
            ? c.saveAs
            : c.save
          : key === 'o' && !e.shiftKey
            ? c.open
            : key === 'e' && !e.shiftKey
              ? c.exportXlsx
              : key === 'i' && !e.shiftKey
                ? c.importFile
                : null;
      const action = history ?? file;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Title bar, unsaved marker and close guard follow the document.
  const title = doc.workbook?.title ?? t('app.untitled');
  const lang = currentLang();
  const dirty = isDirty(doc);
  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${doc.fileName ?? title} — Analyst Workbook`;
    void api?.setDocumentState({ title: doc.fileName ?? title, dirty, lang });
  }, [api, dirty, doc.fileName, title, lang]);

  return { commands: commands.current as DocumentCommands, busy };
}
