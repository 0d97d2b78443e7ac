/** Keyboard shortcuts and native menu commands, routed to the document commands and the app's dialogs. */
import { useEffect } from 'react';
import type { MenuCommand } from '../../core/ipc-contract';
import type { DocumentCommands } from './use-document-commands';
import { useLatest } from './use-latest';
import { workbookApi } from './workbook-api';

/** Commands besides the document's: dialogs and import. */
export interface AppActions {
  importFile: () => void;
  versions: () => void;
  saveVersion: () => void;
  help: () => void;
}

/** Handles Ctrl/Cmd shortcuts and menu commands. */
export function useShortcuts(commands: DocumentCommands, actions: AppActions): void {
  const api = workbookApi();
  const ref = useLatest({ commands, actions });

  // Native menu commands.
  useEffect(() => {
    if (!api) return;
    return api.onCommand((command: MenuCommand) => {
      const { commands: c, actions: a } = ref.current;
      if (command === 'saveAndClose') {
        void c.saveTo(false).then(async (saved) => {
          if (saved) await api.closeWindow();
        });
        return;
      }
      if (command.startsWith('openRecent:')) return c.openRecent(Number(command.slice('openRecent:'.length)));
      const table: Partial<Record<MenuCommand, () => void>> = {
        new: c.newWorkbook,
        openSample: c.openSample,
        open: c.open,
        save: c.save,
        saveAs: c.saveAs,
        export: c.exportXlsx,
        import: a.importFile,
        toggleLanguage: c.toggleLanguage,
        undo: c.undo,
        redo: c.redo,
        print: c.print,
        printPdf: c.printPdf,
        versions: a.versions,
        saveVersion: a.saveVersion,
        help: a.help,
      };
      table[command]?.();
    });
  }, [api, ref]);

  // Keyboard shortcuts (the menu shows them but leaves them to us, so they work everywhere).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { commands: c, actions: a } = ref.current;
      if (e.key === 'F1') {
        e.preventDefault();
        return a.help();
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      // In a text field Ctrl+Z undoes typing; elsewhere it undoes workbook edits — grid cells included, which are
      // contenteditable only so an IME can start composing on them (grid/use-sheet-events.ts).
      const inText =
        e.target instanceof HTMLElement && e.target.closest('input, textarea, [contenteditable="true"]:not(.ag-cell)') !== null;
      const history = inText ? null : key === 'z' ? (e.shiftKey ? c.redo : c.undo) : key === 'y' ? c.redo : null;
      const file: Record<string, (() => void) | undefined> = {
        s: e.shiftKey ? c.saveAs : c.save,
        o: e.shiftKey ? undefined : c.open,
        e: e.shiftKey ? undefined : c.exportXlsx,
        i: e.shiftKey ? undefined : a.importFile,
        n: e.shiftKey ? undefined : c.newWorkbook,
        p: e.shiftKey ? c.printPdf : c.print,
      };
      const action = history ?? file[key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
}
