/** Keyboard shortcuts and native menu commands, routed to the document commands and the app's dialogs. */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../core/ipc-contract';
import { commandForKey } from '../../../core/shortcuts';
import type { DocumentCommands } from '../document/use-document-commands';
import { useLatest } from './use-latest';
import { workbookApi } from '../document/workbook-api';

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

  // Native menu commands and keyboard shortcuts run the same commands.
  useEffect(() => {
    if (!api) return;
    return api.onCommand((command: MenuCommand) => {
      const { commands: c } = ref.current;
      if (command === 'saveAndClose') {
        void c.saveTo(false).then(async (saved) => {
          if (saved) await api.closeWindow();
        });
        return;
      }
      if (command.startsWith('openRecent:')) return c.openRecent(Number(command.slice('openRecent:'.length)));
      commandTable(ref.current)[command]?.();
    });
  }, [api, ref]);

  // Keyboard shortcuts (the menu shows them but leaves them to us, so they work everywhere): core/shortcuts.ts.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      // In a text field Ctrl+Z undoes typing; elsewhere it undoes workbook edits — grid cells included, which are
      // contenteditable only so an IME can start composing on them (grid/use-sheet-events.ts).
      const inText =
        e.target instanceof HTMLElement && e.target.closest('input, textarea, [contenteditable="true"]:not(.ag-cell)') !== null;
      if (inText && (command === 'undo' || command === 'redo')) return;
      const action = commandTable(ref.current)[command];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
}

/** What each command does in this window. */
function commandTable({
  commands: c,
  actions: a,
}: {
  commands: DocumentCommands;
  actions: AppActions;
}): Partial<Record<MenuCommand, () => void>> {
  return {
    new: c.newWorkbook,
    openSample: c.openSample,
    open: c.open,
    save: c.save,
    saveAs: c.saveAs,
    export: c.exportXlsx,
    exportHwpx: c.exportHwpx,
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
}
