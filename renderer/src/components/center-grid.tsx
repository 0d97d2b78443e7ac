/** Editable, sortable, filterable grid of centers with a summary of counts beside it. */
import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summarizeCenters } from '../../../core/centers';
import { formatNumber, parseNumberInput } from '../../../core/format';
import type { Center, CenterList, Lang } from '../../../core/types';
import type { CenterField, WorkbookEdit } from '../../../core/workbook-edits';
import { gridLocale, gridTheme } from '../grid-setup';
import { provenanceText } from '../provenance';

interface Props {
  centers: CenterList;
  lang: Lang;
  onEdit(edit: WorkbookEdit): void;
  onError(message: string): void;
}

const numericFields = new Set<CenterField>(['established', 'equipment']);

/** The center list with its summary. */
export function CenterGrid({ centers, lang, onEdit, onError }: Props) {
  const { t } = useTranslation();
  const apiRef = useRef<GridApi<Center> | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [quickFilter, setQuickFilter] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const summary = useMemo(() => summarizeCenters(centers.rows), [centers.rows]);

  const columns = useMemo<ColDef<Center>[]>(() => {
    const text = (field: CenterField, width: number, flex?: number): ColDef<Center> => ({
      field,
      headerName: t(`centers.${field}`),
      width,
      flex,
      minWidth: width,
      editable: true,
      filter: 'agTextColumnFilter',
      floatingFilter: false,
    });
    const num = (field: CenterField, width: number): ColDef<Center> => ({
      field,
      headerName: t(`centers.${field}`),
      width,
      editable: true,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      valueParser: (p) => p.newValue,
      valueFormatter: (p) => (field === 'established' ? (p.value ?? '') : formatNumber(p.value, lang)),
    });
    // Columns an import kept that match no field: shown read-only under their own headers.
    const extras = [...new Set(centers.rows.flatMap((r) => Object.keys(r.extra ?? {})))].map((key): ColDef<Center> => ({
      colId: `extra:${key}`,
      headerName: key,
      width: 130,
      valueGetter: (p) => p.data?.extra?.[key] ?? null,
      filter: 'agTextColumnFilter',
      cellClass: 'cell-extra',
    }));
    const name = { ...text('name', 200, 2), tooltipValueGetter: (p: { data?: Center }) => provenanceText(t, p.data?.source) };
    return [
      name,
      text('institution', 170, 1.5),
      text('region', 80),
      text('field', 100),
      num('established', 100),
      num('equipment', 92),
      ...extras,
    ];
  }, [t, lang, centers.rows]);

  const onCellEditRequest = (event: CellEditRequestEvent<Center>) => {
    const field = event.colDef.field as CenterField;
    const raw = String(event.newValue ?? '');
    if (!numericFields.has(field)) {
      onEdit({ kind: 'setCenterField', id: event.data.id, field, value: raw.trim() });
      return;
    }
    const value = parseNumberInput(raw);
    if (value !== null && Number.isNaN(value)) return onError(t('notice.notNumber', { text: raw }));
    if (field === 'established' && value !== null && (!Number.isInteger(value) || value < 1900 || value > 2200))
      return onError(t('notice.notYear', { text: raw }));
    if (field === 'equipment' && value !== null && (!Number.isInteger(value) || value < 0))
      return onError(t('notice.negative', { text: raw }));
    onEdit({ kind: 'setCenterField', id: event.data.id, field, value });
  };

  const remove = () => {
    if (selected.length) onEdit({ kind: 'removeCenters', ids: selected });
    apiRef.current?.deselectAll();
  };

  const updateShown = (api: GridApi<Center>) => {
    const n = api.getDisplayedRowCount();
    setShown(n === centers.rows.length ? null : n);
  };

  return (
    <div className="centers-pane" aria-labelledby="centers-title">
      <header className="card-header subheader">
        <h2 id="centers-title">{t('centers.title')}</h2>
        {centers.illustrative && <span className="pill pill-warn">{t('centers.illustrative')}</span>}
        <div className="card-actions">
          <input
            className="search"
            type="search"
            placeholder={t('centers.search')}
            value={quickFilter}
            onChange={(e) => setQuickFilter(e.target.value)}
            aria-label={t('centers.search')}
          />
          <button type="button" onClick={() => onEdit({ kind: 'addCenter' })}>
            {t('centers.add')}
          </button>
          <button type="button" className="danger" disabled={selected.length === 0} onClick={remove}>
            {t('centers.remove')}
          </button>
        </div>
      </header>
      <div className="centers-body">
        <div className="grid-host" data-testid="center-grid">
          <AgGridReact<Center>
            theme={gridTheme}
            localeText={gridLocale(lang)}
            rowData={centers.rows}
            columnDefs={columns}
            defaultColDef={{ sortable: true, resizable: true }}
            getRowId={(p) => p.data.id}
            readOnlyEdit
            stopEditingWhenCellsLoseFocus
            onCellEditRequest={onCellEditRequest}
            quickFilterText={quickFilter}
            rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
            onSelectionChanged={(e) => setSelected(e.api.getSelectedRows().map((r) => r.id))}
            onGridReady={(e) => (apiRef.current = e.api)}
            onModelUpdated={(e) => updateShown(e.api)}
            tooltipShowDelay={300}
            overlayNoRowsTemplate={`<span class="empty-state">${t('centers.empty')}</span>`}
          />
        </div>
        <aside className="summary" data-testid="center-summary" aria-label={t('centers.byRegion')}>
          <div className="summary-figures">
            <div className="figure">
              <strong data-testid="center-count">{formatNumber(summary.centers, lang)}</strong>
              <span>{t('centers.countLabel')}</span>
            </div>
            <div className="figure">
              <strong data-testid="institution-count">{formatNumber(summary.institutions, lang)}</strong>
              <span>{t('centers.institutionsLabel')}</span>
            </div>
          </div>
          {shown !== null && <p className="muted">{t('centers.shown', { shown })}</p>}
          <h3>{t('centers.byRegion')}</h3>
          <ul className="region-list">
            {summary.byRegion.map((r) => (
              <li key={r.region}>
                <span>{r.region}</span>
                <span className="bar" style={{ width: `${(r.count / Math.max(1, summary.byRegion[0]?.count ?? 1)) * 100}%` }} />
                <span className="num">{r.count}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
