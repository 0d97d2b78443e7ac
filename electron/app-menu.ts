/** The application menu; commands go to the renderer, which owns the document. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry } from '../core/ipc-contract';
import { catalogs } from '../core/messages';
import { accelerator } from '../core/shortcuts';
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
        item(L.new, 'new', accelerator('new')),
        item(L.open, 'open', accelerator('open')),
        { label: L.recent, submenu: recentItems },
        item(L.sample, 'openSample'),
        { type: 'separator' },
        item(L.save, 'save', accelerator('save')),
        item(L.saveAs, 'saveAs', accelerator('saveAs')),
        item(L.saveVersion, 'saveVersion'),
        item(L.versions, 'versions'),
        { type: 'separator' },
        item(L.import, 'import', accelerator('import')),
        item(L.export, 'export', accelerator('export')),
        item(L.exportHwpx, 'exportHwpx', accelerator('exportHwpx')),
        item(L.print, 'print', accelerator('print')),
        item(L.printPdf, 'printPdf', accelerator('printPdf')),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: L.quit },
      ],
    },
    {
      label: L.edit,
      submenu: [
        item(L.undo, 'undo', accelerator('undo')),
        item(L.redo, 'redo', accelerator('redo')),
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
    { label: L.help, role: 'help', submenu: [item(L.shortcuts, 'help', accelerator('help'))] },
  ];
}
