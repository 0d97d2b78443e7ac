/**
 * The keyboard, mouse and clipboard events of a grid, as a spreadsheet user expects them. Listeners
 * are native and on the grid's host in the capture phase, so keys the grid owns (Enter, Tab,
 * Shift+arrows, Delete, Ctrl+A/D/R, typing) never reach AG Grid, which would do something else
 * with them; arrows, Page Up/Down, Home/End stay AG Grid's.
 *
 * The active cell is made contenteditable while it has focus: a Korean IME only composes in an
 * editable element, and its compositionstart is where the editor takes over. Nothing is ever
 * inserted into the cell itself (beforeinput is cancelled there).
 */
import type { GridApi } from 'ag-grid-community';
import { useEffect, type RefObject } from 'react';
import type { TextBlock } from '../../../core/sheet/clipboard-text';
import { moveBy, single, wholeRange, type CellPos } from '../../../core/sheet/range';
import { blockFromClipboard, isMultiCell } from './grid-clipboard';
import { gridShape, plainText, positionOf } from './grid-view';
import { useLatest } from '../shell/use-latest';
import type { CellEditor, Move } from './use-cell-editor';
import type { CellRangeState } from './use-cell-range';

interface Actions {
  copy: (data?: DataTransfer | null) => void;
  clear: () => void;
  paste: (block: TextBlock) => void;
  fill: (direction: 'down' | 'right') => void;
}

interface Options<T> {
  hostRef: RefObject<HTMLDivElement | null>;
  apiRef: RefObject<GridApi<T> | null>;
  range: CellRangeState;
  editor: CellEditor;
  canEdit: (pos: CellPos) => boolean;
  writable: boolean;
  actions: Actions;
  focusAfter: (pos: CellPos, move: Move) => void;
  openMenu: (at: { x: number; y: number }) => void;
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** The position of the cell element an event happened in (null outside data cells). */
function cellPosOf<T>(api: GridApi<T>, target: EventTarget | null): CellPos | null {
  const cell = target instanceof Element ? target.closest('.ag-cell') : null;
  const row = cell?.closest('.ag-row')?.getAttribute('row-index');
  return cell && row ? positionOf(api, Number(row), cell.getAttribute('col-id')) : null;
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Focuses the first control after the grid's host (or the last one before it): leaving a grid from the keyboard. */
function focusBeside(host: HTMLElement, backwards: boolean): void {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !host.contains(el) && el.offsetParent !== null);
  const after = (el: HTMLElement) => (host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? all.filter((el) => !after(el)).at(-1) : all.find(after);
  target?.focus();
}

/** Wires a grid host's events. */
export function useSheetEvents<T>(options: Options<T>): void {
  const latest = useLatest(options);

  useEffect(() => {
    const host = latest.current.hostRef.current;
    if (!host) return;
    const o = () => latest.current;
    const api = () => o().apiRef.current;
    const isEditor = (t: EventTarget | null) => t !== null && t === o().editor.inputRef.current;
    const focusedPos = (): CellPos | null => {
      const a = api();
      const f = a?.getFocusedCell();
      return a ? positionOf(a, f?.rowIndex, f?.column) : null;
    };
    // Whether a clipboard event is for this grid: its active cell has focus (copy events go to <body> when nothing is selected).
    const ownsFocus = () => {
      const active = document.activeElement;
      return active instanceof HTMLElement && host.contains(active) && active.closest('.ag-cell') !== null;
    };
    let dragging = false;
    let editableCell: HTMLElement | null = null;

    const onKeyDown = (e: KeyboardEvent) => {
      const a = api();
      if (!a || isEditor(e.target) || !(e.target instanceof HTMLElement) || !e.target.closest('.ag-cell')) return;
      const pos = focusedPos();
      if (!pos) return;
      const { range, editor, canEdit, writable, actions, focusAfter } = o();
      const ctrl = e.ctrlKey || e.metaKey;
      const stop = () => {
        e.preventDefault();
        e.stopPropagation();
      };
      const shape = gridShape(a);
      const arrow = ARROWS[e.key];
      if (arrow && e.shiftKey && !ctrl && !e.altKey) {
        stop();
        const end = moveBy(range.current()?.end ?? pos, arrow[0], arrow[1], shape);
        range.extendTo(end);
        a.ensureIndexVisible(end.row);
        return;
      }
      // Ctrl+Tab and F6 leave the grid for the next control (Shift: the one before); Tab stays in it, as in Excel.
      if ((e.key === 'Tab' && ctrl) || e.key === 'F6') {
        stop();
        return focusBeside(host, e.shiftKey);
      }
      if (ctrl && !e.altKey) {
        const key = e.key.toLowerCase();
        if (key === 'a') {
          stop();
          range.set(wholeRange(shape.rows, shape.cols));
        } else if ((key === 'd' || key === 'r') && writable) {
          stop();
          actions.fill(key === 'd' ? 'down' : 'right');
        }
        // Ctrl+C/X/V come as copy/cut/paste events; Ctrl+Z, Ctrl+S… are the app's.
        return;
      }
      if (e.altKey) return;
      switch (e.key) {
        case 'Enter':
          stop();
          return focusAfter(pos, e.shiftKey ? 'up' : 'down');
        case 'Tab':
          // One cell right (Shift: left), wrapping at the row's end: what is typed next goes into that cell.
          stop();
          return focusAfter(pos, e.shiftKey ? 'left' : 'right');
        case 'F2':
          stop();
          if (canEdit(pos)) editor.open(pos, plainText(a, pos), 'edit');
          return;
        case 'Delete':
        case 'Backspace':
          stop();
          if (writable) actions.clear();
          return;
        case 'Escape':
          if (
            range.current() &&
            (range.current()!.anchor.row !== range.current()!.end.row || range.current()!.anchor.col !== range.current()!.end.col)
          ) {
            stop();
            range.set(single(pos));
          }
          return;
        case 'ContextMenu':
        case 'F10':
          if (e.key === 'F10' && !e.shiftKey) return;
          stop();
          return openMenuAt(e.target);
      }
      const printable = e.key.length === 1 || e.key === 'Process' || e.keyCode === 229;
      if (!printable) return;
      if (!canEdit(pos)) {
        if (e.key.length === 1) stop();
        return;
      }
      // The key's character goes on into the editor, which has focus by the time the browser inserts it.
      e.stopPropagation();
      editor.open(pos, '', 'enter');
    };

    const openMenuAt = (target: EventTarget | null) => {
      const cell = target instanceof Element ? target.closest('.ag-cell') : null;
      const r = cell?.getBoundingClientRect();
      if (r) o().openMenu({ x: r.left + 8, y: r.bottom - 4 });
    };

    // A Korean (or any) IME composition that starts on the active cell continues in the editor.
    const onCompositionStart = (e: CompositionEvent) => {
      const { editor, canEdit } = o();
      if (isEditor(e.target) || editor.isOpen()) return;
      const pos = focusedPos();
      if (pos && canEdit(pos)) editor.open(pos, '', 'enter');
    };
    // Nothing is ever inserted into a cell itself. Text that arrives without a key press (dictation, an on-screen
    // keyboard, an input tool) starts the editor with that text instead.
    const onBeforeInput = (e: InputEvent) => {
      if (isEditor(e.target) || !(e.target instanceof Element) || !e.target.closest('.ag-cell')) return;
      e.preventDefault();
      const { editor, canEdit } = o();
      const pos = focusedPos();
      if (e.inputType === 'insertText' && e.data && pos && canEdit(pos) && !editor.isOpen()) editor.open(pos, e.data, 'enter');
    };

    const onFocusIn = (e: FocusEvent) => {
      const cell = e.target instanceof HTMLElement && e.target.classList.contains('ag-cell') ? e.target : null;
      if (editableCell && editableCell !== cell) editableCell.removeAttribute('contenteditable');
      editableCell = null;
      if (!cell || !o().writable) return;
      const pos = focusedPos();
      if (!pos || !o().canEdit(pos)) return;
      cell.setAttribute('contenteditable', 'true');
      cell.spellcheck = false;
      editableCell = cell;
    };
    const onFocusOut = (e: FocusEvent) => {
      if (editableCell && e.target === editableCell) {
        editableCell.removeAttribute('contenteditable');
        editableCell = null;
      }
    };

    const onMouseDown = (e: MouseEvent) => {
      const a = api();
      const pos = a ? cellPosOf(a, e.target) : null;
      if (!pos) return;
      const { range } = o();
      if (e.button === 2) {
        const r = range.current();
        const inside = r && pos.row >= Math.min(r.anchor.row, r.end.row) && pos.row <= Math.max(r.anchor.row, r.end.row);
        const insideCol = r && pos.col >= Math.min(r.anchor.col, r.end.col) && pos.col <= Math.max(r.anchor.col, r.end.col);
        if (inside && insideCol) range.keepOnFocusAt(pos);
        else range.set(single(pos));
        return;
      }
      if (e.button !== 0) return;
      if (e.shiftKey && range.current()) {
        range.keepOnFocusAt(pos);
        range.extendTo(pos);
      } else {
        range.keepOnFocusAt(null);
        range.set(single(pos));
      }
      dragging = true;
    };
    const onMouseOver = (e: MouseEvent) => {
      if (!dragging || (e.buttons & 1) === 0) return;
      const a = api();
      const pos = a ? cellPosOf(a, e.target) : null;
      const end = o().range.current()?.end;
      if (pos && (!end || end.row !== pos.row || end.col !== pos.col)) o().range.extendTo(pos);
    };
    const onMouseUp = () => {
      dragging = false;
    };
    const onDoubleClick = (e: MouseEvent) => {
      const a = api();
      const pos = a ? cellPosOf(a, e.target) : null;
      if (a && pos && o().canEdit(pos)) o().editor.open(pos, plainText(a, pos), 'edit');
    };
    const onContextMenu = (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest('.ag-cell') || isEditor(e.target)) return;
      e.preventDefault();
      o().openMenu({ x: e.clientX, y: e.clientY });
    };

    // Copy and cut need the browser to think there is something to copy: saying so in "before" events enables them.
    const enable = (e: Event) => {
      if (ownsFocus()) e.preventDefault();
    };
    const onCopy = (e: ClipboardEvent) => {
      if (!ownsFocus() || !e.clipboardData) return;
      e.preventDefault();
      o().actions.copy(e.clipboardData);
    };
    const onCut = (e: ClipboardEvent) => {
      if (!ownsFocus() || !e.clipboardData) return;
      e.preventDefault();
      o().actions.copy(e.clipboardData);
      if (o().writable) o().actions.clear();
    };
    const onPaste = (e: ClipboardEvent) => {
      const data = e.clipboardData;
      if (!data || !o().writable) return;
      const text = data.getData('text/plain');
      const html = data.getData('text/html');
      const { editor } = o();
      if (isEditor(e.target)) {
        // A block pasted into an open editor is a block, not one cell's text with tabs in it.
        const at = editor.position();
        const block = at && (isMultiCell(text) || html.includes('<table')) ? blockFromClipboard(html, text) : null;
        if (!at || !block || block.length + (block[0]?.length ?? 0) <= 2) return;
        e.preventDefault();
        editor.cancel();
        o().range.set(single(at));
        o().actions.paste(block);
        return;
      }
      if (!ownsFocus()) return;
      e.preventDefault();
      o().actions.paste(blockFromClipboard(html, text));
    };

    // One signal removes every listener when the grid goes away.
    const stop = new AbortController();
    const signal = stop.signal;
    const capture = { capture: true, signal };
    host.addEventListener('keydown', onKeyDown, capture);
    host.addEventListener('compositionstart', onCompositionStart, capture);
    host.addEventListener('beforeinput', onBeforeInput, capture);
    host.addEventListener('focusin', onFocusIn, { signal });
    host.addEventListener('focusout', onFocusOut, { signal });
    host.addEventListener('mousedown', onMouseDown, capture);
    host.addEventListener('mouseover', onMouseOver, { signal });
    host.addEventListener('dblclick', onDoubleClick, { signal });
    host.addEventListener('contextmenu', onContextMenu, { signal });
    window.addEventListener('mouseup', onMouseUp, { signal });
    document.addEventListener('beforecopy', enable, { signal });
    document.addEventListener('beforecut', enable, { signal });
    document.addEventListener('copy', onCopy, { signal });
    document.addEventListener('cut', onCut, { signal });
    document.addEventListener('paste', onPaste, { signal });
    return () => stop.abort();
  }, [latest]);
}
