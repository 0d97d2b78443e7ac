/** File commands (new, open, save, export…) from toolbar, keyboard and the native menu, in one place. */
import type { TFunction } from 'i18next';
import { useMemo, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorInfo, Result } from '../../../core/errors';
import type { CsvTable, OpenedProject, WorkbookApi, WrittenFile } from '../../../core/ipc-contract';
import { blankWorkbook } from '../../../core/workbook-diff';
import type { Choice } from '../shell/confirm';
import type { Notify } from '../shell/notices';
import { errorText } from '../shell/error-text';
import { currentLang, setLanguage } from '../i18n';
import { getSettings } from '../shell/settings';
import { isDirty, type DocumentAction, type DocumentModel } from './document-state';
import { useLatest } from '../shell/use-latest';
import type { TrackWork } from '../shell/use-work-progress';
import { workbookApi } from './workbook-api';
import { DEFAULT_UNIT } from '../../../core/units';

type Ask = <T extends string>(q: { title: string; message: string; choices: Choice<T>[]; cancel: T }) => Promise<T>;

/** Commands the toolbar, the keyboard and the menu call. */
export interface DocumentCommands {
  newWorkbook: () => void;
  openSample: () => void;
  open: () => void;
  openRecent: (index: number) => void;
  save: () => void;
  saveAs: () => void;
  exportXlsx: () => void;
  /** The briefing as a 한/글 report (.hwpx). */
  exportHwpx: () => void;
  exportCsv: (table: CsvTable) => void;
  toggleLanguage: () => void;
  undo: () => void;
  redo: () => void;
  print: () => void;
  /** The current view as a PDF file (Electron's print-to-PDF). */
  printPdf: () => void;
  /** Runs a call to main, reporting errors; resolves to its value or undefined. */
  run: <T>(call: () => Promise<Result<T>>, options?: { quiet?: (error: AppErrorInfo) => boolean }) => Promise<T | undefined>;
  /** Saves; resolves to whether the document is now saved. */
  saveTo: (saveAs: boolean) => Promise<boolean>;
  /** Asks to save unsaved changes first; resolves to whether to go on. */
  confirmUnsaved: () => Promise<boolean>;
  /** Shows an opened document. */
  show: (opened: OpenedProject) => void;
}

/** What the commands read at the moment they run (never a stale render's copy). */
interface Live {
  doc: DocumentModel;
  ask: Ask;
  /** The chart as a PNG data URL, for the briefing. */
  captureChart: () => string | undefined;
  /** What a CSV of the detail, comparison and sensitivity grids is about. */
  subject: () => { seriesId: string | null; scenarioId: string | null };
}

interface Deps {
  api: WorkbookApi | null;
  dispatch: Dispatch<DocumentAction>;
  notify: Notify;
  t: TFunction;
  setBusy: (busy: boolean) => void;
  live: () => Live;
  track: TrackWork;
}

/** Builds the commands (plain functions over the document and main's API). */
function createCommands({ api, dispatch, notify, t, setBusy, live, track }: Deps): DocumentCommands {
  const run: DocumentCommands['run'] = async (call, options = {}) => {
    setBusy(true);
    try {
      const result = await call();
      if (result.ok) return result.value;
      // Cancelled by the user: nothing changed, and nothing went wrong.
      if (result.error.code === 'work.cancelled') notify('info', errorText(t, result.error));
      else if (!options.quiet?.(result.error)) notify('error', errorText(t, result.error));
    } catch {
      notify('error', t('errors.internal'));
    } finally {
      setBusy(false);
    }
    return undefined;
  };
  const reportWritten = (written: WrittenFile) => {
    notify('info', t('notice.exported', { name: written.fileName }));
    for (const w of written.warnings ?? [])
      notify('warning', t(w.code === 'export.textCleaned' ? 'notice.textCleaned' : 'notice.nonFinite', { count: w.count }));
  };
  const show = (opened: OpenedProject) =>
    dispatch({ type: 'loaded', workbook: opened.workbook, fileName: opened.fileName, unsaved: opened.unsaved });
  const showOpened = (opened: OpenedProject | undefined | null) => {
    if (!opened) return;
    show(opened);
    if (opened.fileName) notify('info', t('notice.opened', { name: opened.fileName }));
  };

  const saveTo = async (saveAs: boolean): Promise<boolean> => {
    const { workbook, fileName } = live().doc;
    if (!api || !workbook) return false;
    let conflict: AppErrorInfo | null = null;
    const quiet = (e: AppErrorInfo) => {
      conflict = e.code === 'file.changedOnDisk' || e.code === 'file.missingOnDisk' ? e : null;
      return conflict !== null;
    };
    let written = await run(() => track('save', () => api.saveProject({ workbook, title: workbook.title, saveAs })), { quiet });
    const found = conflict as AppErrorInfo | null;
    if (found) {
      // The file changed or vanished since it was opened: overwrite, save elsewhere, or leave it.
      const answer = await live().ask({
        title: t('confirm.changedTitle'),
        message: t(found.code === 'file.changedOnDisk' ? 'confirm.changedOnDisk' : 'confirm.missingOnDisk', { name: fileName ?? '' }),
        choices: [
          { id: 'saveAs', label: t('confirm.saveAs'), kind: 'primary' },
          { id: 'overwrite', label: t('confirm.overwrite'), kind: 'danger' },
          { id: 'cancel', label: t('confirm.cancel') },
        ],
        cancel: 'cancel',
      });
      if (answer === 'cancel') return false;
      const again =
        answer === 'overwrite'
          ? { workbook, title: workbook.title, saveAs: false, overwrite: true }
          : { workbook, title: workbook.title, saveAs: true };
      written = await run(() => track('save', () => api.saveProject(again)));
    }
    if (!written) return false;
    dispatch({ type: 'saved', fileName: written.fileName, workbook });
    notify('info', t('notice.saved', { name: written.fileName }));
    return true;
  };

  const confirmUnsaved = async (): Promise<boolean> => {
    const { doc, ask } = live();
    if (!doc.workbook || !isDirty(doc)) return true;
    const answer = await ask({
      title: t('confirm.unsavedTitle'),
      message: `${t('confirm.unsavedMessage', { title: doc.fileName ?? doc.workbook.title })} ${t('confirm.unsavedDetail')}`,
      choices: [
        { id: 'save', label: t('confirm.save'), kind: 'primary' },
        { id: 'discard', label: t('confirm.discard') },
        { id: 'cancel', label: t('confirm.cancel') },
      ],
      cancel: 'cancel',
    });
    if (answer === 'save') return saveTo(false);
    return answer === 'discard';
  };

  /** A command that replaces the document: asks about unsaved changes first. */
  const replacing = (task: () => Promise<void>) => () => void confirmUnsaved().then((go) => (go ? task() : undefined));

  /** The briefing in either document: the same request, the chart captured as it is on screen. */
  const exportBriefing = async (format: 'xlsx' | 'hwpx') => {
    const { doc, captureChart } = live();
    if (!api || !doc.workbook) return;
    const workbook = doc.workbook;
    const chartPng = captureChart();
    const author = getSettings().author.trim();
    const request = { workbook, title: workbook.title, lang: currentLang(), ...(chartPng && { chartPng }), ...(author && { author }) };
    const written = await run(() => track('export', () => (format === 'xlsx' ? api.exportXlsx(request) : api.exportHwpx(request))));
    if (written) reportWritten(written);
  };

  const printPdf = async () => {
    const { doc } = live();
    if (!api || !doc.workbook) return;
    const title = doc.fileName ?? doc.workbook.title;
    const written = await run(() => api.printToPdf({ title }));
    if (written) reportWritten(written);
  };

  const exportCsv = async (table: CsvTable) => {
    const { doc, subject } = live();
    if (!api || !doc.workbook) return;
    const workbook = doc.workbook;
    const written = await run(() =>
      track('export', () =>
        api.exportCsv({ workbook, title: workbook.title, table, ...subject(), lang: currentLang(), encoding: getSettings().csvEncoding }),
      ),
    );
    if (written) reportWritten(written);
  };

  return {
    run,
    show,
    saveTo,
    confirmUnsaved,
    newWorkbook: replacing(async () => {
      if (!api) return;
      const reset = await api.newProject();
      if (!reset.ok) return notify('error', errorText(t, reset.error));
      dispatch({
        type: 'loaded',
        workbook: blankWorkbook(t('app.newTitle'), live().doc.workbook?.defaultUnit ?? DEFAULT_UNIT),
        fileName: null,
      });
      notify('info', t('notice.newWorkbook'));
    }),
    openSample: replacing(async () => {
      const opened = api ? await run(() => api.openSample()) : undefined;
      if (opened) dispatch({ type: 'loaded', workbook: opened.workbook, fileName: null, sample: true });
    }),
    open: replacing(async () => showOpened(api ? await run(() => api.openProject()) : undefined)),
    openRecent: (index) => replacing(async () => showOpened(api ? await run(() => api.openRecent({ index })) : undefined))(),
    save: () => void saveTo(false),
    saveAs: () => void saveTo(true),
    exportXlsx: () => void exportBriefing('xlsx'),
    exportHwpx: () => void exportBriefing('hwpx'),
    exportCsv: (table) => void exportCsv(table),
    toggleLanguage: () => setLanguage(currentLang() === 'ko' ? 'en' : 'ko'),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    print: () => window.print(),
    printPdf: () => void printPdf(),
  };
}

/** Wires document commands to the main process and reports outcomes through `notify`. */
export function useDocumentCommands(
  doc: DocumentModel,
  dispatch: Dispatch<DocumentAction>,
  notify: Notify,
  track: TrackWork,
  extras: Omit<Live, 'doc'>,
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const live = useLatest<Live>({ doc, ...extras });
  const api = workbookApi();
  const commands = useMemo(
    () => createCommands({ api, dispatch, notify, t, setBusy, live: () => live.current, track }),
    [api, dispatch, notify, t, live, track],
  );
  return { commands, busy };
}
