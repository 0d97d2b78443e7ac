/** Texts and file filters of native dialogs, in the UI language, from the message catalogs. */
import { catalogs, formatMessage, type MessageKey, type MessageParams } from '../core/messages';
import type { Lang } from '../core/types';
import type { FileKind } from './handlers/app-handlers';
import { PROJECT_EXTENSION } from './handlers/project-files';

/** Extensions the import dialog offers (the importer decides by the bytes, not the name). */
const IMPORT_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'csv', 'tsv', 'txt', 'hwp', 'hwpx'];

/** File type filters for open/save dialogs. */
export function dialogFilters(kind: FileKind, lang: Lang): { name: string; extensions: string[] }[] {
  const d = catalogs[lang].dialog;
  if (kind === 'project') return [{ name: d.filterProject, extensions: [PROJECT_EXTENSION] }];
  if (kind === 'import')
    return [
      { name: d.filterImport, extensions: IMPORT_EXTENSIONS },
      { name: d.filterAll, extensions: ['*'] },
    ];
  if (kind === 'csv') return [{ name: d.filterCsv, extensions: ['csv'] }];
  if (kind === 'pdf') return [{ name: d.filterPdf, extensions: ['pdf'] }];
  if (kind === 'hwpx') return [{ name: d.filterHwpx, extensions: ['hwpx'] }];
  return [{ name: d.filterXlsx, extensions: ['xlsx'] }];
}

/** Texts of the "unsaved changes" and "window crashed" dialogs (the same texts the in-app question uses). */
export function dialogTexts(lang: Lang) {
  const f = (key: MessageKey, params?: MessageParams) => formatMessage(lang, key, params);
  return {
    save: f('confirm.save'),
    discard: f('confirm.discard'),
    cancel: f('confirm.cancel'),
    unsavedMessage: (title: string) => f('confirm.unsavedMessage', { title }),
    unsavedDetail: f('confirm.unsavedDetail'),
    reload: f('dialog.reload'),
    closeWindow: f('dialog.closeWindow'),
    crashedMessage: f('dialog.crashedMessage'),
    crashedDetail: f('dialog.crashedDetail'),
  };
}
