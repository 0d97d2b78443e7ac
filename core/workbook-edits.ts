/** Every change a user can make to a workbook, as data, applied by one pure function (the basis for undo). */
import { newCenter } from './centers';
import { addYear, removeYears, updatePoint } from './series';
import type { Center, Workbook } from './types';

/** Center fields editable in the grid. */
export type CenterField = Exclude<keyof Center, 'id'>;

/** One user edit. */
export type WorkbookEdit =
  | { kind: 'setPointValue'; seriesId: string; year: number; value: number | null }
  | { kind: 'setPointNote'; seriesId: string; year: number; note: string }
  | { kind: 'addYear'; seriesId: string; where: 'after' | 'before' }
  | { kind: 'removeYears'; seriesId: string; years: number[] }
  | { kind: 'setCenterField'; id: string; field: CenterField; value: string | number | null }
  | { kind: 'addCenter' }
  | { kind: 'removeCenters'; ids: string[] }
  | { kind: 'setRate'; rate: number | null }
  | { kind: 'setHorizon'; horizon: number };

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
    case 'setRate':
      return { ...wb, projection: { ...wb.projection, rate: edit.rate } };
    case 'setHorizon':
      return { ...wb, projection: { ...wb.projection, horizon: edit.horizon } };
  }
}
