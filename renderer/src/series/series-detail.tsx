/** The selected series by year: value, derived year-on-year change, note, and the active scenario's projection below. */
import { seriesOfStage, shownStage } from '../../../core/budget/budget-paths';
import type { ColDef, GridApi, RowClassParams, RowSelectionOptions } from 'ag-grid-community';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatComputed, formatEntered, formatNumber, formatPercent } from '../../../core/format';
import { unitLabel } from '../../../core/units';
import { projectedWithChanges, type MethodResult } from '../../../core/projection-methods';
import { withChanges } from '../../../core/series';
import { seriesTable } from '../../../core/series-table';
import type { Lang, Provenance, Series, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { planDetailWrites } from '../../../core/sheet/series-writes';
import type { CellWrite } from '../../../core/sheet/range';
import { SheetGrid, type ShownGrid } from '../grid/sheet-grid';
import { formulaHover } from '../../../core/formula/formula-text';
import { provenanceText } from './provenance';
import { CsvButton } from '../shell/csv-button';

/** What a year row is: an actual value, a year still to enter, a group's sum, or a projection. */
type Kind = 'actual' | 'needed' | 'derived' | 'computed' | 'projected';

interface DetailRow {
  id: string;
  year: number;
  value: number | null;
  change: number | null;
  note: string;
  kind: Kind;
  source?: Provenance;
}

interface Props {
  workbook: Workbook;
  series: Series | null;
  projection: MethodResult | null;
  lang: Lang;
  onEdit: (edit: WorkbookEdit) => void;
  onError: (message: string) => void;
  onExportCsv: () => void;
}

/** History rows with their change, then projected years. */
function buildRows(workbook: Workbook, series: Series, projection: MethodResult | null): DetailRow[] {
  // The table of the series' own stage: the one the series table shows, already made.
  const row = seriesTable(seriesOfStage(workbook.series, series.stage ?? shownStage(workbook))).byId.get(series.id);
  const cells = [...(row?.cells.values() ?? [])];
  const history = withChanges(cells.map((c) => ({ year: c.year, value: c.value, note: c.note })));
  const rows: DetailRow[] = history.map((p) => {
    const cell = cells.find((c) => c.year === p.year)!;
    return {
      id: `a-${p.year}`,
      year: p.year,
      value: p.value,
      change: p.change,
      note: p.note,
      kind: series.formula ? 'computed' : cell.derived ? 'derived' : p.value === null ? 'needed' : 'actual',
      source: cell.source,
    };
  });
  // A year already listed (added, still to fill in) keeps its row; the projection shows from the year after.
  const listed = new Set(rows.map((r) => r.year));
  if (projection?.ok)
    for (const p of projectedWithChanges(projection))
      if (!listed.has(p.year))
        rows.push({ id: `p-${p.year}`, year: p.year, value: p.value, change: p.change, note: '', kind: 'projected' });
  return rows;
}

// Grid options that never change, as constants: AG Grid re-applies an option whenever its identity changes.
const DEFAULT_COL: ColDef<DetailRow> = { sortable: false, suppressMovable: true };
/** The tick column as narrow as its box: the panel's width goes to the figures and the note. */
const SELECTION_COLUMN = { width: 40, minWidth: 40, maxWidth: 40, resizable: false };
const ROW_SELECTION: RowSelectionOptions<DetailRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: false,
  isRowSelectable: (n) => n.data?.kind === 'actual' || n.data?.kind === 'needed',
};
const rowClass = (p: RowClassParams<DetailRow>) =>
  p.data?.kind === 'projected' ? 'row-projected' : p.data?.kind === 'needed' ? 'row-needed' : undefined;

/** The per-year grid of one series. */
export function SeriesDetail({ workbook, series, projection, lang, onEdit, onError, onExportCsv }: Props) {
  const { t } = useTranslation();
  const apiRef = useRef<GridApi<DetailRow> | null>(null);
  const [selectedYears, setSelectedYears] = useState<number[]>([]);
  const rows = useMemo(() => (series ? buildRows(workbook, series, projection) : []), [workbook, series, projection]);
  const unit = series ? unitLabel(series.unit, lang) : '';
  // The latest series for a computed year's hover, read when shown (the columns stay the same objects).
  const seriesRef = useRef({ all: workbook.series, series });
  useLayoutEffect(() => {
    seriesRef.current = { all: workbook.series, series };
  }, [workbook.series, series]);

  const columns = useMemo(
    (): ColDef<DetailRow>[] => [
      { field: 'year', headerName: t('detail.year'), width: 64, cellClass: 'cell-year' },
      {
        colId: 'kind',
        headerName: t('detail.kind'),
        // "Projected" needs the room that 전망 does not.
        width: lang === 'en' ? 92 : 84,
        valueGetter: (p) => (p.data ? t(`detail.${p.data.kind}`) : ''),
        cellClass: (p) => `badge-cell badge-${p.data?.kind ?? 'actual'}`,
      },
      {
        field: 'value',
        headerName: t('detail.value', { unit }),
        // "Value (100M KRW)" wraps rather than being cut off in narrow panels.
        wrapHeaderText: true,
        autoHeaderHeight: true,
        flex: 1,
        minWidth: 84,
        type: 'rightAligned',
        // A projected year takes an actual value typed over it (the year is added); a group's summed year does not.
        editable: (p) => p.data?.kind !== 'projected' && p.data?.kind !== 'computed',
        valueFormatter: (p) =>
          // Projections with one decimal; actuals as entered (3.69 stays 3.69).
          p.data?.kind === 'projected'
            ? formatNumber(p.value as number | null, lang, 1)
            : (p.data?.kind === 'computed' ? formatComputed : formatEntered)(p.value as number | null, lang),
        tooltipValueGetter: (p) =>
          p.data?.kind === 'derived'
            ? t('table.derived')
            : p.data?.kind === 'computed'
              ? seriesRef.current.series && formulaHover(seriesRef.current.all, seriesRef.current.series, p.data.year, lang)
              : provenanceText(t, p.data?.source, lang),
        cellClassRules: {
          'cell-imported': (p) => p.data?.source !== undefined,
          'cell-derived': (p) => p.data?.kind === 'derived',
          'cell-formula': (p) => p.data?.kind === 'computed',
          'cell-negative': (p) => (p.value as number | null) !== null && (p.value as number) < 0,
        },
      },
      {
        field: 'change',
        headerName: t('detail.change'),
        width: 84,
        type: 'rightAligned',
        valueFormatter: (p) => formatPercent(p.value as number | null, lang),
        cellClassRules: {
          'change-up': (p) => ((p.value as number | null) ?? 0) > 0,
          'change-down': (p) => ((p.value as number | null) ?? 0) < 0,
        },
      },
      {
        field: 'note',
        headerName: t('detail.note'),
        flex: 1.5,
        minWidth: 96,
        editable: (p) => p.data?.kind !== 'projected' && p.data?.kind !== 'computed',
        tooltipField: 'note',
      },
    ],
    [t, lang, unit],
  );

  const seriesId = series?.id;
  const planWrites = useCallback(
    (writes: CellWrite[], shown: ShownGrid<DetailRow>) =>
      planDetailWrites(
        workbook,
        { seriesId: seriesId ?? '', years: shown.rows.map((r) => r.year), colIds: shown.colIds, firstYear: new Date().getFullYear() },
        writes,
      ),
    [workbook, seriesId],
  );

  if (!series) {
    return (
      <section className="card detail-card" aria-labelledby="detail-title">
        <header className="card-header">
          <h2 id="detail-title">{t('detail.title')}</h2>
        </header>
        <p className="empty-state padded">{t('detail.none')}</p>
      </section>
    );
  }

  return (
    <section className="card detail-card" aria-labelledby="detail-title">
      <header className="card-header">
        <h2 id="detail-title">
          {t('detail.title')}{' '}
          <span className="muted" data-user-text>
            · {series.name}
          </span>
        </h2>
        <div className="card-actions">
          <button type="button" onClick={() => onEdit({ kind: 'addYear', seriesId: series.id, where: 'before' })}>
            {t('detail.addBefore')}
          </button>
          <button
            type="button"
            onClick={() => onEdit({ kind: 'addYear', seriesId: series.id, where: 'after' })}
            data-testid="add-year-after"
          >
            {t('detail.addAfter')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={selectedYears.length === 0}
            title={t('detail.removeTitle')}
            onClick={() => {
              onEdit({ kind: 'removeYears', seriesId: series.id, years: selectedYears });
              apiRef.current?.deselectAll();
            }}
          >
            {t('detail.remove')}
          </button>
          <CsvButton onExport={onExportCsv} testId="budget-csv" />
        </div>
      </header>
      <SheetGrid<DetailRow>
        lang={lang}
        testId="budget-grid"
        copyUnit={series.unit}
        label={`${t('detail.title')} · ${series.name}`}
        onApi={(api) => (apiRef.current = api)}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => p.data.id}
        defaultColDef={DEFAULT_COL}
        planWrites={planWrites}
        onEdit={onEdit}
        onError={onError}
        rowSelection={ROW_SELECTION}
        selectionColumnDef={SELECTION_COLUMN}
        onSelectionChanged={(e) => setSelectedYears(e.api.getSelectedRows().map((r) => r.year))}
        getRowClass={rowClass}
      />
    </section>
  );
}
