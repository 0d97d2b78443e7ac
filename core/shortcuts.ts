/**
 * Every keyboard shortcut of the app, once: the native menu shows them (as accelerators), the renderer
 * handles them, the toolbar's tooltips and the help sheet (F1) print them, all from this table.
 */
import type { MenuCommand } from './ipc-contract';

/** A key with its modifiers (Ctrl is Cmd on macOS). */
export interface KeyChord {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
}

/** Commands that have a shortcut, with their chords (the first is the one menus and tooltips show). */
export const SHORTCUTS = {
  new: [{ key: 'N', ctrl: true }],
  open: [{ key: 'O', ctrl: true }],
  save: [{ key: 'S', ctrl: true }],
  saveAs: [{ key: 'S', ctrl: true, shift: true }],
  import: [{ key: 'I', ctrl: true }],
  export: [{ key: 'E', ctrl: true }],
  exportHwpx: [{ key: 'E', ctrl: true, shift: true }],
  print: [{ key: 'P', ctrl: true }],
  printPdf: [{ key: 'P', ctrl: true, shift: true }],
  undo: [{ key: 'Z', ctrl: true }],
  redo: [
    { key: 'Z', ctrl: true, shift: true },
    { key: 'Y', ctrl: true },
  ],
  help: [{ key: 'F1' }],
} as const satisfies Partial<Record<MenuCommand, readonly KeyChord[]>>;

/** A command that has a shortcut. */
export type ShortcutCommand = keyof typeof SHORTCUTS;

/** What a grid cell's menu can do. */
export type CellAction = 'cut' | 'copy' | 'paste' | 'clear' | 'fillDown' | 'fillRight';

/** The keys of a cell's menu actions, shown beside them (the grids handle them: renderer/src/grid/). */
export const CELL_SHORTCUTS: Record<CellAction, string> = {
  cut: 'Ctrl+X',
  copy: 'Ctrl+C',
  paste: 'Ctrl+V',
  clear: 'Delete',
  fillDown: 'Ctrl+D',
  fillRight: 'Ctrl+R',
};

/** Keys that work inside the grids, for the help sheet (the grids handle them: renderer/src/grid/). */
export const GRID_KEYS: readonly { keys: string; what: string }[] = [
  { keys: 'F2', what: 'edit' },
  { keys: 'Enter / Shift+Enter', what: 'enter' },
  { keys: 'Tab / Shift+Tab', what: 'tab' },
  { keys: 'Ctrl+Tab / F6', what: 'leaveGrid' },
  { keys: 'Esc', what: 'escape' },
  { keys: CELL_SHORTCUTS.clear, what: 'delete' },
  { keys: 'Shift+↑↓←→', what: 'range' },
  { keys: 'Ctrl+A', what: 'selectAll' },
  { keys: `${CELL_SHORTCUTS.copy} / ${CELL_SHORTCUTS.cut} / ${CELL_SHORTCUTS.paste}`, what: 'copy' },
  { keys: `${CELL_SHORTCUTS.fillDown} / ${CELL_SHORTCUTS.fillRight}`, what: 'fill' },
];

const chordText = (c: KeyChord, ctrl: string): string => [c.ctrl ? ctrl : null, c.shift ? 'Shift' : null, c.key].filter(Boolean).join('+');

/** A command's shortcuts as people read them: "Ctrl+Shift+Z / Ctrl+Y". */
export const shortcutText = (command: ShortcutCommand): string => SHORTCUTS[command].map((c: KeyChord) => chordText(c, 'Ctrl')).join(' / ');

/** A command's first shortcut as an Electron accelerator ("CmdOrCtrl+Shift+S"). */
export const accelerator = (command: ShortcutCommand): string => chordText(SHORTCUTS[command][0], 'CmdOrCtrl');

/** The command a key press stands for, if any (`key` as KeyboardEvent.key; Ctrl or Cmd alike). */
export function commandForKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): ShortcutCommand | null {
  if (e.altKey) return null;
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  for (const [command, chords] of Object.entries(SHORTCUTS) as [ShortcutCommand, readonly KeyChord[]][])
    if (chords.some((c) => c.key === key && !!c.ctrl === ctrl && !!c.shift === e.shiftKey)) return command;
  return null;
}
