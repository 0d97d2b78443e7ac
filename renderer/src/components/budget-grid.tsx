/** Editable grid of a yearly series, with derived year-on-year change and the read-only projection below. */
import type { CellEditRequestEvent, ColDef, GridApi, RowClassParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, parseNumberInput } from '../../../core/format';
import { projectedWithChanges, type MethodResult } from '../../../core/projection-methods';
import { withChanges } from '../../../core/series';
import type { Lang, Provenance, Series } from '../../../core/types';
import { provenanceText } from '../provenance';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { gridLocale, gridTheme } from '../grid-setup';
import { CsvButton, type CsvEncoding } from './csv-button';

interface BudgetRow {
  id: string;
  year: number;
  value: number | null;
  change: number | null;
  note: string;
  projected: boolean;
  source?: Provenance;
}

interface Props {
  series: Series;
  projection: MethodResult;
  lang: Lang;
  onEdit(edit: WorkbookEdit): void;
  onError(message: string): void;
  onExportCsv(encoding: CsvEncoding): void;
}

/** Builds grid rows: history with changes, then projected years. */
function buildRows(series: Series, projection: MethodResult): BudgetRow[] {
  const rows: BudgetRow[] = withChanges(series.points).map((p) => ({ id: `a-${p.year}`, ...p, projected: false }));
  if (projection.ok) for (const p of projectedWithChanges(projection)) rows.push({ id: `p-${p.year}`, ...p, note: '', projected: true });
  return rows;
}

/** The budget series grid. */
export function BudgetGrid({ series, projection, lang, onEdit, onError, onExportCsv }: Props) {
  const { t } = useTranslation();
  const apiRef = useRef<GridApi<BudgetRow> | null>(null);
  const [selectedYears, setSelectedYears] = useState<number[]>([]);
  const rows = useMemo(() => buildRows(series, projection), [series, projection]);

  const columns = useMemo(
    (): ColDef<BudgetRow>[] => [
      { field: 'year', headerName: t('budget.year'), width: 84, cellClass: 'cell-year', sortable: false },
      {
        colId: 'kind',
        headerName: t('budget.kind'),
        width: 86,
        valueGetter: (p) => (p.data?.projected ? t('budget.projected') : t('budget.actual')),
        cellClass: (p) => (p.data?.projected ? 'badge-cell badge-projected' : 'badge-cell badge-actual'),
        sortable: false,
      },
      {
        field: 'value',
        headerName: t('budget.value', { unit: series.unit }),
        flex: 1,
        minWidth: 110,
        type: 'rightAligned',
        editable: (p) => !p.data?.projected,
        valueFormatter: (p) => formatNumber(p.value, lang, p.data?.projected || !Number.isInteger(p.value) ? 1 : 0),
        valueParser: (p) => p.newValue,
        tooltipValueGetter: (p) => provenanceText(t, p.data?.source),
        cellClassRules: { 'cell-imported': (p) => p.data?.source !== undefined },
        sortable: false,
      },
      {
        field: 'change',
        headerName: t('budget.change'),
        width: 92,
        type: 'rightAligned',
        valueFormatter: (p) => formatPercent(p.value, lang),
        cellClassRules: { 'change-up': (p) => (p.value ?? 0) > 0, 'change-down': (p) => (p.value ?? 0) < 0 },
        sortable: false,
      },
      {
        field: 'note',
        headerName: t('budget.note'),
        flex: 1.6,
        minWidth: 140,
        editable: (p) => !p.data?.projected,
        sortable: false,
        tooltipField: 'note',
      },
    ],
    [t, lang, series.unit],
  );

  const onCellEditRequest = (event: CellEditRequestEvent<BudgetRow>) => {
    const row = event.data;
    if (row.projected) return;
    if (event.colDef.field === 'note') {
      onEdit({ kind: 'setPointNote', seriesId: series.id, year: row.year, note: String(event.newValue ?? '') });
      return;
    }
    const text = String(event.newValue ?? '');
    const value = parseNumberInput(text);
    if (value !== null && Number.isNaN(value)) {
      onError(t('notice.notNumber', { text }));
      return;
    }
    onEdit({ kind: 'setPointValue', seriesId: series.id, year: row.year, value });
  };

  const removeSelected = () => {
    if (selectedYears.length) onEdit({ kind: 'removeYears', seriesId: series.id, years: selectedYears });
    apiRef.current?.deselectAll();
  };

  return (
    <section className="card budget-card" aria-labelledby="budget-title">
      <header className="card-header">
        <h2 id="budget-title">
          {t('budget.title')} <span className="muted">· {series.name}</span>
        </h2>
        <div className="card-actions">
          <button type="button" onClick={() => onEdit({ kind: 'addYear', seriesId: series.id, where: 'before' })}>
            {t('budget.addBefore')}
          </button>
          <button type="button" onClick={() => onEdit({ kind: 'addYear', seriesId: series.id, where: 'after' })}>
            {t('budget.addAfter')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={selectedYears.length === 0}
            title={t('budget.removeTitle')}
            onClick={removeSelected}
          >
            {t('budget.remove')}
          </button>
          <CsvButton onExport={onExportCsv} testId="budget-csv" />
        </div>
      </header>
      <div className="grid-host" data-testid="budget-grid">
        <AgGridReact<BudgetRow>
          theme={gridTheme}
          localeText={gridLocale(lang)}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => p.data.id}
          readOnlyEdit
          singleClickEdit={false}
          stopEditingWhenCellsLoseFocus
          onCellEditRequest={onCellEditRequest}
          rowSelection={{
            mode: 'multiRow',
            checkboxes: true,
            headerCheckbox: false,
            enableClickSelection: false,
            isRowSelectable: (n) => !n.data?.projected,
          }}
          onSelectionChanged={(e) => setSelectedYears(e.api.getSelectedRows().map((r) => r.year))}
          onGridReady={(e) => (apiRef.current = e.api)}
          getRowClass={(p: RowClassParams<BudgetRow>) => (p.data?.projected ? 'row-projected' : undefined)}
          tooltipShowDelay={300}
        />
      </div>
    </section>
  );
}
