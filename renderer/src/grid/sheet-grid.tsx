/**
 * Every grid of the app: AG Grid Community for drawing, scrolling, sorting and filtering, with the
 * spreadsheet behaviour it lacks written here — ranges, an editor that keeps the first typed
 * character (IME included), Excel's keys, copy/cut/paste as TSV and HTML, fill, clear — and
 * every change planned in core (the same rules for typing, pasting and importing) and applied as
 * one undoable edit. The grid is rebuilt when the language changes (AG Grid reads its locale once).
 */
import { unitLabel } from '../../../core/units';
import type {
  BodyScrollEvent,
  CellFocusedEvent,
  ColDef,
  ColGroupDef,
  ColumnResizedEvent,
  GridApi,
  GridPreDestroyedEvent,
  GridReadyEvent,
} from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import type { TextBlock } from '../../../core/sheet/clipboard-text';
import { fillWrites, pasteWrites, rectOf, single, tabFrom, type CellPos, type CellWrite, type Rect } from '../../../core/sheet/range';
import { planEdit, type SheetPlan } from '../../../core/sheet/sheet-plan';
import type { Lang } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { gridLocale, gridTheme } from './grid-setup';
import { useLatest } from '../shell/use-latest';
import { CellMenu, type CellAction } from './cell-menu';
import { readFromClipboard, writeToClipboard, writeToEvent, type CopiedRange } from './grid-clipboard';
import { cellElement, dataColumns, gridShape, isEditable, plainText, positionOf, rawValue, shownText, shownView } from './grid-view';
import { PasteReview } from './paste-review';
import { problemNotice } from './sheet-text';
import { useCellEditor, type Move } from './use-cell-editor';
import { useCellRange } from './use-cell-range';
import { useSheetEvents } from './use-sheet-events';
import { useGridRows } from './stable-rows';

/** What kind of write a plan is for (a paste grows the grid and is reviewed; the others apply at once). */
export type WriteKind = 'type' | 'paste' | 'fill' | 'clear';

/** The grid as shown, for planners: row data in shown order and data column ids in shown order. */
export interface ShownGrid<T> {
  rows: T[];
  colIds: string[];
}

/** What a component can ask of its grid beyond AG Grid's API. */
export interface SheetHandle {
  /** Focuses a cell and opens the editor on it (a new center's name). */
  editCell: (rowIndex: number, colId: string) => void;
}

// Props AG Grid compares by identity on every render: a new object or function re-runs its option handlers.
const CONTAINER_STYLE = { flex: 1, minHeight: 0 };
/** One Tab stop per grid: inside it Tab moves a cell right, as in Excel (use-sheet-events.ts); Ctrl+Tab and F6 leave it. */
const noTabStop = () => false;

interface Props<T> extends AgGridReactProps<T> {
  lang: Lang;
  testId: string;
  label: string;
  onApi?: (api: GridApi<T> | null, sheet: SheetHandle | null) => void;
  /** Turns texts written into cells into edits; without it the grid is read-only (ranges and copy still work). */
  planWrites?: (writes: CellWrite[], shown: ShownGrid<T>, how: WriteKind) => SheetPlan;
  onEdit?: (edit: WorkbookEdit) => void;
  onError?: (message: string) => void;
  /** The unit of the grid's numbers, when it has one: a copy carries it as "(단위: 억원)" above the table. */
  copyUnit?: string;
}

/** A grid host with the app's defaults and spreadsheet behaviour. */
export function SheetGrid<T>({ lang, testId, label, onApi, planWrites, onEdit, onError, copyUnit, columnDefs, ...grid }: Props<T>) {
  const { t } = useTranslation();
  const { getRowId } = grid;
  const idOf = useMemo(() => (getRowId ? (data: T) => getRowId({ data } as Parameters<typeof getRowId>[0]) : undefined), [getRowId]);
  const hostRef = useRef<HTMLDivElement>(null);
  const apiRef = useRef<GridApi<T> | null>(null);
  const rowData = useGridRows(grid.rowData, idOf, apiRef);
  const range = useCellRange(apiRef);
  const [review, setReview] = useState<{ plan: SheetPlan; rect: Rect } | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const writable = planWrites !== undefined && onEdit !== undefined;
  const latest = useLatest({ planWrites, onEdit, onError, lang, t });

  // AG Grid never edits: the columns' `editable` rules are kept for our editor, and every column paints the range.
  const { columns, editable } = useMemo(() => {
    const rules = new Map<string, ColDef<T>['editable']>();
    const inRange = range.inRange;
    const wrap = (defs: (ColDef<T> | ColGroupDef<T>)[]): (ColDef<T> | ColGroupDef<T>)[] =>
      defs.map((c) => {
        if ('children' in c) return { ...c, children: wrap(c.children) };
        const id = c.colId ?? (c.field as string | undefined);
        if (id) rules.set(id, c.editable);
        return { ...c, editable: false, cellClassRules: { ...c.cellClassRules, 'cell-in-range': inRange } };
      });
    return { columns: wrap(columnDefs ?? []), editable: rules };
  }, [columnDefs, range.inRange]);

  // Every cell edits as text: the app reads numbers itself (2,700억, △120…), which AG Grid's number editor would refuse.
  // Kept as one object while the caller's is the same: a new defaultColDef makes AG Grid rebuild every column.
  const callerDefaults = grid.defaultColDef;
  // A header longer than its column wraps onto a second line rather than being cut off (English names are long).
  const defaultColDef = useMemo<ColDef<T>>(
    () => ({ cellDataType: false, wrapHeaderText: true, autoHeaderHeight: true, ...callerDefaults }),
    [callerDefaults],
  );

  const canEdit = useCallback(
    (pos: CellPos) => writable && apiRef.current !== null && isEditable(apiRef.current, pos, editable),
    [writable, editable],
  );

  /** Plans and applies writes; false when a typed value cannot be stored (its reason is shown). */
  const applyWrites = useCallback(
    (writes: CellWrite[], how: WriteKind, rect?: Rect): boolean => {
      const { planWrites: plan, onEdit: edit, onError: error, lang: l, t: tr } = latest.current;
      const api = apiRef.current;
      if (!api || !plan || !edit || writes.length === 0) return true;
      const planned = plan(writes, shownView(api), how);
      if (how === 'paste' && (planned.problems.length > 0 || planned.changes.length > 1)) {
        setReview({ plan: planned, rect: rect ?? rectOf(single({ row: writes[0]!.row, col: writes[0]!.col })) });
        return true;
      }
      const first = planned.problems[0];
      if (first) {
        const more = planned.problems.length > 1 ? ` (+${planned.problems.length - 1})` : '';
        error?.(problemNotice(tr, l, first) + more);
        if (how === 'type') return false;
      }
      const one = planEdit(planned);
      // A typed value is drawn (grids, chart) before focus moves on: moving focus forces a layout, which
      // would otherwise be paid twice, once for the old page and once for the edited one.
      if (one && how === 'type') flushSync(() => edit(one));
      else if (one) edit(one);
      return true;
    },
    [latest],
  );

  const focusCell = useCallback((pos: CellPos) => {
    const api = apiRef.current;
    const column = api ? dataColumns(api)[pos.col] : undefined;
    if (!api || !column) return;
    api.ensureIndexVisible(pos.row);
    api.ensureColumnVisible(column);
    api.setFocusedCell(pos.row, column);
  }, []);

  const focusAfter = useCallback(
    (pos: CellPos, move: Move) => {
      const api = apiRef.current;
      if (!api) return;
      const shape = gridShape(api);
      const clampRow = (r: number) => Math.max(0, Math.min(shape.rows - 1, r));
      const next =
        move === 'down'
          ? { row: clampRow(pos.row + 1), col: pos.col }
          : move === 'up'
            ? { row: clampRow(pos.row - 1), col: pos.col }
            : move === 'right' || move === 'left'
              ? (tabFrom(pos, move === 'left', shape) ?? pos)
              : pos;
      focusCell(next);
    },
    [focusCell],
  );

  const editor = useCellEditor({
    hostRef,
    apiRef,
    write: (pos, text) => applyWrites([{ row: pos.row, col: pos.col, text }], 'type'),
    focusAfter,
  });

  /** The selected rectangle: the range, else the active cell. */
  const selection = useCallback((): Rect | null => {
    const r = range.current();
    if (r) return rectOf(r);
    const api = apiRef.current;
    const f = api?.getFocusedCell();
    const pos = api ? positionOf(api, f?.rowIndex, f?.column) : null;
    return pos ? rectOf(single(pos)) : null;
  }, [range]);

  const copied = useCallback((): CopiedRange | null => {
    const api = apiRef.current;
    const rect = selection();
    if (!api || !rect) return null;
    const plain: string[][] = [];
    const shown: CopiedRange['shown'] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const p: string[] = [];
      const s: CopiedRange['shown'][number] = [];
      for (let col = rect.left; col <= rect.right; col++) {
        p.push(plainText(api, { row, col }));
        const raw = rawValue(api, { row, col });
        s.push({ text: shownText(api, { row, col }), numeric: typeof raw === 'number', ...(typeof raw === 'number' && { value: raw }) });
      }
      plain.push(p);
      shown.push(s);
    }
    const unitLine = copyUnit ? t('report.unitLine', { units: unitLabel(copyUnit, lang) }) : undefined;
    return { plain, shown, html: { ...(unitLine && { unitLine }), koreanNegatives: lang === 'ko' } };
  }, [selection, copyUnit, lang, t]);

  const editableWrites = useCallback((writes: CellWrite[]) => writes.filter((w) => canEdit({ row: w.row, col: w.col })), [canEdit]);

  const actions = useMemo(
    () => ({
      copy: (data?: DataTransfer | null) => {
        const c = copied();
        if (!c) return;
        if (data) writeToEvent(data, c);
        else void writeToClipboard(c).catch(() => latest.current.onError?.(latest.current.t('sheet.clipboardDenied')));
      },
      clear: () => {
        const rect = selection();
        if (!rect) return;
        const writes: CellWrite[] = [];
        for (let row = rect.top; row <= rect.bottom; row++)
          for (let col = rect.left; col <= rect.right; col++) writes.push({ row, col, text: '' });
        applyWrites(editableWrites(writes), 'clear');
      },
      paste: (block: TextBlock) => {
        const rect = selection();
        if (!rect || !writable) return;
        const writes = pasteWrites(rect, block);
        if (writes.length === 0) return;
        const bottom = Math.max(...writes.map((w) => w.row));
        const right = Math.max(...writes.map((w) => w.col));
        applyWrites(writes, 'paste', { top: rect.top, left: rect.left, bottom, right });
      },
      fill: (direction: 'down' | 'right') => {
        const api = apiRef.current;
        const rect = selection();
        if (!api || !rect) return;
        applyWrites(editableWrites(fillWrites(rect, direction, (pos) => plainText(api, pos))), 'fill');
      },
    }),
    [copied, selection, applyWrites, editableWrites, writable, latest],
  );

  const latestEditor = useLatest(editor);
  const handle = useMemo<SheetHandle>(
    () => ({
      editCell: (rowIndex, colId) => {
        const api = apiRef.current;
        const pos = api ? positionOf(api, rowIndex, colId) : null;
        if (!api || !pos || !canEdit(pos)) return;
        focusCell(pos);
        // A row scrolled into view is drawn (and focused by AG Grid) a frame or two later; the editor opens over it
        // once its cell has focus, or AG Grid's late focus would close the editor again.
        let frames = 0;
        const openWhenFocused = () => {
          const host = hostRef.current;
          const el = host ? cellElement(host, pos, colId) : null;
          if (el && el === document.activeElement) latestEditor.current.open(pos, plainText(api, pos), 'edit');
          else if (++frames < 60) requestAnimationFrame(openWhenFocused);
        };
        openWhenFocused();
      },
    }),
    [canEdit, focusCell, latestEditor],
  );

  useSheetEvents({ hostRef, apiRef, range, editor, canEdit, writable, actions, focusAfter, openMenu: setMenu });

  const onMenu = async (action: CellAction) => {
    setMenu(null);
    if (action === 'copy' || action === 'cut') actions.copy(null);
    if (action === 'cut' || action === 'clear') actions.clear();
    if (action === 'fillDown' || action === 'fillRight') actions.fill(action === 'fillDown' ? 'down' : 'right');
    if (action === 'paste') {
      try {
        actions.paste(await readFromClipboard());
      } catch {
        onError?.(t('sheet.clipboardDenied'));
      }
    }
  };

  // Focus goes back to the grid once the review has closed (closing a <dialog> moves focus on its own).
  const refocus = useRef<{ pos: CellPos; keep: boolean } | null>(null);
  useEffect(() => {
    const next = refocus.current;
    if (review || !next) return;
    refocus.current = null;
    if (next.keep) range.keepOnFocusAt(next.pos);
    focusCell(next.pos);
  }, [review, range, focusCell]);
  const closeReview = (applied: boolean) => {
    if (!review) return;
    const topLeft = { row: review.rect.top, col: review.rect.left };
    if (applied) {
      const edit = planEdit(review.plan);
      if (edit) onEdit?.(edit);
      // The pasted cells stay selected, as in Excel.
      range.set({ anchor: topLeft, end: { row: review.rect.bottom, col: review.rect.right } });
    }
    refocus.current = { pos: topLeft, keep: applied };
    setReview(null);
  };
  const { inputRef: editorInput, editing, onKeyDown: onEditorKey, onBlur: onEditorBlur } = editor;
  const header = (colId: string) => apiRef.current?.getColumn(colId)?.getColDef().headerName ?? colId;
  const s = range.summary;
  const digits = (v: number) => (Number.isInteger(v) ? 0 : 2);
  // The grid's own events, as the same functions across renders (they read the latest props): AG Grid
  // re-applies every option whose identity changes, on every edit of a 10,000-row book.
  const events = useLatest({ grid, onApi, handle, range, editor });
  const gridEvents = useMemo(
    () => ({
      onGridReady: (e: GridReadyEvent<T>) => {
        apiRef.current = e.api;
        events.current.onApi?.(e.api, events.current.handle);
        events.current.grid.onGridReady?.(e);
      },
      onGridPreDestroyed: (e: GridPreDestroyedEvent<T>) => {
        apiRef.current = null;
        events.current.onApi?.(null, null);
        events.current.grid.onGridPreDestroyed?.(e);
      },
      onCellFocused: (e: CellFocusedEvent<T>) => {
        events.current.range.onFocused(e);
        events.current.grid.onCellFocused?.(e);
      },
      onBodyScroll: (e: BodyScrollEvent<T>) => {
        events.current.editor.place();
        events.current.grid.onBodyScroll?.(e);
      },
      onColumnResized: (e: ColumnResizedEvent<T>) => {
        events.current.editor.place();
        events.current.grid.onColumnResized?.(e);
      },
    }),
    [events],
  );

  return (
    <div className="grid-host sheet" ref={hostRef} data-testid={testId} role="region" aria-label={label}>
      <AgGridReact<T>
        key={lang}
        theme={gridTheme}
        localeText={gridLocale(lang)}
        tooltipShowDelay={300}
        // A spreadsheet shows the new state at once: no rows sliding in and out after an edit or an undo.
        animateRows={false}
        containerStyle={CONTAINER_STYLE}
        tabToNextCell={noTabStop}
        {...grid}
        rowData={rowData}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        {...gridEvents}
      />
      <input
        ref={editorInput}
        className="cell-editor"
        tabIndex={-1}
        aria-hidden={editing ? undefined : true}
        aria-label={editing ? t('sheet.editorLabel', { cell: editing.header }) : undefined}
        spellCheck={false}
        autoComplete="off"
        onKeyDown={onEditorKey}
        onBlur={onEditorBlur}
        data-testid={`${testId}-editor`}
      />
      <div className="sheet-status" role="status" aria-label={t('sheet.status')} data-testid={`${testId}-status`}>
        {s && (
          <>
            {s.numbers > 0 && s.average !== null && (
              <span>
                {t('sheet.average')} <strong>{formatNumber(s.average, lang, digits(s.average))}</strong>
              </span>
            )}
            <span>
              {t('sheet.count')} <strong>{formatNumber(s.count, lang)}</strong>
            </span>
            {s.numbers > 0 && (
              <span>
                {t('sheet.sum')} <strong>{formatNumber(s.sum, lang, digits(s.sum))}</strong>
              </span>
            )}
          </>
        )}
      </div>
      {menu && <CellMenu at={menu} editable={writable} onAction={(a) => void onMenu(a)} onClose={() => setMenu(null)} />}
      {review && (
        <PasteReview plan={review.plan} lang={lang} header={header} onApply={() => closeReview(true)} onCancel={() => closeReview(false)} />
      )}
    </div>
  );
}
