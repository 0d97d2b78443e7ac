/** The application menu; commands go to the renderer, which owns the document. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/ipc-contract';
import type { Lang } from '../core/types';

const labels = {
  ko: { file: '파일', new: '예시 통합문서 열기', open: '열기…', save: '저장', saveAs: '다른 이름으로 저장…', export: '브리핑 내보내기 (xlsx)…', import: '가져오기 (xlsx, csv)…', quit: '종료', edit: '편집', undo: '실행 취소', redo: '다시 실행', view: '보기', language: 'English로 전환', window: '창' },
  en: { file: 'File', new: 'Open sample workbook', open: 'Open…', save: 'Save', saveAs: 'Save As…', export: 'Export briefing (xlsx)…', import: 'Import (xlsx, csv)…', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', view: 'View', language: '한국어로 전환', window: 'Window' },
} as const;

/**
 * Menu template in the UI language. Accelerators are shown but not registered:
 * the renderer handles Ctrl+S/O itself so the same keys work in the e2e harness.
 */
export function buildMenuTemplate(lang: Lang, send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const L = labels[lang];
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: L.file,
      submenu: [
        item(L.new, 'new'),
        item(L.open, 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item(L.save, 'save', 'CmdOrCtrl+S'),
        item(L.saveAs, 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(L.import, 'import', 'CmdOrCtrl+I'),
        item(L.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: L.quit },
      ],
    },
    {
      label: L.edit,
      submenu: [
        item(L.undo, 'undo', 'CmdOrCtrl+Z'),
        item(L.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: L.view, submenu: [item(L.language, 'toggleLanguage'), { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { label: L.window, role: 'windowMenu' },
  ];
}
