/**
 * Importing a table as series: each chosen row (years in columns) or column (years in rows) becomes a
 * new series (the default) or updates an existing one. Units are carried, not assumed: a table in
 * 천명 makes series in 천명; money converts into an existing series' unit (백만원 → 억원 ÷ 100); money
 * into a non-money series (or the reverse) is refused unless the user overrides. A totals row can
 * become the group of the rows it sums. The result is one batch edit: one undo takes it all back.
 */
import { cellAddress } from '../a1';
import { nextPrefixedId } from '../ids';
import type { Provenance, Series, SeriesPoint, Workbook } from '../types';
import type { WorkbookEdit } from '../workbook-edits';
import type { ImportTable } from './import-table';
import { diffSeries } from './merge';
import { conversionFactor, convertMoney, isMoneyUnit } from '../units';
import { isTotalLabel } from './row-structure';

/** A row (or column) of the table that can become a series. */
export interface SeriesCandidate {
  /** The row's labels joined with its group, e.g. "서울특별시 · 여자" (and the measure when a row has several). */
  label: string;
  /** The unit its own header or row label states, when it differs from the table's (null: the table's). */
  unit: string | null;
  points: { year: number; value: number | null; cell: string }[];
}

type Col = { c: ImportTable['columns'][number]; i: number };

/** Year columns by measure, in order: a table with 원인 (건) and 피해액 (천원) under each year has two. */
function measures(table: ImportTable): Col[][] {
  const groups = new Map<string, Col[]>();
  table.columns.forEach((c, i) => {
    if (c.year === null) return;
    const group = groups.get(c.measure) ?? [];
    // One column per year and measure: a repeat is not a second value for the year.
    if (!group.some((g) => g.c.year === c.year)) group.push({ c, i });
    groups.set(c.measure, group);
  });
  return [...groups.values()];
}

/** Series from years in columns: a candidate per row and measure. */
function rowCandidates(table: ImportTable): SeriesCandidate[] {
  const groups = measures(table);
  return table.rows.flatMap((r) =>
    groups.map((cols) => {
      const measure = cols[0]!.c.measure;
      const own = cols.find(({ c }) => c.unitSource === 'header')?.c.unit ?? null;
      const rowUnit = r.unit !== null && r.unit !== table.unit ? r.unit : null;
      return {
        label: [r.key, groups.length > 1 || !r.key ? measure : ''].filter(Boolean).join(' · ') || `#${r.row}`,
        unit: own !== null && own !== table.unit ? own : rowUnit,
        points: cols.map(({ c, i }) => ({
          year: c.year!,
          value: typeof r.values[i] === 'number' ? r.values[i] : null,
          cell: cellAddress(r.row - 1, c.index),
        })),
      };
    }),
  );
}

/** Series from a table of one period: a candidate per row and figure column, with that one year. */
function snapshotCandidates(table: ImportTable, year: number): SeriesCandidate[] {
  const cols = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.type === 'number');
  return table.rows.flatMap((r) =>
    cols.map(({ c, i }) => ({
      label: [r.key, c.name].filter(Boolean).join(' · ') || `#${r.row}`,
      unit: c.unitSource === 'header' && c.unit !== table.unit ? c.unit : r.unit !== null && r.unit !== table.unit ? r.unit : null,
      points: [{ year, value: typeof r.values[i] === 'number' ? r.values[i] : null, cell: cellAddress(r.row - 1, c.index) }],
    })),
  );
}

/** The candidates to tick at first: every one, or in a table of one period only its total column (when it has one). */
export function defaultSeriesChoices(table: ImportTable): number[] {
  const all = seriesCandidates(table).map((_, i) => i);
  if (table.orientation !== null || table.snapshotYear === null) return all;
  const cols = table.columns.filter((c) => c.type === 'number');
  const total = cols.findIndex((c) => isTotalLabel(c.name.replace(/\s/g, '')));
  return total < 0 ? all : all.filter((i) => i % cols.length === total);
}

/** Every series a table offers. */
export function seriesCandidates(table: ImportTable): SeriesCandidate[] {
  if (table.orientation === null && table.snapshotYear !== null) return snapshotCandidates(table, table.snapshotYear);
  if (table.orientation === 'years-in-columns') return rowCandidates(table);
  if (table.orientation === 'years-in-rows') {
    const yearAt = Math.max(
      0,
      table.columns.findIndex((c) => c.type === 'year'),
    );
    return table.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => c.type === 'number' && i !== yearAt)
      .map(({ c, i }) => ({
        label: c.name,
        unit: c.unitSource === 'header' && c.unit !== table.unit ? c.unit : null,
        points: table.rows.flatMap((r) => {
          const year = r.values[yearAt];
          return typeof year === 'number'
            ? [{ year, value: typeof r.values[i] === 'number' ? r.values[i] : null, cell: cellAddress(r.row - 1, c.index) }]
            : [];
        }),
      }));
  }
  return [];
}

/** Where one candidate goes. */
export type SeriesTarget = { kind: 'new' } | { kind: 'update'; seriesId: string };

/** The user's choices in the import dialog (or on the command line). */
export interface SeriesImportOptions {
  file: string;
  sheet: string;
  /** The unit of the table's values (null: none). */
  unit: string | null;
  /** Candidate index → target; candidates not listed are not imported. */
  choices: Map<number, SeriesTarget>;
  /** The group new series go under (null: top level). */
  parentId: string | null;
  /** Make the table's (first) totals row a new group over the imported rows. */
  totalsAsParent: boolean;
  /** Put values into a series whose unit is of another kind (money vs not), as they are. */
  overrideUnits: boolean;
  /** Fallback unit of new series when the table has none. */
  defaultUnit: string;
}

/** One series the import adds or changes, for the preview and the CLI's JSON. */
export interface ImportedSeries {
  id: string;
  name: string;
  unit: string;
  parentId: string | null;
  points: SeriesPoint[];
  /** For updates: the years that change. */
  changes?: ReturnType<typeof diffSeries>;
}

/** The plan of a series import, or why it cannot go ahead. */
export type SeriesImportPlan =
  | { ok: true; edit: WorkbookEdit; added: ImportedSeries[]; updated: ImportedSeries[] }
  | { ok: false; problem: { code: 'unitMismatch'; series: string; from: string; to: string } | { code: 'nothingChosen' } };

/** The unit a candidate's values are in: its own, else the table's (as the user confirmed it). */
const unitOf = (candidate: SeriesCandidate, options: SeriesImportOptions) => candidate.unit ?? options.unit;

/** Values of a candidate in `unit`, each with where it came from. */
function pointsIn(candidate: SeriesCandidate, options: SeriesImportOptions, unit: string): SeriesPoint[] {
  const from = unitOf(candidate, options);
  const money = isMoneyUnit(from) && isMoneyUnit(unit) && from !== unit;
  const factor = money ? conversionFactor(from, unit) : 1;
  return candidate.points.map((p) => ({
    year: p.year,
    value: p.value === null ? null : money ? convertMoney(p.value, from, unit) : p.value,
    note: '',
    source: { file: options.file, sheet: options.sheet, cell: p.cell, unit: from, factor } satisfies Provenance,
  }));
}

/** Whether values in `from` may go into a series in `to` without an override. */
function unitsCompatible(from: string | null, to: string): boolean {
  if (from === null || from === '' || from === to) return true;
  return isMoneyUnit(from) === isMoneyUnit(to) && (isMoneyUnit(from) || from === to);
}

/** Plans the import of the chosen candidates into `workbook`. */
export function planSeriesImport(workbook: Workbook, table: ImportTable, options: SeriesImportOptions): SeriesImportPlan {
  const candidates = seriesCandidates(table);
  const chosen = [...options.choices].filter(([i]) => candidates[i]);
  if (chosen.length === 0) return { ok: false, problem: { code: 'nothingChosen' } };
  const taken: { id: string }[] = [...workbook.series];
  const freshId = () => {
    const id = nextPrefixedId('series', taken);
    taken.push({ id });
    return id;
  };
  const edits: WorkbookEdit[] = [];
  const added: ImportedSeries[] = [];
  const updated: ImportedSeries[] = [];
  const newUnit = options.unit ?? options.defaultUnit;
  let parentId = options.parentId;
  const total = options.totalsAsParent ? table.totals[0] : undefined;
  if (total) {
    // The totals row becomes the group; its values are kept as entered, so a mismatch with the rows shows.
    const asCandidate = seriesCandidates({ ...table, rows: [{ row: total.row, values: total.values, key: total.label, unit: null }] })[0];
    const group: Series = {
      id: freshId(),
      name: total.label,
      unit: newUnit,
      parentId,
      note: `${options.file} · ${options.sheet}`,
      baselineScenarioId: null,
      points: asCandidate ? pointsIn(asCandidate, options, newUnit) : [],
    };
    edits.push({ kind: 'addSeries', series: group });
    added.push({ id: group.id, name: group.name, unit: group.unit, parentId: group.parentId, points: group.points });
    parentId = group.id;
  }
  for (const [index, target] of chosen) {
    const candidate = candidates[index]!;
    if (target.kind === 'update') {
      const series = workbook.series.find((s) => s.id === target.seriesId);
      if (!series) continue;
      const from = unitOf(candidate, options);
      if (!options.overrideUnits && !unitsCompatible(from, series.unit))
        return { ok: false, problem: { code: 'unitMismatch', series: series.name, from: from ?? '', to: series.unit } };
      const points = pointsIn(candidate, options, series.unit);
      edits.push({ kind: 'importSeries', seriesId: series.id, points });
      updated.push({
        id: series.id,
        name: series.name,
        unit: series.unit,
        parentId: series.parentId,
        points,
        changes: diffSeries(series.points, points),
      });
      continue;
    }
    const unit = candidate.unit ?? newUnit;
    const series: Series = {
      id: freshId(),
      name: candidate.label,
      unit,
      parentId,
      note: `${options.file} · ${options.sheet}`,
      baselineScenarioId: null,
      points: pointsIn(candidate, options, unit),
    };
    edits.push({ kind: 'addSeries', series });
    added.push({ id: series.id, name: series.name, unit: series.unit, parentId: series.parentId, points: series.points });
  }
  return { ok: true, edit: { kind: 'batch', edits }, added, updated };
}
