/**
 * Importing a table as series: each chosen row (years in columns) or column (years in rows) becomes a
 * new series or updates an existing one — by default the one of the same name, so importing a table twice
 * changes nothing the second time. Units are carried, not assumed: a table in 천명 makes series in 천명;
 * money converts into an existing series' unit (백만원 → 억원 ÷ 100); money into a non-money series (or
 * the reverse) is refused unless the user overrides. Totals rows are candidates too; "totals as groups"
 * makes each totals row the group of the rows it actually sums (nested totals nest). The result is one
 * batch edit: one undo takes it all back.
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
  /** Its sheet row (a column's: 0), to find it among a total's members. */
  row: number;
  /** A totals row: the sheet rows of the data rows it sums (null for a data row). */
  members: number[] | null;
  /** The measure (several per row when a table has 원인 (건) and 피해액 (천원) under each year). */
  measure: string;
  /** A period that is not the whole year ("2011.10월 누계 기준/잠정"): kept on each point as its note and provenance. */
  period?: string;
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

/** Data rows and totals rows in sheet order, as candidates see them. */
type LabelledRow = { row: number; values: (string | number | null)[]; key: string; unit: string | null; members: number[] | null };
function labelledRows(table: ImportTable): LabelledRow[] {
  const rows: LabelledRow[] = [
    ...table.rows.map((r) => ({ ...r, members: null })),
    ...table.totals.map((t) => ({ row: t.row, values: t.values, key: t.label, unit: null, members: t.members })),
  ];
  return rows.sort((a, b) => a.row - b.row);
}

/** Series from years in columns: a candidate per row (totals included) and measure. */
function rowCandidates(table: ImportTable): SeriesCandidate[] {
  const groups = measures(table);
  return labelledRows(table).flatMap((r) =>
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
        row: r.row,
        members: r.members,
        measure,
      };
    }),
  );
}

/** Series from a table of one period: a candidate per row and figure column, with that one year. */
function snapshotCandidates(table: ImportTable, year: number): SeriesCandidate[] {
  const cols = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.type === 'number');
  return labelledRows(table).flatMap((r) =>
    cols.map(({ c, i }) => ({
      label: [r.key, c.name].filter(Boolean).join(' · ') || `#${r.row}`,
      unit: c.unitSource === 'header' && c.unit !== table.unit ? c.unit : r.unit !== null && r.unit !== table.unit ? r.unit : null,
      points: [{ year, value: typeof r.values[i] === 'number' ? r.values[i] : null, cell: cellAddress(r.row - 1, c.index) }],
      row: r.row,
      members: r.members,
      measure: c.name,
      ...(table.snapshotPeriod && { period: table.snapshotPeriod }),
    })),
  );
}

/** Whether two published figures are the same up to rounding (half a unit of the last digit per term). */
const close = (a: number, b: number, terms: number) => Math.abs(a - b) <= Math.max(terms * 0.5 * 10 ** -2, Math.abs(b) * 2e-3);

/**
 * Candidates that are totals of others without saying so: a row whose every figure is the sum of the rows
 * right below it (an outline: □ 사업 over its ㅇ 세부사업), found by the figures. Labelled totals are known already.
 */
export function sumsOfOthers(candidates: readonly SeriesCandidate[]): Set<number> {
  const out = new Set<number>();
  candidates.forEach((c, i) => {
    if (c.members !== null) {
      // A labelled total over rows of the table; one that sums none of them (전체 over rows of rates) is the headline figure.
      if (c.members.length > 0) out.add(i);
      return;
    }
    const years = c.points.filter((p) => p.value !== null);
    if (years.length === 0) return;
    const sums = years.map(() => 0);
    for (let j = i + 1, n = 0; j < candidates.length && j < i + 200; j++) {
      const next = candidates[j]!;
      if (next.measure !== c.measure || next.members !== null) continue;
      n++;
      years.forEach((p, k) => (sums[k]! += next.points.find((q) => q.year === p.year)?.value ?? 0));
      if (n >= 2 && years.every((p, k) => close(sums[k]!, p.value!, n))) return out.add(i);
      // Past the row's own figures the block cannot add up to it any more (figures are not negative here).
      if (years.every((p, k) => p.value! >= 0 && sums[k]! > p.value! * 1.01 + 1)) return;
    }
  });
  return out;
}

const fold = (s: string) => s.replace(/\s+/g, '').normalize('NFKC');

/** The workbook's series by folded name, made once per series list (a 1,000-row table looks up 1,000 names). */
const byName = new WeakMap<readonly Series[], Map<string, Series[]>>();
function nameIndex(series: readonly Series[]): Map<string, Series[]> {
  let index = byName.get(series);
  if (!index) {
    index = new Map();
    for (const s of series) {
      const key = fold(s.name);
      const list = index.get(key);
      if (list) list.push(s);
      else index.set(key, [s]);
    }
    byName.set(series, index);
  }
  return index;
}

/** The one series a candidate's label names among `series` (under `parentId` when several share it), or null. */
export function seriesNamed(series: readonly Series[], label: string, parentId: string | null = null): Series | null {
  const named = nameIndex(series).get(fold(label)) ?? [];
  if (named.length === 1) return named[0]!;
  const under = named.filter((s) => s.parentId === parentId);
  return under.length === 1 ? under[0]! : null;
}

/**
 * What the dialog ticks at first: every row that is not a total of others (labelled or by its figures; in a
 * table of one period, its total column only), each into the series of the same name where the workbook has
 * one (a table imported again updates, never duplicates), else a new series.
 */
export function defaultSeriesChoices(table: ImportTable, series: readonly Series[] = []): Map<number, SeriesTarget> {
  const candidates = seriesCandidates(table);
  const totals = sumsOfOthers(candidates);
  let chosen = candidates.map((_, i) => i).filter((i) => !totals.has(i));
  if (table.orientation === null && table.snapshotYear !== null) {
    const cols = table.columns.filter((c) => c.type === 'number');
    const total = cols.find((c) => isTotalLabel(c.name.replace(/\s/g, '')));
    if (total) chosen = chosen.filter((i) => candidates[i]!.measure === total.name);
  }
  return new Map(
    chosen.map((i): [number, SeriesTarget] => {
      const same = seriesNamed(series, candidates[i]!.label);
      return [i, same ? { kind: 'update', seriesId: same.id } : { kind: 'new' }];
    }),
  );
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
        row: 0,
        members: null,
        measure: c.name,
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
    note: candidate.period ?? '',
    source: {
      file: options.file,
      sheet: options.sheet,
      cell: p.cell,
      unit: from,
      factor,
      ...(candidate.period && { period: candidate.period }),
    } satisfies Provenance,
  }));
}

/** Whether values in `from` may go into a series in `to` without an override. */
function unitsCompatible(from: string | null, to: string): boolean {
  if (from === null || from === '' || from === to) return true;
  return isMoneyUnit(from) === isMoneyUnit(to) && (isMoneyUnit(from) || from === to);
}

/**
 * Which totals become groups, and each candidate's group: totals whose rows nest (a 시도's 계 inside the
 * national 계) form a tree; a total whose rows cross another's (계 · 남자 across the 시도 blocks) does not,
 * and stays a plain series. Each row goes under the smallest total that sums it.
 */
function totalsTree(candidates: readonly SeriesCandidate[]): { groups: number[]; parentOf: Map<number, number> } {
  const totals = candidates
    .map((c, i) => ({ i, members: new Set(c.members ?? []), measure: c.measure }))
    .filter((t) => t.members.size > 0)
    .sort((a, b) => a.members.size - b.members.size);
  const accepted: typeof totals = [];
  const within = (a: Set<number>, b: Set<number>) => [...a].every((r) => b.has(r));
  const disjoint = (a: Set<number>, b: Set<number>) => [...a].every((r) => !b.has(r));
  for (const t of totals)
    if (accepted.every((g) => g.measure !== t.measure || within(g.members, t.members) || disjoint(g.members, t.members))) accepted.push(t);
  const parentOf = new Map<number, number>();
  const smallest = (row: number, measure: string, except: number) =>
    accepted.find((g) => g.i !== except && g.measure === measure && g.members.has(row));
  candidates.forEach((c, i) => {
    if (c.members === null) {
      const g = smallest(c.row, c.measure, -1);
      if (g) parentOf.set(i, g.i);
    }
  });
  for (const t of accepted) {
    const outer = accepted.find(
      (g) => g !== t && g.measure === t.measure && g.members.size > t.members.size && within(t.members, g.members),
    );
    if (outer) parentOf.set(t.i, outer.i);
  }
  return { groups: accepted.map((t) => t.i), parentOf };
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
  const tree = options.totalsAsParent ? totalsTree(candidates) : { groups: [], parentOf: new Map<number, number>() };
  const groupIds = new Map<number, string>();
  const targets = new Map(chosen);

  /** Updates an existing series with a candidate's points (unit checked). */
  const update = (index: number, series: Series): SeriesImportPlan | null => {
    const candidate = candidates[index]!;
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
    return null;
  };
  /** Adds a candidate as a new series under `parentId`. */
  const add = (index: number, parentId: string | null): string => {
    const candidate = candidates[index]!;
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
    return series.id;
  };
  // Groups from totals, outermost first, for the chosen rows under them; an existing series of the same name is the group again.
  const wanted = new Set<number>();
  for (const [i] of chosen) for (let g = tree.parentOf.get(i); g !== undefined; g = tree.parentOf.get(g)) wanted.add(g);
  const depth = (i: number): number => (tree.parentOf.has(i) ? 1 + depth(tree.parentOf.get(i)!) : 0);
  for (const g of [...wanted].sort((a, b) => depth(a) - depth(b))) {
    const parentId = tree.parentOf.has(g) ? groupIds.get(tree.parentOf.get(g)!)! : options.parentId;
    const target = targets.get(g);
    const existing =
      target?.kind === 'update'
        ? workbook.series.find((s) => s.id === target.seriesId)
        : seriesNamed(workbook.series, candidates[g]!.label, parentId);
    if (existing) {
      const problem = update(g, existing);
      if (problem) return problem;
      groupIds.set(g, existing.id);
    } else groupIds.set(g, add(g, parentId));
  }
  for (const [index, target] of chosen) {
    if (groupIds.has(index)) continue;
    if (target.kind === 'update') {
      const series = workbook.series.find((s) => s.id === target.seriesId);
      if (!series) continue;
      const problem = update(index, series);
      if (problem) return problem;
      continue;
    }
    const group = tree.parentOf.get(index);
    add(index, group !== undefined ? groupIds.get(group)! : options.parentId);
  }
  return { ok: true, edit: { kind: 'batch', edits }, added, updated };
}
