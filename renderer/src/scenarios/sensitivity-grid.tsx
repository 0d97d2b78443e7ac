/** End value across growth rates (rows, centred on the scenario's own rate) × years (columns), colour-scaled per year. */
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, formatWithUnit } from '../../../core/format';
import type { MethodResult } from '../../../core/projection-methods';
import { scenarioSensitivity, sensitivityTable } from '../../../core/scenarios';
import type { Lang, Series } from '../../../core/types';
import { SheetGrid } from '../grid/sheet-grid';

interface Props {
  series: Series;
  result: Extract<MethodResult, { ok: true }>;
  horizon: number;
  lang: Lang;
}

interface Row {
  rate: number;
  own: boolean;
  values: number[];
}

/** Blue (low) → white → orange (high), by position between min and max. */
function scaleColour(value: number, min: number, max: number): string {
  const t = max > min ? (value - min) / (max - min) : 0.5;
  const mix = (a: number[], b: number[], f: number) => a.map((x, i) => Math.round(x + (b[i]! - x) * f));
  const [r, g, b] = t < 0.5 ? mix([191, 219, 254], [255, 255, 255], t * 2) : mix([255, 255, 255], [253, 186, 116], (t - 0.5) * 2);
  return `rgb(${r}, ${g}, ${b})`;
}

// A constant: AG Grid rebuilds every column when defaultColDef changes identity.
const DEFAULT_COL: ColDef = { sortable: false };

/** The sensitivity table (the same shape as the CSV and the briefing: core's scenarioSensitivity). */
export function SensitivityGrid({ series, result, horizon, lang }: Props) {
  const { t } = useTranslation();
  const shape = useMemo(() => scenarioSensitivity(result, horizon), [result, horizon]);
  const rows = useMemo<Row[]>(() => {
    const table = sensitivityTable(result.baseYear, result.baseValue, shape.rates, shape.years);
    return shape.rates.map((rate, i) => ({ rate, own: i === shape.ownIndex, values: table[i]! }));
  }, [result, shape]);
  // One scale per year column: across rates, so far years do not wash the near ones out.
  const ranges = useMemo(
    () => shape.years.map((_, k) => [Math.min(...rows.map((r) => r.values[k]!)), Math.max(...rows.map((r) => r.values[k]!))] as const),
    [rows, shape.years],
  );

  const columns = useMemo<ColDef<Row>[]>(
    () => [
      {
        field: 'rate',
        headerName: t('sensitivity.rate'),
        width: 90,
        pinned: 'left',
        valueFormatter: (p) =>
          formatPercent(p.value as number, lang, Number.isInteger(Math.round((p.value as number) * 1000) / 10) ? 0 : 1, false),
        cellClass: 'cell-year',
      },
      ...shape.years.map((year, i): ColDef<Row> => ({
        colId: String(year),
        headerName: String(year),
        width: 96,
        type: 'rightAligned',
        valueGetter: (p) => p.data?.values[i] ?? null,
        valueFormatter: (p) => formatNumber(p.value as number, lang, 1),
        tooltipValueGetter: (p) => formatWithUnit(p.value as number, series.unit, lang, 1),
        cellStyle: (p) => ({ backgroundColor: scaleColour(p.value as number, ranges[i]![0], ranges[i]![1]), color: '#1b2430' }),
      })),
    ],
    [shape.years, lang, t, ranges, series.unit],
  );

  return (
    <div className="sensitivity">
      <p className="muted caption">
        {t('sensitivity.caption', {
          series: series.name,
          value: formatWithUnit(result.baseValue, series.unit, lang),
          year: result.baseYear,
        })}
      </p>
      <SheetGrid<Row>
        lang={lang}
        testId="sensitivity-grid"
        copyUnit={series.unit}
        label={t('views.sensitivity')}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.rate)}
        getRowClass={(p) => (p.data?.own ? 'row-own-rate' : undefined)}
        defaultColDef={DEFAULT_COL}
      />
    </div>
  );
}
