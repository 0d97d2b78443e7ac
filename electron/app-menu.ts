/** The application menu; commands go to the renderer, which owns the document. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry } from '../core/ipc-contract';
import type { Lang } from '../core/types';

const labels = {
  ko: {
    file: '파일',
    new: '새 통합문서',
    sample: '예시 통합문서 열기',
    open: '열기…',
    recent: '최근 파일',
    noRecent: '(없음)',
    save: '저장',
    saveAs: '다른 이름으로 저장…',
    saveVersion: '버전 저장…',
    versions: '버전 기록…',
    export: '브리핑 내보내기 (xlsx)…',
    import: '가져오기…',
    print: '인쇄…',
    quit: '종료',
    edit: '편집',
    undo: '실행 취소',
    redo: '다시 실행',
    view: '보기',
    language: 'English로 전환',
    window: '창',
    help: '도움말',
    shortcuts: '키보드 단축키',
  },
  en: {
    file: 'File',
    new: 'New workbook',
    sample: 'Open sample workbook',
    open: 'Open…',
    recent: 'Open Recent',
    noRecent: '(none)',
    save: 'Save',
    saveAs: 'Save As…',
    saveVersion: 'Save version…',
    versions: 'Version history…',
    export: 'Export briefing (xlsx)…',
    import: 'Import…',
    print: 'Print…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    language: '한국어로 전환',
    window: 'Window',
    help: 'Help',
    shortcuts: 'Keyboard shortcuts',
  },
} as const;

/**
 * Menu template in the UI language. Accelerators are shown but not registered:
 * the renderer handles the keys itself so the same keys work in the e2e harness.
 */
export function buildMenuTemplate(
  lang: Lang,
  send: (command: MenuCommand) => void,
  isMac: boolean,
  recent: readonly RecentEntry[] = [],
): MenuItemConstructorOptions[] {
  const L = labels[lang];
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((r) => ({ label: r.name, sublabel: r.folder, enabled: !r.missing, click: () => send(`openRecent:${r.index}`) }))
    : [{ label: L.noRecent, enabled: false }];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: L.file,
      submenu: [
        item(L.new, 'new', 'CmdOrCtrl+N'),
        item(L.open, 'open', 'CmdOrCtrl+O'),
        { label: L.recent, submenu: recentItems },
        item(L.sample, 'openSample'),
        { type: 'separator' },
        item(L.save, 'save', 'CmdOrCtrl+S'),
        item(L.saveAs, 'saveAs', 'CmdOrCtrl+Shift+S'),
        item(L.saveVersion, 'saveVersion'),
        item(L.versions, 'versions'),
        { type: 'separator' },
        item(L.import, 'import', 'CmdOrCtrl+I'),
        item(L.export, 'export', 'CmdOrCtrl+E'),
        item(L.print, 'print', 'CmdOrCtrl+P'),
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
    {
      label: L.view,
      submenu: [
        item(L.language, 'toggleLanguage'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: L.window, role: 'windowMenu' },
    { label: L.help, role: 'help', submenu: [item(L.shortcuts, 'help', 'F1')] },
  ];
}
