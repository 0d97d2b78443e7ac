/**
 * The selected range of a grid: set by clicks, Shift+click, drags, Shift+arrows and Ctrl+A,
 * highlighted through a cell class, and summed up for the status line.
 */
import type { CellClassParams, CellFocusedEvent, Column, GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState, type RefObject } from 'react';
import { inRect, rangeStats, rectOf, rectSize, cellsOf, type CellPos, type CellRange, type RangeStats } from '../../../core/sheet/range';
import { dataColumns, positionOf, rawValue } from './grid-view';

/** What the status line shows: the range's size and figures (null for a single cell). */
export type RangeSummary = (RangeStats & { cells: number }) | null;

/** The range API a grid host uses. */
export interface CellRangeState {
  current: () => CellRange | null;
  set: (range: CellRange | null) => void;
  /** Moves the range's far corner, keeping the anchor (Shift+arrows, Shift+click, drag). */
  extendTo: (end: CellPos) => void;
  /** The cell class rule that paints the range. */
  inRange: (p: CellClassParams) => boolean;
  /** The active cell moved (arrows, a click, a commit): the range becomes that cell, unless a Shift+click is extending it. */
  onFocused: (e: CellFocusedEvent) => void;
  /** Focus arriving at this cell keeps the range (a Shift+click or right-click focuses a cell inside it); null forgets. */
  keepOnFocusAt: (pos: CellPos | null) => void;
  summary: RangeSummary;
}

/** Keeps one grid's range. */
export function useCellRange<T>(apiRef: RefObject<GridApi<T> | null>): CellRangeState {
  const rangeRef = useRef<CellRange | null>(null);
  const [summary, setSummary] = useState<RangeSummary>(null);

  const set = useCallback(
    (next: CellRange | null) => {
      const api = apiRef.current;
      const prev = rangeRef.current;
      rangeRef.current = next;
      if (!api) return;
      // Repaint only the columns the old and new range touch; a single cell is not painted (its focus ring shows it).
      const cols = dataColumns(api);
      const touched = new Set<string>();
      for (const r of [prev, next]) {
        if (!r || (r.anchor.row === r.end.row && r.anchor.col === r.end.col)) continue;
        const rect = rectOf(r);
        for (let c = rect.left; c <= rect.right; c++) {
          const id = cols[c]?.getColId();
          if (id) touched.add(id);
        }
      }
      if (touched.size > 0) api.refreshCells({ columns: [...touched], force: true, suppressFlash: true });
      setSummary(summarize(api, next));
    },
    [apiRef],
  );

  const extendTo = useCallback(
    (end: CellPos) => {
      const r = rangeRef.current;
      set(r ? { anchor: r.anchor, end } : { anchor: end, end });
    },
    [set],
  );

  const inRange = useCallback(
    (p: CellClassParams) => {
      const r = rangeRef.current;
      const api = apiRef.current;
      if (!r || !api || (r.anchor.row === r.end.row && r.anchor.col === r.end.col)) return false;
      const pos = positionOf(api, p.node.rowIndex, p.column);
      return pos !== null && inRect(rectOf(r), pos.row, pos.col);
    },
    [apiRef],
  );

  // A Shift+click focuses the clicked cell (the range's far corner); focus events there keep the range.
  const keepAt = useRef<CellPos | null>(null);
  const onFocused = useCallback(
    (e: CellFocusedEvent) => {
      const api = apiRef.current;
      const pos = api ? positionOf(api, e.rowIndex, e.column as Column | null) : null;
      if (!pos) return;
      const kept = keepAt.current;
      if (kept && kept.row === pos.row && kept.col === pos.col) return;
      keepAt.current = null;
      // Focus on the range's own active cell changes nothing (AG Grid reports focus a moment after the click that set it).
      const r = rangeRef.current;
      if (r && r.anchor.row === pos.row && r.anchor.col === pos.col) return;
      set({ anchor: pos, end: pos });
    },
    [apiRef, set],
  );
  const keepOnFocusAt = useCallback((pos: CellPos | null) => {
    keepAt.current = pos;
  }, []);

  return { current: () => rangeRef.current, set, extendTo, inRange, onFocused, keepOnFocusAt, summary };
}

// Past this many cells the status line counts but does not read every value (Ctrl+A on an agency-size list).
const SUMMARY_CELLS = 200_000;

function summarize<T>(api: GridApi<T>, range: CellRange | null): RangeSummary {
  if (!range) return null;
  const rect = rectOf(range);
  const { rows, cols } = rectSize(rect);
  const cells = rows * cols;
  if (cells < 2) return null;
  if (cells > SUMMARY_CELLS) return { cells, count: cells, numbers: 0, sum: 0, average: null };
  return { cells, ...rangeStats(cellsOf(rect).map((pos) => rawValue(api, pos))) };
}
