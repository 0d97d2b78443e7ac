/** What the series table shows: the stage (or the stages' difference), collapsed groups, a name search and a level limit. */
import { useCallback, useMemo, useState } from 'react';
import { seriesOfStage, shownStage, workbookStages } from '../../../core/budget/budget-paths';
import { nameMatches, stageDifference, stagePairs, visibleRows } from '../../../core/budget/stage-view';
import { seriesTable } from '../../../core/series-table';
import type { Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { useLatest } from '../shell/use-latest';

/** The view value of the difference between the first two stages (never a stage's name: it has a control character). */
export const DIFFERENCE_VIEW = '\u0001difference';
/** The view value of the first two stages side by side, with their difference, per year. */
export const SIDE_VIEW = '\u0001side';

/** The series table's view state, and the rows it leaves on screen. */
export function useSeriesView(workbook: Workbook, onEdit: (edit: WorkbookEdit) => void) {
  const series = workbook.series;
  const stages = useMemo(() => workbookStages(series), [series]);
  const stage = shownStage(workbook);
  const [pairView, setPairView] = useState<typeof DIFFERENCE_VIEW | typeof SIDE_VIEW | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [maxDepth, setMaxDepth] = useState<number | null>(null);
  const pair = stages.length >= 2 ? pairView : null;
  const showDiff = pair === DIFFERENCE_VIEW;
  // Side by side: the first stage's tree, each row carrying its twin of the second (read by the columns).
  const pairs = useMemo(() => (pair === SIDE_VIEW ? stagePairs(series, stages[0]!, stages[1]!) : null), [pair, series, stages]);
  const table = useMemo(
    () =>
      pairs
        ? { rows: pairs.rows, years: pairs.years }
        : showDiff
          ? stageDifference(series, stages[0]!, stages[1]!)
          : seriesTable(seriesOfStage(series, stage)),
    [pairs, showDiff, series, stages, stage],
  );
  const rows = useMemo(() => visibleRows(table.rows, { collapsed, query, maxDepth }), [table, collapsed, query, maxDepth]);
  const depths = useMemo(() => table.rows.reduce((m, r) => Math.max(m, r.depth + 1), 0), [table]);
  const latest = useLatest(table);

  const setView = useCallback(
    (view: string) => {
      const paired = view === DIFFERENCE_VIEW || view === SIDE_VIEW ? view : null;
      setPairView(paired);
      // The stage shown is the document's (the chart and the briefing follow it); the difference and the side by side are views of two.
      if (paired === null && view !== stage) onEdit({ kind: 'setStageShown', stage: view });
    },
    [onEdit, stage],
  );
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((now) => {
        const next = new Set(now);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  return {
    table,
    rows,
    stages,
    view: pair ?? stage ?? '',
    readOnly: pair !== null,
    /** The two stages shown side by side, when they are. */
    side: pairs ? ([stages[0]!, stages[1]!] as const) : null,
    collapsed,
    query,
    maxDepth,
    depths,
    matches: query.trim() === '' ? null : rows.filter((r) => nameMatches(r.series.name, query)).length,
    setView,
    setQuery,
    setMaxDepth,
    toggle,
    // Reads the table when clicked: the same function across edits, so the controls do not render again.
    collapseAll: useCallback(
      () => setCollapsed(new Set(latest.current.rows.filter((r) => r.hasChildren).map((r) => r.series.id))),
      [latest],
    ),
    expandAll: useCallback(() => setCollapsed(new Set()), []),
  };
}
