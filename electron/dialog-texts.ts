/** Texts and file filters of native dialogs, in the UI language. */
import type { Lang } from '../core/types';
import type { FileKind } from './handlers/app-handlers';
import { PROJECT_EXTENSION } from './handlers/project-files';

/** File type filters for open/save dialogs. */
export function dialogFilters(kind: FileKind, lang: Lang): { name: string; extensions: string[] }[] {
  if (kind === 'project')
    return [{ name: lang === 'ko' ? 'Analyst Workbook 프로젝트' : 'Analyst Workbook project', extensions: [PROJECT_EXTENSION] }];
  if (kind === 'import')
    return [
      { name: lang === 'ko' ? '스프레드시트 (xlsx, csv)' : 'Spreadsheets (xlsx, csv)', extensions: ['xlsx', 'xlsm', 'csv', 'tsv', 'txt'] },
      { name: lang === 'ko' ? '모든 파일' : 'All files', extensions: ['*'] },
    ];
  if (kind === 'csv') return [{ name: lang === 'ko' ? 'CSV (쉼표로 구분)' : 'CSV (comma-separated)', extensions: ['csv'] }];
  return [{ name: lang === 'ko' ? 'Excel 통합 문서' : 'Excel workbook', extensions: ['xlsx'] }];
}

/** Texts of the "unsaved changes" dialog. */
export function dialogTexts(lang: Lang) {
  return lang === 'ko'
    ? {
        save: '저장',
        discard: '저장 안 함',
        cancel: '취소',
        unsavedMessage: (t: string) => `'${t}'의 변경 내용을 저장할까요?`,
        unsavedDetail: '저장하지 않으면 변경 내용이 사라집니다.',
        reload: '다시 불러오기',
        closeWindow: '창 닫기',
        crashedMessage: '창이 예기치 않게 종료되었습니다.',
        crashedDetail: '다시 불러오면 마지막으로 자동 저장된 내용을 복구할 수 있습니다.',
      }
    : {
        save: 'Save',
        discard: "Don't save",
        cancel: 'Cancel',
        unsavedMessage: (t: string) => `Save changes to '${t}'?`,
        unsavedDetail: 'Your changes will be lost if you don’t save them.',
        reload: 'Reload',
        closeWindow: 'Close window',
        crashedMessage: 'The window stopped unexpectedly.',
        crashedDetail: 'Reload to recover the last automatically saved state.',
      };
}
