/** End value across growth rates (rows) × horizon years (columns), with a colour scale. */
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEok, formatNumber, formatPercent } from '../../../core/format';
import { DEFAULT_SENSITIVITY_RATES, sensitivityTable } from '../../../core/scenarios';
import type { Lang } from '../../../core/types';
import { gridLocale, gridTheme } from '../grid-setup';

interface Props {
  baseYear: number;
  baseValue: number;
  horizon: number;
  lang: Lang;
}

interface Row {
  rate: number;
  values: number[];
}

/** Blue (low) → white → orange (high), by position between min and max. */
function scaleColour(value: number, min: number, max: number): string {
  const t = max > min ? (value - min) / (max - min) : 0.5;
  const mix = (a: number[], b: number[], f: number) => a.map((x, i) => Math.round(x + (b[i]! - x) * f));
  const [r, g, b] = t < 0.5 ? mix([191, 219, 254], [255, 255, 255], t * 2) : mix([255, 255, 255], [253, 186, 116], (t - 0.5) * 2);
  return `rgb(${r}, ${g}, ${b})`;
}

/** The sensitivity table. */
export function SensitivityGrid({ baseYear, baseValue, horizon, lang }: Props) {
  const { t } = useTranslation();
  // At least four columns, so a near horizon still shows a spread.
  const horizons = useMemo(() => Array.from({ length: Math.max(4, horizon - baseYear) }, (_, i) => baseYear + 1 + i), [baseYear, horizon]);
  const rows = useMemo<Row[]>(() => {
    const table = sensitivityTable(baseYear, baseValue, DEFAULT_SENSITIVITY_RATES, horizons);
    return DEFAULT_SENSITIVITY_RATES.map((rate, i) => ({ rate, values: table[i]! }));
  }, [baseYear, baseValue, horizons]);
  const all = rows.flatMap((r) => r.values);
  const min = Math.min(...all);
  const max = Math.max(...all);

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      {
        field: 'rate',
        headerName: t('sensitivity.rate'),
        width: 90,
        pinned: 'left',
        valueFormatter: (p) => formatPercent(p.value, lang, 0, false),
        cellClass: 'cell-year',
      },
      ...horizons.map((year, i): ColDef<Row> => ({
        colId: String(year),
        headerName: String(year),
        width: 96,
        type: 'rightAligned',
        valueGetter: (p) => p.data?.values[i] ?? null,
        valueFormatter: (p) => formatNumber(p.value, lang, 1),
        tooltipValueGetter: (p) => formatEok(p.value as number, lang, 1),
        cellStyle: (p) => ({ backgroundColor: scaleColour(p.value as number, min, max) }),
      })),
    ],
    [horizons, lang, t, min, max],
  );

  return (
    <div className="sensitivity">
      <p className="muted caption">{t('sensitivity.caption', { value: formatEok(baseValue, lang), year: baseYear })}</p>
      <div className="grid-host" data-testid="sensitivity-grid">
        <AgGridReact<Row>
          theme={gridTheme}
          localeText={gridLocale(lang)}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => String(Math.round(p.data.rate * 100))}
          defaultColDef={{ sortable: false }}
        />
      </div>
    </div>
  );
}
