/** What the series table shows: the stage (or the stages' difference), collapsed groups, a name search and a level limit. */
import { useCallback, useMemo, useState } from 'react';
import { seriesOfStage, shownStage, workbookStages } from '../../../core/budget/budget-paths';
import { nameMatches, stageDifference, visibleRows } from '../../../core/budget/stage-view';
import { seriesTable } from '../../../core/series-table';
import type { Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { useLatest } from '../shell/use-latest';

/** The view value of the difference between the first two stages (never a stage's name: it has a control character). */
export const DIFFERENCE_VIEW = '\u0001difference';

/** The series table's view state, and the rows it leaves on screen. */
export function useSeriesView(workbook: Workbook, onEdit: (edit: WorkbookEdit) => void) {
  const series = workbook.series;
  const stages = useMemo(() => workbookStages(series), [series]);
  const stage = shownStage(workbook);
  const [difference, setDifference] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [maxDepth, setMaxDepth] = useState<number | null>(null);
  const showDiff = difference && stages.length >= 2;
  const table = useMemo(
    () => (showDiff ? stageDifference(series, stages[0]!, stages[1]!) : seriesTable(seriesOfStage(series, stage))),
    [showDiff, series, stages, stage],
  );
  const rows = useMemo(() => visibleRows(table.rows, { collapsed, query, maxDepth }), [table, collapsed, query, maxDepth]);
  const depths = useMemo(() => table.rows.reduce((m, r) => Math.max(m, r.depth + 1), 0), [table]);
  const latest = useLatest(table);

  const setView = useCallback(
    (view: string) => {
      setDifference(view === DIFFERENCE_VIEW);
      // The stage shown is the document's (the chart and the briefing follow it); the difference is a view of two.
      if (view !== DIFFERENCE_VIEW && view !== stage) onEdit({ kind: 'setStageShown', stage: view });
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
    view: showDiff ? DIFFERENCE_VIEW : (stage ?? ''),
    readOnly: showDiff,
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
