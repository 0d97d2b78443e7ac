/**
 * Writing into the series grids. In the series table (a row per series, a column per year, then
 * unit and note) values are read in the row's unit (after any unit the same paste writes), a
 * group's summed cells are read-only, rows past the end become new series and, for a paste that
 * starts in a year column, columns past the last year become new years. In a series' detail grid
 * (a row per year) rows past the last year become the following years.
 */
import { nextPrefixedId } from '../ids';
import { LIMITS } from '../limits';
import { readEntry } from '../number-entry';
import { freeName } from '../series';
import { seriesTable } from '../series-table';
import type { Series, Workbook } from '../types';
import { PlanBuilder, sameCell, type CellLabel, type SheetPlan, type WriteProblem } from './sheet-plan';
import type { CellWrite } from './range';

/** Reads a text as a value of a series in `unit`. */
function readSeriesValue(text: string, unit: string): { ok: true; value: number | null } | { ok: false; problem: WriteProblem } {
  const r = readEntry(text, unit);
  if (r.ok) return { ok: true, value: r.value };
  return { ok: false, problem: r.reason === 'unitMismatch' ? { code: 'unitMismatch', unit } : { code: 'notNumber' } };
}

/** The series table as shown: series ids by row, column ids by column ('name', years as text, 'unit', 'note'). */
export interface SeriesTableView {
  rowIds: readonly string[];
  colIds: readonly string[];
}

/** Options of a series-table plan. */
export interface SeriesTableOptions {
  /** A paste: columns past the last year become years when it starts in a year column. */
  growYears: boolean;
  /** Name for a new series a paste adds without a name ("새 시리즈"). */
  newSeriesName: string;
  defaultUnit: string;
}

const isYearId = (id: string | undefined) => id !== undefined && /^\d{4}$/.test(id);

/** What a written column means: a year, or one of the row's own fields. */
function columnTarget(view: SeriesTableView, col: number, growYears: boolean): string | undefined {
  const colId = view.colIds[col];
  if (!growYears) return colId;
  const yearCols = view.colIds.flatMap((id, i) => (isYearId(id) ? [i] : []));
  const last = yearCols[yearCols.length - 1];
  if (last === undefined || col <= last) return colId;
  return String(Number(view.colIds[last]) + (col - last));
}

/** Plans writes into the series table. */
export function planSeriesTableWrites(
  wb: Workbook,
  view: SeriesTableView,
  writes: readonly CellWrite[],
  options: SeriesTableOptions,
): SheetPlan {
  const plan = new PlanBuilder(wb);
  const table = seriesTable(wb.series);
  const growYears = options.growYears && writes.length > 0 && isYearId(view.colIds[Math.min(...writes.map((w) => w.col))]);
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  const taken: { id: string; name: string }[] = [...wb.series];
  const newSeries: Series[] = [];
  const knownYears = new Set(table.years);

  for (const [row, rowWrites] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const target = rowWrites.map((w) => ({ w, colId: columnTarget(view, w.col, growYears) }));
    const existing = row < view.rowIds.length ? wb.series.find((s) => s.id === view.rowIds[row]) : undefined;
    const newRow = existing ? undefined : row - view.rowIds.length + 1;
    const text = (id: string) => target.find((t) => t.colId === id)?.w.text;
    const unit = text('unit')?.trim() ?? existing?.unit ?? options.defaultUnit;
    let series = existing;
    if (!series) {
      // A new row becomes a series only when something readable lands in it.
      if (target.every((t) => t.w.text.trim() === '')) continue;
      const id = nextPrefixedId('series', taken);
      const name = text('name')?.trim() || freeName(taken, options.newSeriesName);
      series = { id, name, unit, parentId: null, note: text('note') ?? '', baselineScenarioId: null, points: [] };
      taken.push(series);
      newSeries.push(series);
    }
    const label = (colId: string): CellLabel => (newRow ? { row: series.name, colId, newRow } : { row: series.name, colId });
    for (const { w, colId } of target) {
      if (colId === undefined) plan.refuse(label(''), w.text, { code: 'outside' });
      else if (isYearId(colId)) writeYear(plan, series, Number(colId), w.text, unit, label(colId), !existing, knownYears);
      else if (existing) writeField(plan, existing, colId, w.text, label(colId));
    }
  }
  if (wb.series.length + newSeries.length > LIMITS.series) {
    const problem: WriteProblem = { code: 'edit', problem: { code: 'tooMany', what: 'series', max: LIMITS.series } };
    return {
      edits: [],
      changes: [],
      problems: [{ where: { row: '', colId: '', newRow: 1 }, text: '', problem }],
      added: { rows: 0, years: 0 },
    };
  }
  for (const s of newSeries) plan.growth.push({ kind: 'addSeries', series: s });
  plan.rows = newSeries.length;
  return plan.build();
}

/** One year cell of a series-table row. */
function writeYear(
  plan: PlanBuilder,
  s: Series,
  year: number,
  text: string,
  unit: string,
  where: CellLabel,
  isNew: boolean,
  years: Set<number>,
) {
  // A group's year may be typed over its children's sum at any time (a published total): it is kept, and flagged ⚠ where it differs.
  const cell = isNew ? undefined : seriesTable(plan.workbook.series).byId.get(s.id)?.cells.get(year);
  const read = readSeriesValue(text, unit);
  if (!read.ok) return plan.refuse(where, text, read.problem);
  const before = cell?.entered ?? null;
  if (sameCell(before, read.value)) return;
  if (
    plan.change(where, text, { kind: 'setPointValue', seriesId: s.id, year, value: read.value }, before, read.value, unit) &&
    !years.has(year)
  ) {
    years.add(year);
    plan.years++;
  }
}

/** The name, unit or note of an existing series-table row. */
function writeField(plan: PlanBuilder, s: Series, colId: string, text: string, where: CellLabel) {
  if (colId !== 'name' && colId !== 'unit' && colId !== 'note') return plan.refuse(where, text, { code: 'readOnly' });
  const value = colId === 'note' ? text : text.trim();
  if (colId === 'name' && value === '') return plan.refuse(where, text, { code: 'emptyName' });
  if (sameCell(s[colId], value)) return;
  plan.change(where, text, { kind: 'updateSeries', id: s.id, patch: { [colId]: value } }, s[colId], value);
}

/** A series' detail grid as shown: the year of each row (history, then projected years), column ids by column. */
export interface SeriesDetailView {
  seriesId: string;
  years: readonly number[];
  colIds: readonly string[];
  /** The year a row past the end of an empty grid stands for. */
  firstYear: number;
}

/** Plans writes into a series' detail grid. */
export function planDetailWrites(wb: Workbook, view: SeriesDetailView, writes: readonly CellWrite[]): SheetPlan {
  const plan = new PlanBuilder(wb);
  const series = wb.series.find((s) => s.id === view.seriesId);
  if (!series) return plan.build();
  const lastShown = view.years[view.years.length - 1] ?? view.firstYear - 1;
  const lastPoint = series.points.reduce((m, p) => Math.max(m, p.year), -Infinity);
  const added = new Set<number>();
  for (const w of writes) {
    const year = w.row < view.years.length ? view.years[w.row]! : lastShown + (w.row - view.years.length + 1);
    const colId = view.colIds[w.col];
    const where: CellLabel = { row: String(year), colId: colId ?? '' };
    const point = series.points.find((p) => p.year === year);
    if (colId === 'note') {
      if (sameCell(point?.note ?? '', w.text)) continue;
      if (
        plan.change(where, w.text, { kind: 'setPointNote', seriesId: series.id, year, note: w.text }, point?.note ?? '', w.text) &&
        !point
      )
        added.add(year);
      continue;
    }
    if (colId !== 'value') {
      plan.refuse(where, w.text, { code: colId === undefined ? 'outside' : 'readOnly' });
      continue;
    }
    const read = readSeriesValue(w.text, series.unit);
    if (!read.ok) {
      plan.refuse(where, w.text, read.problem);
      continue;
    }
    const before = point?.value ?? null;
    if (sameCell(before, read.value) && point) continue;
    if (!point && read.value === null) continue;
    if (
      plan.change(
        where,
        w.text,
        { kind: 'setPointValue', seriesId: series.id, year, value: read.value },
        before,
        read.value,
        series.unit,
      ) &&
      !point
    )
      added.add(year);
  }
  // Years skipped between the last one and a new one become empty years to fill in, as the grid showed them.
  const newest = Math.max(...added);
  if (added.size > 0 && Number.isFinite(lastPoint))
    for (let y = lastPoint + 1; y < newest; y++)
      if (!added.has(y)) plan.growth.push({ kind: 'setPointValue', seriesId: series.id, year: y, value: null });
  plan.years = added.size;
  return plan.build();
}
