/** The application menu; commands go to the renderer, which owns the document. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry } from '../core/ipc-contract';
import { catalogs } from '../core/messages';
import type { Lang } from '../core/types';

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
  const L = catalogs[lang].menu;
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
        item(L.printPdf, 'printPdf', 'CmdOrCtrl+Shift+P'),
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
