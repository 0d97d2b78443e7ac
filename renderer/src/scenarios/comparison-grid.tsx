/** One column per scenario, a row per year, with differences from the baseline (absolute and %). */
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../core/format';
import { splitSeries } from '../../../core/projection-methods';
import type { ComparisonRow } from '../../../core/scenarios';
import type { Lang, Scenario } from '../../../core/types';
import { SheetGrid } from '../grid/sheet-grid';
import { scenarioColor } from '../../../core/chart-config';

interface Props {
  rows: ComparisonRow[];
  scenarios: Scenario[];
  baselineId: string | null;
  /** Global index of each scenario, for its colour. */
  scenarioIndex: Map<string, number>;
  lang: Lang;
}

// A constant: AG Grid rebuilds every column when defaultColDef changes identity.
const DEFAULT_COL: ColDef = { sortable: false, resizable: true };

/** The scenario comparison grid. */
export function ComparisonGrid({ rows, scenarios, baselineId, scenarioIndex, lang }: Props) {
  const { t } = useTranslation();
  const columns = useMemo<(ColDef<ComparisonRow> | ColGroupDef<ComparisonRow>)[]>(
    () => [
      { field: 'year', headerName: t('detail.year'), width: 80, pinned: 'left', cellClass: 'cell-year' },
      {
        field: 'actual',
        headerName: t('comparison.actual'),
        width: 100,
        type: 'rightAligned',
        valueFormatter: (p) => formatNumber(p.value as number | null, lang),
      },
      ...scenarios.map((s): ColGroupDef<ComparisonRow> => {
        const isBaseline = s.id === baselineId;
        const children: ColDef<ComparisonRow>[] = [
          {
            colId: `${s.id}:value`,
            headerName: t('comparison.value'),
            width: isBaseline ? 170 : 110,
            type: 'rightAligned',
            valueGetter: (p) => p.data?.values[s.id] ?? null,
            valueFormatter: (p) => formatNumber(p.value as number | null, lang, 1),
          },
        ];
        if (!isBaseline) {
          children.push(
            {
              colId: `${s.id}:diff`,
              headerName: t('comparison.diff'),
              width: 100,
              type: 'rightAligned',
              valueGetter: (p) => p.data?.diff[s.id]?.abs ?? null,
              valueFormatter: (p) => {
                const v = p.value as number | null;
                return v === null ? '' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), lang, 1)}`;
              },
              cellClassRules: {
                'change-up': (p) => ((p.value as number | null) ?? 0) > 0.05,
                'change-down': (p) => ((p.value as number | null) ?? 0) < -0.05,
              },
            },
            {
              colId: `${s.id}:pct`,
              headerName: t('comparison.diffPct'),
              width: 88,
              type: 'rightAligned',
              valueGetter: (p) => p.data?.diff[s.id]?.pct ?? null,
              valueFormatter: (p) => formatPercent(p.value as number | null, lang),
            },
          );
        }
        if (s.split) {
          const { label, share } = s.split;
          children.push({
            colId: `${s.id}:split`,
            headerName: `${label} (${formatPercent(share, lang, 0, false)})`,
            width: 130,
            type: 'rightAligned',
            // The derived share of the projection (core's splitSeries), shown beside the scenario.
            valueGetter: (p) => {
              const v = p.data?.values[s.id];
              return v === null || v === undefined ? null : splitSeries([{ year: p.data!.year, value: v }], share)[0]!.value;
            },
            valueFormatter: (p) => formatNumber(p.value as number | null, lang, 1),
            cellClass: 'cell-split',
          });
        }
        return {
          headerName: isBaseline ? `${s.name} (${t('scenario.baseline')})` : s.name,
          headerClass: 'scenario-header',
          // A long scenario name wraps in its group header instead of being cut off.
          wrapHeaderText: true,
          autoHeaderHeight: true,
          headerStyle: { borderTop: `3px solid ${scenarioColor(scenarioIndex.get(s.id) ?? 0)}` },
          children,
        };
      }),
    ],
    [scenarios, baselineId, scenarioIndex, lang, t],
  );
  if (scenarios.length === 0) return <p className="empty-state padded">{t('comparison.none')}</p>;
  return (
    <SheetGrid<ComparisonRow>
      lang={lang}
      testId="comparison-grid"
      label={t('views.comparison')}
      rowData={rows}
      columnDefs={columns}
      getRowId={(p) => String(p.data.year)}
      defaultColDef={DEFAULT_COL}
      getRowClass={(p) => (p.data && p.data.actual === null ? 'row-projected-soft' : undefined)}
    />
  );
}
