/** The controls a budget book's series table adds: the stage shown (or 국회 증감), a name search, a level limit, collapse and expand all. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { DIFFERENCE_VIEW, SIDE_VIEW } from './use-series-view';

interface Props {
  stages: string[];
  view: string;
  query: string;
  maxDepth: number | null;
  depths: number;
  matches: number | null;
  onView: (view: string) => void;
  onQuery: (query: string) => void;
  onMaxDepth: (depth: number | null) => void;
  onCollapseAll: () => void;
  onExpandAll: () => void;
}

/** The row of tree controls above the series table (the stage choice only when the workbook has stages). */
function BudgetTreeControlsView(p: Props) {
  const { t } = useTranslation();
  return (
    <div className="tree-controls" data-testid="tree-controls">
      {p.stages.length > 0 && (
        <label className="field inline">
          <span>{t('budget.stage')}</span>
          <select data-testid="stage-select" value={p.view} onChange={(e) => p.onView(e.target.value)}>
            {p.stages.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
            {p.stages.length >= 2 && (
              <option value={DIFFERENCE_VIEW} title={t('budget.differenceTitle')}>
                {t('budget.difference')}
              </option>
            )}
            {p.stages.length >= 2 && (
              <option value={SIDE_VIEW} title={t('budget.sideTitle', { a: p.stages[0], b: p.stages[1] })}>
                {t('budget.side', { a: p.stages[0], b: p.stages[1] })}
              </option>
            )}
          </select>
        </label>
      )}
      <input
        type="search"
        className="tree-search"
        placeholder={t('budget.search')}
        aria-label={t('budget.searchLabel')}
        data-testid="series-search"
        value={p.query}
        onChange={(e) => p.onQuery(e.target.value)}
      />
      {p.matches !== null && (
        <span className="muted" role="status" data-testid="series-search-count">
          {t('budget.matches', { count: p.matches })}
        </span>
      )}
      {p.depths > 1 && (
        <select
          aria-label={t('budget.level')}
          data-testid="series-level"
          value={p.maxDepth ?? ''}
          onChange={(e) => p.onMaxDepth(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('budget.allLevels')}</option>
          {Array.from({ length: p.depths - 1 }, (_, d) => (
            <option key={d} value={d}>
              {t('budget.levelN', { n: d + 1 })}
            </option>
          ))}
        </select>
      )}
      {p.depths > 1 && (
        <>
          <button type="button" className="compact" onClick={p.onCollapseAll} data-testid="collapse-all">
            {t('budget.collapseAll')}
          </button>
          <button type="button" className="compact" onClick={p.onExpandAll} data-testid="expand-all">
            {t('budget.expandAll')}
          </button>
        </>
      )}
    </div>
  );
}

/** The budget tree controls, drawn again only when their props change (not on every edit of a value). */
export const BudgetTreeControls = memo(BudgetTreeControlsView);
