/**
 * A budget-book long table (one row per 세부사업 and 회계연도, amounts per stage) into the workbook: one
 * series per item and stage with a point per year, under groups per level (each stage its own tree), in
 * the workbook's unit with each cell kept as provenance. Items are matched by their path, read through the
 * pairings the analyst confirmed; what does not match is reported with suggested pairings.
 */
import { nextPrefixedId } from '../ids';
import type { ImportTable } from '../import/import-table';
import { importTableRows, type ListRows } from '../import/to-workbook';
import { defaultLevels, detectLongTable, pivotLongTable, type LongDuplicate, type LongTableShape } from '../import/long-table';
import { cellAddress } from '../a1';
import type { PathPairing, Series, Workbook } from '../types';
import { conversionFactor, DEFAULT_UNIT, isMoneyUnit } from '../units';
import type { BudgetEdit, NewSeries } from './budget-edit';
import { canonicalPath, pathKey, seriesPaths } from './budget-paths';
import { matchItems, type MatchItem, type MatchReport } from './budget-match';

/** A long table as the import dialog proposes it: the year column, key and amount columns, the default levels. */
export interface BudgetShape extends LongTableShape {
  levels: number[];
}

/** The long-table shape of an import table (column indexes into `table.columns`), or null when it is not one. */
export function budgetShape(table: Pick<ImportTable, 'columns' | 'rows'>): BudgetShape | null {
  const headers = table.columns.map((c) => c.name);
  const shape = detectLongTable(
    headers,
    table.rows.map((r) => r.values),
  );
  return shape && { ...shape, levels: defaultLevels(headers, shape) };
}

/** The analyst's choices: which key columns form the tree (top first), which amount columns are stages. */
export interface BudgetChoices {
  yearCol: number;
  levels: number[];
  stages: number[];
  /** Pairings confirmed in this import (the workbook's own are applied too). */
  pairings: PathPairing[];
  /** Sum rows that name the same item and year (zero copies are always dropped). */
  sumDuplicates: boolean;
}

/** Where the rows come from, and the note an undecided year gets (in the analyst's language). */
export interface BudgetContext {
  file: string;
  sheet: string;
  undecidedNote: (stage: string) => string;
}

/** What the dialog is sent: the plan's report, and its edit only when the analyst applies it (a whole government's is tens of MB). */
export type BudgetReply = Omit<BudgetPlan, 'edit'> & { edit?: BudgetEdit };

/** What the import does and what it found, for the dialog, the CLI and the handler alike. */
export interface BudgetPlan extends MatchReport {
  edit: BudgetEdit;
  stages: string[];
  years: number[];
  items: number;
  added: number;
  updated: number;
  undecided: { stage: string; year: number }[];
  duplicates: LongDuplicate[];
  /** The unit of the file's amounts and of the series (천원 → 억원). */
  fromUnit: string | null;
  toUnit: string;
}

/** Series by stage and path: the workbook's (with their points) and the ones this import makes. */
type Nodes = Map<string, NewSeries & { points?: Series['points'] }>;
const stageKey = (stage: string, key: string) => `${stage}\u0000${key}`;
const nodeKey = (stage: string, path: readonly string[]) => stageKey(stage, pathKey(path));

/** The workbook's staged series by stage and canonical path, and the renames, moves and merges new pairings make. */
function indexWorkbook(wb: Workbook, pairings: readonly PathPairing[], fresh: () => string) {
  const paths = seriesPaths(wb.series);
  const nodes: Nodes = new Map();
  const edit: Pick<BudgetEdit, 'renames' | 'merges' | 'add'> = { renames: [], merges: [], add: [] };
  const staged = wb.series.filter((s) => s.stage !== undefined);
  // Top levels first, so a series' parent is settled before it.
  const ordered = staged.map((s) => ({ s, path: paths.get(s.id)! })).sort((a, b) => a.path.length - b.path.length);
  for (const { s, path } of ordered) {
    const canon = canonicalPath(path, pairings);
    const key = nodeKey(s.stage!, canon);
    const there = nodes.get(key);
    if (there) {
      edit.merges.push({ from: s.id, into: there.id });
      continue;
    }
    const parentId = canon.length > 1 ? ensureGroup(nodes, edit.add, s, canon.slice(0, -1), fresh).id : null;
    if (pathKey(canon) !== pathKey(path) || parentId !== s.parentId) edit.renames.push({ id: s.id, name: canon.at(-1)!, parentId });
    nodes.set(key, s);
  }
  return { nodes, edit };
}

/** The group at `path` in a stage's tree, made (with its own parents) when the tree lacks it. */
function ensureGroup(nodes: Nodes, add: NewSeries[], like: Pick<Series, 'stage' | 'unit'>, path: string[], fresh: () => string): NewSeries {
  const key = nodeKey(like.stage!, path);
  const there = nodes.get(key);
  if (there) return there;
  const parentId = path.length > 1 ? ensureGroup(nodes, add, like, path.slice(0, -1), fresh).id : null;
  const group: NewSeries = { id: fresh(), name: path.at(-1)!, unit: like.unit, parentId, stage: like.stage! };
  add.push(group);
  nodes.set(key, group);
  return group;
}

/** Plans importing a long table's rows (`table.rows`: every data row, built or read cell by cell) under the analyst's choices. */
export function planBudgetImport(
  wb: Workbook,
  table: Pick<ImportTable, 'columns' | 'unit'> & { rows: ImportTable['rows'] | ListRows },
  choices: BudgetChoices,
  context: BudgetContext,
): BudgetPlan {
  const headers = table.columns.map((c) => c.name);
  const stageCols = choices.stages;
  const fromUnit = table.columns[stageCols[0]!]?.unit ?? table.unit;
  const toUnit = isMoneyUnit(fromUnit) ? (isMoneyUnit(wb.defaultUnit) ? wb.defaultUnit : DEFAULT_UNIT) : (fromUnit ?? wb.defaultUnit);
  const factor = isMoneyUnit(fromUnit) && isMoneyUnit(toUnit) ? conversionFactor(fromUnit, toUnit) : 1;
  const rows = Array.isArray(table.rows) ? importTableRows(table.rows) : table.rows;
  const pivot = pivotLongTable(headers, rows, {
    yearCol: choices.yearCol,
    levels: choices.levels,
    amountCols: stageCols,
    fromUnit,
    toUnit,
    sumDuplicates: choices.sumDuplicates,
  });
  const pairings = [...(wb.pairings ?? []), ...choices.pairings];
  const taken: { id: string }[] = [...wb.series];
  let next = Number(nextPrefixedId('series', taken).slice('series'.length));
  const fresh = () => `series${next++}`;
  const { nodes, edit: moved } = indexWorkbook(wb, pairings, fresh);
  const edit: BudgetEdit = {
    ...moved,
    points: [],
    pairings: choices.pairings,
    source: { file: context.file, sheet: context.sheet, unit: fromUnit, factor },
    undecidedNotes: Object.fromEntries(pivot.stages.map((stage) => [stage, context.undecidedNote(stage)])),
  };
  // Each stage's column letters, for the cell each value came from.
  const columns = stageCols.map((c) => cellAddress(0, table.columns[c]!.index).slice(0, -1));
  let added = 0;
  let updated = 0;
  const fileItems: MatchItem[] = [];
  const n = pivot.stages.length;
  for (const item of pivot.items) {
    const path = canonicalPath(item.path, pairings);
    const at = pivot.years.flatMap((_, y) => (item.rows[y]! < 0 ? [] : [y]));
    const itemYears = at.map((y) => pivot.years[y]!);
    const rowNumbers = at.map((y) => rows.row(item.rows[y]!));
    const valueAt = (y: number, s: number) => (Number.isNaN(item.values[y * n + s]!) ? null : item.values[y * n + s]!);
    // Read only for items left unmatched (suggestions by amounts): most of a book matches or is new.
    fileItems.push({
      path,
      get values() {
        return new Map(at.map((y) => [pivot.years[y]!, pivot.stages.map((_, s) => valueAt(y, s)).find((v) => v !== null) ?? null]));
      },
    });
    const key = pathKey(path);
    const parentKey = pathKey(path.slice(0, -1));
    pivot.stages.forEach((stage, s) => {
      const values = at.map((y) => valueAt(y, s));
      const there = nodes.get(stageKey(stage, key));
      if (there) {
        // Not decided yet in this file: a value the workbook already has stays.
        const have = new Map((there.points ?? []).map((p) => [p.year, p.value]));
        const keep = itemYears.map((y, i) => !(values[i] === null && (have.get(y) ?? null) !== null));
        const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
        if (keep.some(Boolean))
          edit.points.push({
            seriesId: there.id,
            years: pick(itemYears),
            values: pick(values),
            column: columns[s]!,
            rows: pick(rowNumbers),
          });
        updated++;
        return;
      }
      const parent =
        path.length > 1
          ? (nodes.get(stageKey(stage, parentKey)) ?? ensureGroup(nodes, edit.add, { stage, unit: toUnit }, path.slice(0, -1), fresh))
          : null;
      const leaf: NewSeries = { id: fresh(), name: path.at(-1)!, unit: toUnit, parentId: parent?.id ?? null, stage };
      edit.add.push(leaf);
      edit.points.push({ seriesId: leaf.id, years: itemYears, values, column: columns[s]!, rows: rowNumbers });
      nodes.set(stageKey(stage, key), leaf);
      added++;
    });
  }
  const report = matchItems(fileItems, workbookItems(wb, pairings, new Set(pivot.stages)), choices.levels.length);
  return {
    ...report,
    edit,
    stages: pivot.stages,
    years: pivot.years,
    items: pivot.items.length,
    added,
    updated,
    undecided: pivot.undecided,
    duplicates: pivot.duplicates,
    fromUnit,
    toUnit,
  };
}

/** The workbook's items of the file's stages (leaves of the stage trees), by canonical path, once per path. */
function workbookItems(wb: Workbook, pairings: readonly PathPairing[], stages: Set<string>): MatchItem[] {
  const parents = new Set(wb.series.map((s) => s.parentId));
  const paths = seriesPaths(wb.series);
  const out = new Map<string, MatchItem>();
  for (const s of wb.series) {
    if (s.stage === undefined || !stages.has(s.stage) || parents.has(s.id)) continue;
    const path = canonicalPath(paths.get(s.id)!, pairings);
    if (!out.has(pathKey(path))) out.set(pathKey(path), { path, values: new Map(s.points.map((p) => [p.year, p.value])) });
  }
  return [...out.values()];
}
