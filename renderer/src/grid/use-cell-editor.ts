/**
 * The grids' cell editor: one text box of our own laid over the active cell, instead of AG Grid's
 * editors, because it must exist the instant a key is pressed. Typing over a cell moves focus to
 * it during that keydown, so the key's character (or a Korean IME composition that began on the
 * cell) lands in it whole — AG Grid's editors are created a render later and lose the first syllable.
 *
 * Two modes, as in Excel: "enter" (typing over a cell: arrows commit and move) and "edit" (F2,
 * double-click: arrows move the caret). Enter/Tab commit and move; Escape cancels; a value that
 * cannot be stored keeps the box open with the text selected.
 */
import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { CellPos } from '../../../core/sheet/range';
import { cellElement, dataColumns } from './grid-view';

/** Where focus goes after a commit. */
export type Move = 'down' | 'up' | 'right' | 'left' | null;

interface Editing {
  pos: CellPos;
  colId: string;
  mode: 'enter' | 'edit';
  original: string;
}

/** The editor's state and handlers. */
export interface CellEditor {
  inputRef: RefObject<HTMLInputElement | null>;
  /** The cell being edited and its column's header (for the box's label), or null. */
  editing: { pos: CellPos; colId: string; header: string } | null;
  isOpen: () => boolean;
  /** The cell being edited, if any. */
  position: () => CellPos | null;
  open: (pos: CellPos, text: string, mode: 'enter' | 'edit') => void;
  /** Closes without writing and puts focus back on the cell. */
  cancel: () => void;
  /** Lays the box over its cell again (after a scroll or a column resize). */
  place: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

interface Options<T> {
  hostRef: RefObject<HTMLDivElement | null>;
  apiRef: RefObject<GridApi<T> | null>;
  /** Writes a typed text into a cell; false when it cannot be stored (the reason is shown by the caller). */
  write: (pos: CellPos, text: string) => boolean;
  /** Moves the active cell after a commit (or back to it). */
  focusAfter: (pos: CellPos, move: Move) => void;
}

/** The editor of one grid. */
export function useCellEditor<T>({ hostRef, apiRef, write, focusAfter }: Options<T>): CellEditor {
  const inputRef = useRef<HTMLInputElement>(null);
  const stateRef = useRef<Editing | null>(null);
  const [editing, setEditing] = useState<CellEditor['editing']>(null);

  const place = useCallback(() => {
    const s = stateRef.current;
    const input = inputRef.current;
    const host = hostRef.current;
    if (!s || !input || !host) return;
    const cell = cellElement(host, s.pos, s.colId);
    if (!cell) return;
    const h = host.getBoundingClientRect();
    const r = cell.getBoundingClientRect();
    input.style.left = `${r.left - h.left}px`;
    input.style.top = `${r.top - h.top}px`;
    input.style.width = `${Math.max(r.width, 90)}px`;
    input.style.height = `${r.height}px`;
    input.style.textAlign =
      getComputedStyle(cell).textAlign === 'right' || cell.classList.contains('ag-right-aligned-cell') ? 'right' : 'left';
  }, [hostRef]);

  const close = useCallback(() => {
    stateRef.current = null;
    const input = inputRef.current;
    if (input) {
      input.classList.remove('open');
      input.removeAttribute('aria-invalid');
    }
    setEditing(null);
  }, []);

  const open = useCallback(
    (pos: CellPos, text: string, mode: 'enter' | 'edit') => {
      const api = apiRef.current;
      const input = inputRef.current;
      const column = api ? dataColumns(api)[pos.col] : undefined;
      const colId = column?.getColId();
      if (!api || !input || !colId) return;
      stateRef.current = { pos, colId, mode, original: text };
      input.value = text;
      input.classList.add('open');
      place();
      // Focus now, inside the keydown or compositionstart that opened it: that is what keeps the first character.
      input.focus();
      input.setSelectionRange(text.length, text.length);
      setEditing({ pos, colId, header: column?.getColDef().headerName ?? colId });
    },
    [apiRef, place],
  );

  const commit = useCallback(
    (move: Move): boolean => {
      const s = stateRef.current;
      const input = inputRef.current;
      if (!s || !input) return true;
      const text = input.value;
      if (!(s.mode === 'edit' && text === s.original) && !write(s.pos, text)) {
        input.setAttribute('aria-invalid', 'true');
        input.select();
        return false;
      }
      close();
      focusAfter(s.pos, move);
      return true;
    },
    [write, close, focusAfter],
  );

  const cancel = useCallback(() => {
    const s = stateRef.current;
    close();
    if (s) focusAfter(s.pos, null);
  }, [close, focusAfter]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLInputElement>) => {
      // Keys that finish an IME composition belong to the IME (Enter confirms a syllable, it does not commit the cell).
      if (e.nativeEvent.isComposing || e.keyCode === 229) return;
      const s = stateRef.current;
      if (!s) return;
      const arrows: Record<string, Move> = { ArrowDown: 'down', ArrowUp: 'up', ArrowRight: 'right', ArrowLeft: 'left' };
      let move: Move | undefined;
      if (e.key === 'Enter' && !e.altKey) move = e.shiftKey ? 'up' : 'down';
      else if (e.key === 'Tab') move = e.shiftKey ? 'left' : 'right';
      else if (s.mode === 'enter' && e.key in arrows && !e.shiftKey) move = arrows[e.key];
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        cancel();
        return;
      }
      if (e.key === 'F2') {
        e.preventDefault();
        s.mode = s.mode === 'enter' ? 'edit' : 'enter';
        return;
      }
      if (move === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      commit(move);
    },
    [cancel, commit],
  );

  // Clicking elsewhere commits what was typed; a value that cannot be stored is dropped (its reason is shown).
  const onBlur = useCallback(() => {
    const s = stateRef.current;
    const input = inputRef.current;
    if (!s || !input) return;
    const text = input.value;
    close();
    if (!(s.mode === 'edit' && text === s.original)) write(s.pos, text);
  }, [close, write]);

  return {
    inputRef,
    editing,
    isOpen: () => stateRef.current !== null,
    position: () => stateRef.current?.pos ?? null,
    open,
    cancel,
    place,
    onKeyDown,
    onBlur,
  };
}
