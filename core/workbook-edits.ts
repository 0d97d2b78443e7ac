/** Every change a user can make to a workbook, as data, applied by one pure function (the basis for undo). */
import { newCenter } from './centers';
import { addYear, removeYears, updatePoint } from './series';
import { mergeCenters, mergeSeriesPoints } from './import/to-workbook';
import type { Center, Scenario, SeriesPoint, Workbook } from './types';

/** Center fields editable in the grid. */
export type CenterField = 'name' | 'institution' | 'region' | 'field' | 'established' | 'equipment';

/** One user edit. */
export type WorkbookEdit =
  | { kind: 'setPointValue'; seriesId: string; year: number; value: number | null }
  | { kind: 'setPointNote'; seriesId: string; year: number; note: string }
  | { kind: 'addYear'; seriesId: string; where: 'after' | 'before' }
  | { kind: 'removeYears'; seriesId: string; years: number[] }
  | { kind: 'setCenterField'; id: string; field: CenterField; value: string | number | null }
  | { kind: 'addCenter' }
  | { kind: 'removeCenters'; ids: string[] }
  | { kind: 'updateScenario'; id: string; patch: Partial<Omit<Scenario, 'id'>> }
  | { kind: 'addScenario'; id: string; copyOf: string | null; name: string }
  | { kind: 'removeScenario'; id: string }
  | { kind: 'setBaseline'; id: string }
  | { kind: 'importCenters'; rows: Center[]; fields: CenterField[]; keepMissing: boolean }
  | { kind: 'importSeries'; seriesId: string; points: SeriesPoint[] };

function mapSeries(wb: Workbook, id: string, f: (s: Workbook['series'][number]) => Workbook['series'][number]): Workbook {
  return { ...wb, series: wb.series.map((s) => (s.id === id ? f(s) : s)) };
}

/** Returns the workbook after one edit; the input is never mutated. */
export function applyEdit(wb: Workbook, edit: WorkbookEdit): Workbook {
  switch (edit.kind) {
    case 'setPointValue':
      return mapSeries(wb, edit.seriesId, (s) => updatePoint(s, edit.year, { value: edit.value }));
    case 'setPointNote':
      return mapSeries(wb, edit.seriesId, (s) => updatePoint(s, edit.year, { note: edit.note }));
    case 'addYear':
      return mapSeries(wb, edit.seriesId, (s) => addYear(s, edit.where));
    case 'removeYears':
      return mapSeries(wb, edit.seriesId, (s) => removeYears(s, edit.years));
    case 'setCenterField':
      return {
        ...wb,
        centers: { ...wb.centers, rows: wb.centers.rows.map((c) => (c.id === edit.id ? { ...c, [edit.field]: edit.value } : c)) },
      };
    case 'addCenter':
      return { ...wb, centers: { ...wb.centers, rows: [...wb.centers.rows, newCenter(wb.centers.rows)] } };
    case 'removeCenters': {
      const drop = new Set(edit.ids);
      return { ...wb, centers: { ...wb.centers, rows: wb.centers.rows.filter((c) => !drop.has(c.id)) } };
    }
    case 'updateScenario':
      return { ...wb, scenarios: wb.scenarios.map((s) => (s.id === edit.id ? { ...s, ...edit.patch } : s)) };
    case 'addScenario': {
      // The caller picks the id (nextScenarioId) so it can select the new scenario at once.
      if (wb.scenarios.some((s) => s.id === edit.id)) return wb;
      const source = wb.scenarios.find((s) => s.id === edit.copyOf) ?? wb.scenarios[0];
      const fresh: Scenario = source
        ? { ...source, id: edit.id, name: edit.name }
        : { id: edit.id, name: edit.name, seriesId: wb.series[0]!.id, method: { kind: 'growth', rate: null }, horizon: 2030, split: null };
      return { ...wb, scenarios: [...wb.scenarios, fresh] };
    }
    case 'removeScenario': {
      // The last scenario stays: a workbook always has a baseline.
      if (wb.scenarios.length <= 1) return wb;
      const scenarios = wb.scenarios.filter((s) => s.id !== edit.id);
      const baselineScenarioId = wb.baselineScenarioId === edit.id ? scenarios[0]!.id : wb.baselineScenarioId;
      return { ...wb, scenarios, baselineScenarioId };
    }
    case 'importCenters':
      return { ...wb, centers: { illustrative: wb.centers.illustrative && edit.keepMissing, rows: mergeCenters(wb.centers.rows, edit.rows, { fields: edit.fields, keepMissing: edit.keepMissing }) } };
    case 'importSeries':
      return mapSeries(wb, edit.seriesId, (s) => ({ ...s, points: mergeSeriesPoints(s.points, edit.points) }));
    case 'setBaseline':
      return wb.scenarios.some((s) => s.id === edit.id) ? { ...wb, baselineScenarioId: edit.id } : wb;
  }
}
