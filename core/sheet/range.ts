/**
 * Rectangular cell ranges as a spreadsheet has them: an anchor (the active cell) and an end the
 * user extends with Shift+arrows, Shift+click or a drag; positions are indices into the rows and
 * columns as the grid shows them (after sorting and filtering). Also where a paste or a fill
 * writes, and the numbers a status bar shows.
 */
import type { TextBlock } from './clipboard-text';

/** A cell by its shown row and column index. */
export interface CellPos {
  row: number;
  col: number;
}

/** A selection: the active cell and the opposite corner. */
export interface CellRange {
  anchor: CellPos;
  end: CellPos;
}

/** A range's rectangle, inclusive on all sides. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A text to write into one cell (a row or column index past the last may grow the grid). */
export interface CellWrite {
  row: number;
  col: number;
  text: string;
}

/** The rectangle a range covers. */
export function rectOf(range: CellRange): Rect {
  const { anchor: a, end: e } = range;
  return { top: Math.min(a.row, e.row), bottom: Math.max(a.row, e.row), left: Math.min(a.col, e.col), right: Math.max(a.col, e.col) };
}

/** Rows and columns of a rectangle. */
export const rectSize = (r: Rect) => ({ rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });

/** Whether a cell lies in a rectangle. */
export const inRect = (r: Rect, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** Every position of a rectangle, row by row. */
export function cellsOf(r: Rect): CellPos[] {
  const out: CellPos[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/** A range of one cell. */
export const single = (pos: CellPos): CellRange => ({ anchor: pos, end: pos });

/** Every shown cell (Ctrl+A); null for an empty grid. */
export function wholeRange(rows: number, cols: number): CellRange | null {
  return rows > 0 && cols > 0 ? { anchor: { row: 0, col: 0 }, end: { row: rows - 1, col: cols - 1 } } : null;
}

/** A position moved by a step, kept inside the grid. */
export function moveBy(pos: CellPos, dRow: number, dCol: number, size: { rows: number; cols: number }): CellPos {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  return { row: clamp(pos.row + dRow, size.rows), col: clamp(pos.col + dCol, size.cols) };
}

/**
 * The cell Tab (or Shift+Tab) goes to: the next column, wrapping to the first column of the next
 * row at a row's end, as Excel does. Null past the last (or before the first) cell, where focus
 * leaves the grid.
 */
export function tabFrom(pos: CellPos, back: boolean, size: { rows: number; cols: number }): CellPos | null {
  const index = pos.row * size.cols + pos.col + (back ? -1 : 1);
  if (index < 0 || index >= size.rows * size.cols) return null;
  return { row: Math.floor(index / size.cols), col: index % size.cols };
}

/**
 * Where a copied block lands. A single value over a range fills it; a block whose size divides
 * the range's is repeated across it (as Excel does); otherwise the block is written from the
 * range's top-left cell, as large as it is.
 */
export function pasteWrites(target: Rect, block: TextBlock): CellWrite[] {
  const h = block.length;
  const w = Math.max(0, ...block.map((r) => r.length));
  if (h === 0 || w === 0) return [];
  const { rows, cols } = rectSize(target);
  const tiles = (rows > h || cols > w) && rows % h === 0 && cols % w === 0;
  const out: CellWrite[] = [];
  const height = tiles ? rows : h;
  const width = tiles ? cols : w;
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) out.push({ row: target.top + r, col: target.left + c, text: block[r % h]![c % w] ?? '' });
  return out;
}

/**
 * What Ctrl+D (down) or Ctrl+R (right) writes: the first row (column) of the range copied into the
 * rest of it; a range one row (column) deep copies the cell above (to the left) into it.
 */
export function fillWrites(r: Rect, direction: 'down' | 'right', textAt: (pos: CellPos) => string): CellWrite[] {
  const out: CellWrite[] = [];
  if (direction === 'down') {
    const from = r.top === r.bottom ? r.top - 1 : r.top;
    if (from < 0) return [];
    for (let col = r.left; col <= r.right; col++) {
      const text = textAt({ row: from, col });
      for (let row = from + 1; row <= r.bottom; row++) out.push({ row, col, text });
    }
  } else {
    const from = r.left === r.right ? r.left - 1 : r.left;
    if (from < 0) return [];
    for (let row = r.top; row <= r.bottom; row++) {
      const text = textAt({ row, col: from });
      for (let col = from + 1; col <= r.right; col++) out.push({ row, col, text });
    }
  }
  return out;
}

/** What a status bar shows for a range: non-empty cells, and the count, sum and average of its numbers. */
export interface RangeStats {
  count: number;
  numbers: number;
  sum: number;
  average: number | null;
}

/** Status-bar figures for the values of a range. */
export function rangeStats(values: Iterable<unknown>): RangeStats {
  let count = 0;
  let numbers = 0;
  let sum = 0;
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue;
    count++;
    if (typeof v === 'number' && Number.isFinite(v)) {
      numbers++;
      sum += v;
    }
  }
  return { count, numbers, sum, average: numbers > 0 ? sum / numbers : null };
}
