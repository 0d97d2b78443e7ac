/**
 * Every grid of the app: AG Grid Community with the app's theme, its texts in the UI language (the grid
 * is rebuilt when the language changes, since AG Grid reads its locale once), edits reported as
 * requests (the document applies them, so undo covers them), and one Tab stop per grid.
 */
import type { GridApi } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import type { Lang } from '../../../core/types';
import { gridLocale, gridTheme } from '../grid-setup';

interface Props<T> extends AgGridReactProps<T> {
  lang: Lang;
  testId: string;
  label: string;
  onApi?: (api: GridApi<T> | null) => void;
}

/** A grid host with the app's defaults. */
export function SheetGrid<T>({ lang, testId, label, onApi, ...grid }: Props<T>) {
  return (
    <div className="grid-host" data-testid={testId} role="region" aria-label={label}>
      <AgGridReact<T>
        key={lang}
        theme={gridTheme}
        localeText={gridLocale(lang)}
        readOnlyEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={300}
        // A spreadsheet shows the new state at once: no rows sliding in and out after an edit or an undo.
        animateRows={false}
        {...grid}
        // Every cell edits as text: the app reads numbers itself (2,700억, △120…), which AG Grid's number editor would refuse.
        defaultColDef={{ cellDataType: false, ...grid.defaultColDef }}
        onGridReady={(e) => {
          onApi?.(e.api);
          grid.onGridReady?.(e);
        }}
        onGridPreDestroyed={(e) => {
          onApi?.(null);
          grid.onGridPreDestroyed?.(e);
        }}
      />
    </div>
  );
}
