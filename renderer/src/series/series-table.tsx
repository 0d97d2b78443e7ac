/**
 * The workbook's series as a budget book: a row per series (groups with their children indented),
 * a column per year, unit and note. A group's year is the sum of its children where nothing was
 * entered (read-only), and a cell whose entered value differs from that sum is flagged.
 */
import type {
  CellClassParams,
  ColDef,
  ColGroupDef,
  GetRowIdParams,
  GridApi,
  ICellRendererParams,
  ITooltipParams,
  RowClassParams,
  RowClickedEvent,
  RowSelectionOptions,
} from 'ag-grid-community';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { provenanceText } from './provenance';
import { formatComputed, formatEntered } from '../../../core/format';
import type { TableRow } from '../../../core/series-table';
import type { Lang, Workbook } from '../../../core/types';
import { formulaHover } from '../../../core/formula/formula-text';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import type { CellWrite } from '../../../core/sheet/range';
import { planSeriesTableWrites } from '../../../core/sheet/series-writes';
import { SheetGrid, type ShownGrid, type WriteKind } from '../grid/sheet-grid';
import { CsvButton } from '../shell/csv-button';
import { SeriesActions } from './series-actions';
import { stageChange, type PairedRow } from '../../../core/budget/stage-view';
import { BudgetTreeControls } from './budget-tree-controls';
import { useSeriesView } from './use-series-view';

/** A group's name with its open/closed toggle (a leaf's name indented as far). */
function NameCell(
  p: ICellRendererParams<TableRow> & { collapsed: ReadonlySet<string>; onToggle: (id: string) => void; t: (k: string) => string },
) {
  const row = p.data;
  if (!row) return null;
  const closed = p.collapsed.has(row.series.id);
  return (
    <span className="tree-name">
      {row.hasChildren ? (
        <button
          type="button"
          className={`tree-toggle ${closed ? 'closed' : 'open'}`}
          aria-expanded={!closed}
          aria-label={p.t(closed ? 'budget.expand' : 'budget.collapse')}
          data-testid="tree-toggle"
          tabIndex={-1}
          onMouseDown={(e) => e.stopPropagation()}
          onClick={(e) => {
            e.stopPropagation();
            p.onToggle(row.series.id);
          }}
        >
          {/* The glyph is drawn by CSS, so a cell's text (copy, screen readers) stays the name. */}
        </button>
      ) : (
        <span className="tree-toggle-space" />
      )}
      {row.series.name}
    </span>
  );
}

interface Props {
  workbook: Workbook;
  selectedId: string | null;
  lang: Lang;
  onSelect: (id: string) => void;
  onEdit: (edit: WorkbookEdit) => void;
  onError: (message: string) => void;
  onExportCsv: () => void;
}

const cellAt = (p: { data?: TableRow; colDef: ColDef<TableRow> }) => p.data?.cells.get(Number(p.colDef.colId));

// Grid options that never change, as constants: AG Grid re-applies an option whenever its identity changes.
const DEFAULT_COL: ColDef<TableRow> = { sortable: false, resizable: true, suppressMovable: true };
const ROW_SELECTION: RowSelectionOptions<TableRow> = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };
const rowId = (p: GetRowIdParams<TableRow>) => p.data.series.id;

/**
 * A year's columns with two stages side by side: each stage's value of the item, and the change between
 * them (the second − the first) where both have one. Read-only: values are typed in one stage's view.
 */
function sideColumns(year: number, stages: string[], change: string, lang: Lang): ColGroupDef<TableRow> {
  const valueOf = (row: TableRow | undefined, k: number) => {
    const paired = row as PairedRow | undefined;
    const from = paired?.cells.get(year)?.value ?? null;
    const to = paired?.twin?.cells.get(year)?.value ?? null;
    return k === 0 ? from : k === 1 ? to : stageChange(from, to);
  };
  return {
    groupId: `year-${year}`,
    headerName: String(year),
    marryChildren: true,
    children: [stages[0]!, stages[1]!, change].map((headerName, k): ColDef<TableRow> => ({
      colId: `${year}:${k}`,
      headerName,
      // A ministry's sum in 억원 with decimals (11,842.02) whole; the change is smaller.
      width: k === 2 ? 84 : 104,
      type: 'rightAligned',
      editable: false,
      valueGetter: (p) => valueOf(p.data, k),
      valueFormatter: (p) => formatComputed(p.value as number | null, lang),
      cellClass: k === 2 ? 'cell-stage-change' : undefined,
      cellClassRules: { 'cell-derived': (p: CellClassParams<TableRow>) => Boolean(p.data?.hasChildren) },
    })),
  };
}

/** The series table. */
export function SeriesTable({ workbook, selectedId, lang, onSelect, onEdit, onError, onExportCsv }: Props) {
  const { t } = useTranslation();
  const seriesList = workbook.series;
  const view = useSeriesView(workbook, onEdit);
  const { table, collapsed, toggle, readOnly, side } = view;
  const sideKey = side ? side.join('\u0000') : '';
  // The latest series for hovers, read when shown: the columns stay the same objects across edits.
  const seriesRef = useRef(seriesList);
  useLayoutEffect(() => {
    seriesRef.current = seriesList;
  }, [seriesList]);
  const mismatched = useMemo(() => {
    let n = 0;
    for (const r of table.rows) if (r.hasChildren) for (const c of r.cells.values()) if (c.mismatch) n++;
    return n;
  }, [table]);

  // The years as a string: a stable dependency for the memoised columns (the table object is rebuilt on every edit).
  const yearsKey = table.years.join(',');
  const rowClass = useCallback(
    (p: RowClassParams<TableRow>) => (p.data?.series.id === selectedId ? 'row-selected-series' : undefined),
    [selectedId],
  );
  const columns = useMemo((): (ColDef<TableRow> | ColGroupDef<TableRow>)[] => {
    const yearList = yearsKey ? yearsKey.split(',').map(Number) : [];
    const stagePair = sideKey ? sideKey.split('\u0000') : null;
    const years = stagePair
      ? yearList.map((year) => sideColumns(year, stagePair, t('budget.change'), lang))
      : yearList.map((year): ColDef<TableRow> => ({
          colId: String(year),
          headerName: String(year),
          width: 92,
          type: 'rightAligned',
          // A derived series' values are computed by its formula; the stages' difference is read-only.
          editable: (p) => !readOnly && !p.data?.series.formula,
          valueGetter: (p) => cellAt(p)?.value ?? null,
          // As entered: 3.69 ha stays 3.69, 1,615억원 stays 1,615 (a sum of them shows its own decimals).
          valueFormatter: (p) => (p.data?.series.formula ? formatComputed : formatEntered)(p.value as number | null, lang),
          cellClassRules: {
            'cell-derived': (p: CellClassParams<TableRow>) => cellAt(p)?.derived === true,
            'cell-formula': (p: CellClassParams<TableRow>) => Boolean(p.data?.series.formula),
            'cell-mismatch': (p: CellClassParams<TableRow>) => cellAt(p)?.mismatch === true,
          },
          tooltipValueGetter: (p: ITooltipParams<TableRow>) => {
            const cell = p.data?.cells.get(year);
            if (p.data?.series.formula) return formulaHover(seriesRef.current, p.data.series, year, lang);
            if (!cell) return undefined;
            if (cell.mismatch)
              return t('table.mismatch', { entered: formatEntered(cell.entered, lang), sum: formatEntered(cell.childSum, lang) });
            if (cell.derived) return t('table.derived');
            return [cell.note, provenanceText(t, cell.source, lang)].filter(Boolean).join('\n') || undefined;
          },
        }));
    return [
      {
        colId: 'name',
        headerName: t('table.item'),
        pinned: 'left',
        width: 240,
        editable: !readOnly,
        valueGetter: (p) => p.data?.series.name ?? '',
        cellRenderer: NameCell,
        cellRendererParams: { collapsed, onToggle: toggle, t },
        cellClass: (p) =>
          `cell-name depth-${Math.min(p.data?.depth ?? 0, 4)}${p.data?.hasChildren ? ' cell-group' : ''}${p.data?.series.formula ? ' cell-name-formula' : ''}`,
        tooltipValueGetter: (p: ITooltipParams<TableRow>) =>
          [p.data?.series.formula, p.data?.series.note].filter(Boolean).join('\n') || undefined,
      },
      ...years,
      {
        colId: 'unit',
        headerName: t('table.unit'),
        width: 80,
        editable: true,
        valueGetter: (p) => p.data?.series.unit ?? '',
        headerTooltip: t('table.units'),
      },
      {
        colId: 'note',
        headerName: t('table.note'),
        flex: 1,
        minWidth: 160,
        editable: true,
        valueGetter: (p) => p.data?.series.note ?? '',
        tooltipValueGetter: (p: ITooltipParams<TableRow>) => p.data?.series.note || undefined,
      },
    ];
  }, [t, lang, yearsKey, sideKey, collapsed, toggle, readOnly]);

  // Handlers kept as the same functions across edits: AG Grid re-applies an option whose identity changes.
  const rowClicked = useCallback((e: RowClickedEvent<TableRow>) => e.data && onSelect(e.data.series.id), [onSelect]);
  const showSelected = useCallback(
    (e: { api: GridApi<TableRow> }) => selectedId && e.api.getRowNode(selectedId)?.setSelected(true),
    [selectedId],
  );

  const planWrites = useCallback(
    (writes: CellWrite[], shown: ShownGrid<TableRow>, how: WriteKind) =>
      planSeriesTableWrites(workbook, { rowIds: shown.rows.map((r) => r.series.id), colIds: shown.colIds }, writes, {
        growYears: how === 'paste',
        newSeriesName: t('table.newSeries'),
        defaultUnit: workbook.defaultUnit,
      }),
    [workbook, t],
  );

  return (
    <section className="card table-card" aria-labelledby="series-table-title">
      <header className="card-header">
        <h2 id="series-table-title">{t('table.title')}</h2>
        {mismatched > 0 && (
          <span className="pill pill-warn" data-testid="mismatch-count">
            ⚠ {t('table.mismatchCount', { count: mismatched })}
          </span>
        )}
        <div className="card-actions">
          <SeriesActions workbook={workbook} selectedId={selectedId} onEdit={onEdit} onSelect={onSelect} lang={lang} />
          <CsvButton onExport={onExportCsv} testId="series-csv" />
        </div>
      </header>
      {(view.stages.length > 0 || view.depths > 2) && (
        <BudgetTreeControls
          stages={view.stages}
          view={view.view}
          query={view.query}
          maxDepth={view.maxDepth}
          depths={view.depths}
          matches={view.matches}
          onView={view.setView}
          onQuery={view.setQuery}
          onMaxDepth={view.setMaxDepth}
          onCollapseAll={view.collapseAll}
          onExpandAll={view.expandAll}
        />
      )}
      {table.rows.length === 0 ? (
        <div className="empty-state padded" data-testid="series-empty">
          <strong>{t('table.empty')}</strong>
          <p>{t('table.emptyHint')}</p>
        </div>
      ) : (
        <SheetGrid<TableRow>
          lang={lang}
          testId="series-table"
          label={t('table.title')}
          rowData={view.rows}
          columnDefs={columns}
          getRowId={rowId}
          defaultColDef={DEFAULT_COL}
          rowSelection={ROW_SELECTION}
          onRowClicked={rowClicked}
          onFirstDataRendered={showSelected}
          onRowDataUpdated={showSelected}
          getRowClass={rowClass}
          planWrites={readOnly ? undefined : planWrites}
          onEdit={onEdit}
          onError={onError}
        />
      )}
    </section>
  );
}
