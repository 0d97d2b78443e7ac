/** Editable, sortable, filterable grid of centers with a summary of counts beside it. */
import type { ColDef, GridApi, RowSelectionOptions } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextCenterId, summarizeCenters } from '../../../core/centers';
import { formatNumber } from '../../../core/format';
import { planCenterWrites } from '../../../core/sheet/center-writes';
import type { CellWrite } from '../../../core/sheet/range';
import type { Center, CenterField, Lang, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { SheetGrid, type SheetHandle, type ShownGrid } from '../grid/sheet-grid';
import { provenanceText } from '../series/provenance';
import type { Choice } from '../shell/confirm';
import { CsvButton } from '../shell/csv-button';

interface Props {
  workbook: Workbook;
  lang: Lang;
  onEdit: (edit: WorkbookEdit) => void;
  onError: (message: string) => void;
  onExportCsv: () => void;
  ask: <T extends string>(q: { title: string; message: string; choices: Choice<T>[]; cancel: T }) => Promise<T>;
}

// Grid options that never change, as constants: AG Grid re-applies an option whenever its identity changes.
const DEFAULT_COL: ColDef<Center> = { sortable: true, resizable: true };
const ROW_SELECTION: RowSelectionOptions<Center> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  selectAll: 'filtered',
  enableClickSelection: false,
};

/** The center list with its summary. */
export function CenterGrid({ workbook, lang, onEdit, onError, onExportCsv, ask }: Props) {
  const { t } = useTranslation();
  const centers = workbook.centers;
  const apiRef = useRef<GridApi<Center> | null>(null);
  const sheetRef = useRef<SheetHandle | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [quickFilter, setQuickFilter] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const pendingNew = useRef<string | null>(null);
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
    });
    const num = (field: CenterField, width: number): ColDef<Center> => ({
      field,
      headerName: t(`centers.${field}`),
      width,
      editable: true,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      valueFormatter: (p) => (field === 'established' ? String(p.value ?? '') : formatNumber(p.value as number | null, lang)),
    });
    // Columns an import kept that match no field: shown read-only under their own headers, text as text.
    const extras = [...new Set(centers.rows.flatMap((r) => Object.keys(r.extra ?? {})))].map((key): ColDef<Center> => ({
      colId: `extra:${key}`,
      headerName: key,
      width: 130,
      valueGetter: (p) => p.data?.extra?.[key] ?? null,
      valueFormatter: (p) => String(p.value ?? ''),
      filter: 'agTextColumnFilter',
      cellClass: 'cell-extra',
    }));
    const name = { ...text('name', 200, 2), tooltipValueGetter: (p: { data?: Center }) => provenanceText(t, p.data?.source, lang) };
    return [
      name,
      text('institution', 170, 1.5),
      text('region', lang === 'en' ? 96 : 80),
      text('field', 100),
      num('established', lang === 'en' ? 124 : 100),
      num('equipment', lang === 'en' ? 136 : 92),
      ...extras,
    ];
  }, [t, lang, centers.rows]);

  // A new center: scroll to it and open its name for typing, as soon as the grid shows its row (after the
  // filter is cleared and the rows are updated, which AG Grid does a moment after React renders).
  const editNewCenter = useCallback(() => {
    const id = pendingNew.current;
    const api = apiRef.current;
    const node = id ? api?.getRowNode(id) : undefined;
    if (!api || !node || node.rowIndex === null) return;
    pendingNew.current = null;
    api.ensureIndexVisible(node.rowIndex, 'bottom');
    sheetRef.current?.editCell(node.rowIndex, 'name');
  }, []);
  useEffect(editNewCenter, [centers.rows, editNewCenter]);

  const planWrites = useCallback(
    (writes: CellWrite[], shown: ShownGrid<Center>) =>
      planCenterWrites(workbook, { rowIds: shown.rows.map((r) => r.id), colIds: shown.colIds }, writes),
    [workbook],
  );

  // Only rows the filter shows can be deleted: a header checkbox under a filter never reaches hidden rows.
  const visibleSelected = () => {
    const ids: string[] = [];
    apiRef.current?.forEachNodeAfterFilter((n) => n.isSelected() && n.data && ids.push(n.data.id));
    return ids;
  };
  const remove = async () => {
    const ids = visibleSelected();
    if (ids.length === 0) return;
    if (ids.length > 1) {
      const answer = await ask({
        title: t('confirm.removeRowsTitle'),
        message: t('confirm.removeRows', { count: ids.length }),
        choices: [
          { id: 'remove', label: t('confirm.remove'), kind: 'danger' },
          { id: 'cancel', label: t('confirm.cancel') },
        ],
        cancel: 'cancel',
      });
      if (answer !== 'remove') return;
    }
    onEdit({ kind: 'removeCenters', ids });
    apiRef.current?.deselectAll();
  };
  const add = () => {
    const id = nextCenterId(centers.rows);
    pendingNew.current = id;
    setQuickFilter('');
    apiRef.current?.setFilterModel(null);
    onEdit({ kind: 'addCenter', id });
  };

  const updateCounts = (api: GridApi<Center>) => {
    const n = api.getDisplayedRowCount();
    setShown(n === centers.rows.length ? null : n);
    setSelected(visibleSelected());
  };

  return (
    <section className="card centers-pane" aria-labelledby="centers-title">
      <header className="card-header">
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
          <button type="button" onClick={add} data-testid="add-center">
            {t('centers.add')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={selected.length === 0}
            onClick={() => void remove()}
            data-testid="remove-centers"
          >
            {selected.length ? t('centers.removeCount', { count: selected.length }) : t('centers.remove')}
          </button>
          <CsvButton onExport={onExportCsv} testId="centers-csv" />
        </div>
      </header>
      <div className="centers-body">
        <SheetGrid<Center>
          lang={lang}
          testId="center-grid"
          label={t('centers.title')}
          onApi={(api, sheet) => {
            apiRef.current = api;
            sheetRef.current = sheet;
          }}
          rowData={centers.rows}
          columnDefs={columns}
          defaultColDef={DEFAULT_COL}
          getRowId={(p) => p.data.id}
          planWrites={planWrites}
          onEdit={onEdit}
          onError={onError}
          quickFilterText={quickFilter}
          rowSelection={ROW_SELECTION}
          onSelectionChanged={(e) => updateCounts(e.api)}
          onModelUpdated={(e) => {
            updateCounts(e.api);
            editNewCenter();
          }}
          overlayNoRowsTemplate={`<span class="empty-state">${t('centers.empty')}</span>`}
        />
        <aside className="summary" data-testid="center-summary" aria-label={t('centers.byRegion')} tabIndex={0}>
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
                <span data-user-text>{r.region}</span>
                <span className="bar" style={{ width: `${(r.count / Math.max(1, summary.byRegion[0]?.count ?? 1)) * 100}%` }} />
                <span className="num">{r.count}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
