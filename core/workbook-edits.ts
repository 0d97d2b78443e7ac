/** Every change a user can make to a workbook, as data, applied by one pure function (the basis for undo). */
import { newCenter } from './centers';
import { applyCenterMerge, type CenterMerge } from './import/center-match';
import { mergeSeriesPoints } from './import/merge';
import { LIMITS } from './limits';
import { descendantIds } from './series-table';
import { renameInFormulas, withDerived } from './formula/derived-series';
import { addYear, removeYears, upsertPoint } from './series';
import { applyBudgetEdit, type BudgetEdit } from './budget/budget-edit';
import type { CenterField, Scenario, Series, SeriesPoint, Workbook, WorkbookContent } from './types';

export type { CenterField } from './types';

/** Properties of the workbook shown in its header. */
export type WorkbookProps = Pick<WorkbookContent, 'title' | 'programme' | 'source' | 'defaultUnit'>;
/** What can be changed on a series row. */
export type SeriesPatch = Partial<Pick<Series, 'name' | 'unit' | 'note' | 'parentId' | 'formula'>>;

/** One user edit. */
export type WorkbookEdit =
  | { kind: 'setProps'; patch: Partial<WorkbookProps> }
  | { kind: 'addSeries'; series: Series; index?: number }
  | { kind: 'updateSeries'; id: string; patch: SeriesPatch }
  | { kind: 'removeSeries'; ids: string[] }
  | { kind: 'moveSeries'; id: string; offset: -1 | 1 }
  | { kind: 'setPointValue'; seriesId: string; year: number; value: number | null }
  | { kind: 'setPointNote'; seriesId: string; year: number; note: string }
  | { kind: 'addYear'; seriesId: string; where: 'after' | 'before' }
  | { kind: 'removeYears'; seriesId: string; years: number[] }
  | { kind: 'setCenterField'; id: string; field: CenterField; value: string | number | null }
  | { kind: 'addCenter'; id?: string }
  | { kind: 'removeCenters'; ids: string[] }
  | { kind: 'updateScenario'; id: string; patch: Partial<Omit<Scenario, 'id'>> }
  | { kind: 'addScenario'; scenario: Scenario }
  | { kind: 'removeScenario'; id: string }
  | { kind: 'setBaseline'; seriesId: string; scenarioId: string }
  /** An import's plan (center-match.ts): the rows it changes, adds and removes, exactly as the dialog showed them. */
  | { kind: 'importCenters'; merge: CenterMerge; keepMissing: boolean }
  | { kind: 'importSeries'; seriesId: string; points: SeriesPoint[] }
  | { kind: 'saveVersion'; id: string; label: string; createdAt: string }
  | { kind: 'restoreVersion'; id: string }
  | { kind: 'removeVersion'; id: string }
  | { kind: 'setChartSeries'; seriesIds: string[] }
  /** A budget book's long table: new groups and items, years of existing ones, confirmed renames and moves. */
  | { kind: 'importBudget'; budget: BudgetEdit }
  /** The budget stage the table, the chart and the briefing show. */
  | { kind: 'setStageShown'; stage: string }
  /** Several edits as one undo step (a paste, a fill, an import of several series). */
  | { kind: 'batch'; edits: WorkbookEdit[] };

function mapSeries(wb: Workbook, id: string, f: (s: Series) => Series): Workbook {
  // One series replaced in place: a copy of the array, not a call per series (a budget book has 20,000).
  const at = wb.series.findIndex((s) => s.id === id);
  if (at < 0) return wb;
  const series = wb.series.slice();
  series[at] = f(series[at]!);
  return { ...wb, series };
}

/** Moves a series one place among its siblings (same parent), keeping every other row where it is. */
function moveSeries(wb: Workbook, id: string, offset: -1 | 1): Workbook {
  const me = wb.series.find((s) => s.id === id);
  if (!me) return wb;
  const siblings = wb.series.filter((s) => s.parentId === me.parentId);
  const at = siblings.indexOf(me);
  const other = siblings[at + offset];
  if (!other) return wb;
  const i = wb.series.indexOf(me);
  const j = wb.series.indexOf(other);
  const series = [...wb.series];
  series[i] = other;
  series[j] = me;
  return { ...wb, series };
}

/** Removes series; their children move up to the removed row's parent, their scenarios go with them. */
function removeSeries(wb: Workbook, ids: readonly string[]): Workbook {
  const drop = new Set(ids);
  const parentOf = new Map(wb.series.map((s) => [s.id, s.parentId]));
  const liveParent = (p: string | null): string | null => {
    let q = p;
    while (q !== null && drop.has(q)) q = parentOf.get(q) ?? null;
    return q;
  };
  const series = wb.series
    .filter((s) => !drop.has(s.id))
    .map((s) => (s.parentId !== null && drop.has(s.parentId) ? { ...s, parentId: liveParent(s.parentId) } : s));
  const scenarios = wb.scenarios.filter((s) => !drop.has(s.seriesId));
  return { ...wb, series, scenarios, chart: { seriesIds: wb.chart.seriesIds.filter((id) => !drop.has(id)) } };
}

function updateSeries(wb: Workbook, id: string, patch: SeriesPatch): Workbook {
  // A series cannot become a child of itself or of its own descendants.
  if (patch.parentId !== undefined && patch.parentId !== null && descendantIds(wb.series, id).has(patch.parentId)) return wb;
  const before = wb.series.find((s) => s.id === id);
  const renamed = before && patch.name !== undefined ? renameInFormulas(wb.series, before.name, patch.name) : wb.series;
  // A formula of '' makes the series one of values again (its computed values stay, now typed).
  return mapSeries({ ...wb, series: renamed }, id, (s) => {
    const next = { ...s, ...patch };
    if (!next.formula) delete next.formula;
    return next;
  });
}

function removeScenario(wb: Workbook, id: string): Workbook {
  const scenarios = wb.scenarios.filter((s) => s.id !== id);
  const series = wb.series.map((s) => (s.baselineScenarioId === id ? { ...s, baselineScenarioId: null } : s));
  return { ...wb, scenarios, series };
}

function saveVersion(wb: Workbook, edit: Extract<WorkbookEdit, { kind: 'saveVersion' }>): Workbook {
  const { versions: _own, ...snapshot } = wb;
  // Oldest first; the oldest is dropped beyond the limit (the UI warns before).
  const versions = [...wb.versions, { id: edit.id, label: edit.label, createdAt: edit.createdAt, snapshot }].slice(-LIMITS.versions);
  return { ...wb, versions };
}

function restoreVersion(wb: Workbook, id: string): Workbook {
  const v = wb.versions.find((x) => x.id === id);
  return v ? { ...v.snapshot, versions: wb.versions } : wb;
}

function applyCenterEdit(
  wb: Workbook,
  edit: Extract<WorkbookEdit, { kind: 'setCenterField' | 'addCenter' | 'removeCenters' | 'importCenters' }>,
): Workbook {
  switch (edit.kind) {
    case 'setCenterField':
      return {
        ...wb,
        centers: { ...wb.centers, rows: wb.centers.rows.map((c) => (c.id === edit.id ? { ...c, [edit.field]: edit.value } : c)) },
      };
    case 'addCenter': {
      const fresh = newCenter(wb.centers.rows);
      const id = edit.id && !wb.centers.rows.some((c) => c.id === edit.id) ? edit.id : fresh.id;
      return { ...wb, centers: { ...wb.centers, rows: [...wb.centers.rows, { ...fresh, id }] } };
    }
    case 'removeCenters': {
      const drop = new Set(edit.ids);
      return { ...wb, centers: { ...wb.centers, rows: wb.centers.rows.filter((c) => !drop.has(c.id)) } };
    }
    case 'importCenters':
      return {
        ...wb,
        centers: {
          illustrative: wb.centers.illustrative && edit.keepMissing,
          rows: applyCenterMerge(wb.centers.rows, edit.merge),
        },
      };
  }
}

function applySeriesEdit(
  wb: Workbook,
  edit: Extract<WorkbookEdit, { kind: 'setPointValue' | 'setPointNote' | 'addYear' | 'removeYears' | 'importSeries' }>,
): Workbook {
  switch (edit.kind) {
    case 'setPointValue':
      return mapSeries(wb, edit.seriesId, (s) => upsertPoint(s, edit.year, { value: edit.value }));
    case 'setPointNote':
      return mapSeries(wb, edit.seriesId, (s) => upsertPoint(s, edit.year, { note: edit.note }));
    case 'addYear':
      return mapSeries(wb, edit.seriesId, (s) => addYear(s, edit.where));
    case 'removeYears':
      return mapSeries(wb, edit.seriesId, (s) => removeYears(s, edit.years));
    case 'importSeries':
      return mapSeries(wb, edit.seriesId, (s) => ({ ...s, points: mergeSeriesPoints(s.points, edit.points) }));
  }
}

/**
 * Returns the workbook after one edit; the input is never mutated. Edits that do not apply return it
 * unchanged. Derived series are recomputed after the edit, once for a whole batch.
 */
export function applyEdit(wb: Workbook, edit: WorkbookEdit): Workbook {
  const next = applyOne(wb, edit);
  return next.series === wb.series ? next : withDerived(next);
}

function applyOne(wb: Workbook, edit: WorkbookEdit): Workbook {
  switch (edit.kind) {
    case 'setProps':
      return { ...wb, ...edit.patch };
    case 'addSeries': {
      if (wb.series.some((s) => s.id === edit.series.id)) return wb;
      const series = [...wb.series];
      series.splice(edit.index ?? series.length, 0, edit.series);
      return { ...wb, series };
    }
    case 'updateSeries':
      return updateSeries(wb, edit.id, edit.patch);
    case 'removeSeries':
      return removeSeries(wb, edit.ids);
    case 'moveSeries':
      return moveSeries(wb, edit.id, edit.offset);
    case 'setPointValue':
    case 'setPointNote':
    case 'addYear':
    case 'removeYears':
    case 'importSeries':
      return applySeriesEdit(wb, edit);
    case 'setCenterField':
    case 'addCenter':
    case 'removeCenters':
    case 'importCenters':
      return applyCenterEdit(wb, edit);
    case 'updateScenario':
      return { ...wb, scenarios: wb.scenarios.map((s) => (s.id === edit.id ? { ...s, ...edit.patch } : s)) };
    case 'addScenario':
      // The caller picks the id (nextScenarioId) so it can select the new scenario at once.
      if (wb.scenarios.some((s) => s.id === edit.scenario.id) || !wb.series.some((s) => s.id === edit.scenario.seriesId)) return wb;
      return { ...wb, scenarios: [...wb.scenarios, edit.scenario] };
    case 'removeScenario':
      return removeScenario(wb, edit.id);
    case 'setBaseline':
      return wb.scenarios.some((s) => s.id === edit.scenarioId && s.seriesId === edit.seriesId)
        ? mapSeries(wb, edit.seriesId, (s) => ({ ...s, baselineScenarioId: edit.scenarioId }))
        : wb;
    case 'saveVersion':
      return saveVersion(wb, edit);
    case 'restoreVersion':
      return restoreVersion(wb, edit.id);
    case 'removeVersion':
      return { ...wb, versions: wb.versions.filter((v) => v.id !== edit.id) };
    case 'setChartSeries': {
      const known = new Set(wb.series.map((s) => s.id));
      return { ...wb, chart: { seriesIds: [...new Set(edit.seriesIds)].filter((id) => known.has(id)) } };
    }
    case 'importBudget':
      return applyBudgetEdit(wb, edit.budget);
    case 'setStageShown':
      return { ...wb, stageShown: edit.stage };
    case 'batch':
      return edit.edits.reduce(applyOne, wb);
  }
}
