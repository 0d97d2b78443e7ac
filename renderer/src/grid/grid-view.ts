/**
 * A grid as the user sees it, read from AG Grid: the rows after sorting and filtering, the data
 * columns in their shown order (not the row-selection checkboxes), and the cell elements, so
 * ranges, the editor and the clipboard all address cells the same way.
 */
import type { Column, ColDef, EditableCallbackParams, GridApi, IRowNode } from 'ag-grid-community';
import type { CellPos } from '../../../core/sheet/range';

/** AG Grid's column of row-selection checkboxes: never part of a range. */
const SELECTION_COLUMN = 'ag-Grid-SelectionColumn';

/** The data columns in shown order. */
export function dataColumns<T>(api: GridApi<T>): Column[] {
  return (api.getAllDisplayedColumns() ?? []).filter((c) => c.getColId() !== SELECTION_COLUMN);
}

/** Rows and columns as shown. */
export interface GridShape {
  rows: number;
  cols: number;
}

/** How many rows and data columns are shown. */
export function gridShape<T>(api: GridApi<T>): GridShape {
  return { rows: api.getDisplayedRowCount(), cols: dataColumns(api).length };
}

/** The row data in shown order and the data column ids in shown order (what planners index into). */
export function shownView<T>(api: GridApi<T>): { rows: T[]; colIds: string[] } {
  const rows: T[] = [];
  const n = api.getDisplayedRowCount();
  for (let i = 0; i < n; i++) {
    const data = api.getDisplayedRowAtIndex(i)?.data;
    if (data !== undefined) rows.push(data);
  }
  return { rows, colIds: dataColumns(api).map((c) => c.getColId()) };
}

/** The position of a shown cell, or null for a column that is not a data column. */
export function positionOf<T>(
  api: GridApi<T>,
  rowIndex: number | null | undefined,
  column: Column | string | null | undefined,
): CellPos | null {
  if (rowIndex === null || rowIndex === undefined || rowIndex < 0 || !column) return null;
  const id = typeof column === 'string' ? column : column.getColId();
  const col = dataColumns(api).findIndex((c) => c.getColId() === id);
  return col < 0 ? null : { row: rowIndex, col };
}

/** The row node and column at a position. */
export function cellAt<T>(api: GridApi<T>, pos: CellPos): { node: IRowNode<T>; column: Column } | null {
  const node = api.getDisplayedRowAtIndex(pos.row);
  const column = dataColumns(api)[pos.col];
  return node && column ? { node, column } : null;
}

/** A cell's value as stored (numbers as numbers), for copying, editing and the status line. */
export function rawValue<T>(api: GridApi<T>, pos: CellPos): unknown {
  const at = cellAt(api, pos);
  return at ? api.getCellValue({ rowNode: at.node, colKey: at.column }) : null;
}

/** A value as text; values that are neither text nor numbers (none in the app's grids) copy as empty. */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '');

/** A cell's value as plain text: numbers with plain digits (what Excel reads back), text as it is. */
export function plainText<T>(api: GridApi<T>, pos: CellPos): string {
  const v = rawValue(api, pos);
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1e10) / 1e10) : '';
  return textOf(v);
}

/** A cell as it is shown (formatted), for the HTML flavour of a copy. */
export function shownText<T>(api: GridApi<T>, pos: CellPos): string {
  const at = cellAt(api, pos);
  if (!at) return '';
  const v: unknown = api.getCellValue({ rowNode: at.node, colKey: at.column, useFormatter: true });
  return typeof v === 'number' ? String(v) : textOf(v);
}

/** Whether a column definition lets a row be edited (the app's rule; AG Grid itself never edits). */
export function isEditable<T>(api: GridApi<T>, pos: CellPos, editable: Map<string, ColDef<T>['editable']>): boolean {
  const at = cellAt(api, pos);
  if (!at) return false;
  const rule = editable.get(at.column.getColId());
  if (typeof rule !== 'function') return rule === true;
  const params = { node: at.node, data: at.node.data, column: at.column, colDef: at.column.getColDef(), api, context: undefined };
  return rule(params as EditableCallbackParams<T>);
}

/** The element of a shown cell (rendered rows only). */
export function cellElement(host: HTMLElement, pos: CellPos, colId: string): HTMLElement | null {
  return host.querySelector<HTMLElement>(`.ag-row[row-index="${pos.row}"] .ag-cell[col-id="${CSS.escape(colId)}"]`);
}
