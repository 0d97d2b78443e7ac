/** `new`, `series` and `import`: a workbook of one's own from the command line, over the same core rules as the app. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkEdit, editProblemText } from '../../core/edit-checks';
import { formatMessage } from '../../core/messages';
import { centerMerge, centerPlan } from '../../core/import/center-import';
import type { AmbiguousChoice } from '../../core/import/center-match';
import { defaultSeriesChoices, planSeriesImport, seriesCandidates, seriesNamed, type SeriesTarget } from '../../core/import/series-import';
import { centersFromTable, type ColumnUse } from '../../core/import/to-workbook';
import { importWarningText, skipReasonText } from '../../core/import/import-warnings';
import { seriesTable } from '../../core/series-table';
import { derivedValueAt } from '../../core/formula/derived-series';
import { formulaGapText } from '../../core/formula/formula-text';
import type { CenterField, Workbook } from '../../core/types';
import { blankWorkbook } from '../../core/workbook-diff';
import { applyEdit } from '../../core/workbook-edits';
import { chooseSheet, toImportTable } from '../handlers/import/inspect';
import { loadSpreadsheet } from '../handlers/import/load-spreadsheet';
import { openProjectFile, saveProjectFile } from '../handlers/project-files';
import { UsageError, type CliIo } from './cli-support';
import { DEFAULT_UNIT } from '../../core/units';
import { importBudgetBook, isBudgetTable } from './budget-import';
import { seriesPaths } from '../../core/budget/budget-paths';

/** Usage lines. */
export const newUsage = 'npm run cli -- new --out W.awb [--title T] [--unit 억원] [--force]';
export const seriesUsage = 'npm run cli -- series --workbook W.awb [--json]';
export const importUsage =
  'npm run cli -- import FILE --into W.awb --as series|centers [--sheet S] [--header-row N] [--rows all|LABEL,…] [--into-series NAME] [--parent NAME] [--totals-as-groups] [--allow-unit-mismatch] [--map COLUMN=field,…] [--key COLUMN] [--ambiguous add|skip] [--remove-missing] [--keys COL,…] [--values COL,…] [--year-column COL] [--rename OLD=NEW …] [--accept-suggested] [--sum-duplicates] [--out OUT.awb] [--json]';

/** Runs `new`. */
export async function newCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, title: { type: 'string' }, unit: { type: 'string' }, force: { type: 'boolean' } },
    strict: true,
  });
  if (!values.out) throw new UsageError('--out W.awb is required');
  const out = resolve(values.out);
  if (existsSync(out) && !values.force) throw new UsageError(`--out: ${values.out} exists (use --force to replace it)`);
  const workbook = blankWorkbook(values.title ?? formatMessage('en', 'app.newTitle'), values.unit ?? DEFAULT_UNIT);
  const problem = checkEdit(workbook, { kind: 'setProps', patch: { title: workbook.title, defaultUnit: workbook.defaultUnit } });
  if (problem) throw new UsageError(`--title/--unit: ${editProblemText('en', problem)}`);
  await saveProjectFile(out, workbook);
  io.stdout(`wrote ${out}\n`);
}

/** Why a derived series has no value in a year, in English (null when it has one). */
function gapReason(wb: Workbook, id: string, year: number): string | null {
  const v = derivedValueAt(wb.series, id, year);
  return v && !v.ok ? formulaGapText('en', v.gap) : null;
}

const seriesJson = (wb: Workbook) => {
  const table = seriesTable(wb.series);
  const name = new Map(wb.series.map((s) => [s.id, s.name]));
  const paths = seriesPaths(wb.series);
  return {
    series: table.rows.map((r) => ({
      name: r.series.name,
      unit: r.series.unit,
      parent: r.series.parentId ? (name.get(r.series.parentId) ?? null) : null,
      path: paths.get(r.series.id)!.slice(0, -1),
      stage: r.series.stage ?? null,
      ...(r.series.formula && { formula: r.series.formula }),
      points: [...r.cells.values()].map((c) => ({
        year: c.year,
        value: c.value,
        ...(r.hasChildren && { entered: c.entered, childSum: c.childSum, mismatch: c.mismatch }),
        ...(r.series.formula && c.value === null && { reason: gapReason(wb, r.series.id, c.year) }),
      })),
    })),
  };
};

/** Runs `series`: every series with its values (a group's sums where its children have values). */
export async function seriesCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { workbook: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  if (!values.workbook) throw new UsageError('--workbook W.awb is required');
  const out = seriesJson(await openProjectFile(resolve(values.workbook)));
  if (values.json) return io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  const lines = out.series.map(
    (s) => `${s.parent ? '  ' : ''}${s.name} (${s.unit || '—'}): ${s.points.map((p) => `${p.year} ${p.value ?? '—'}`).join(', ')}`,
  );
  io.stdout(`${lines.join('\n')}\n`);
}

const FIELDS: ColumnUse[] = ['name', 'institution', 'region', 'field', 'established', 'equipment', 'extra', 'ignore'];

/** Column uses from the detected fields and `--map COLUMN=field,…`. */
function columnUses(columns: { name: string; field: CenterField | null }[], map: string | undefined): ColumnUse[] {
  const uses: ColumnUse[] = columns.map((c) => c.field ?? 'extra');
  for (const pair of map ? map.split(',') : []) {
    const [column, use] = pair.split('=').map((x) => x.trim()) as [string, string | undefined];
    const at = columns.findIndex((c) => c.name === column);
    if (at < 0) throw new UsageError(`--map: no column '${column}' (have: ${columns.map((c) => c.name).join(', ')})`);
    if (!use || !(FIELDS as string[]).includes(use)) throw new UsageError(`--map: '${use ?? ''}' is not one of ${FIELDS.join(', ')}`);
    uses[at] = use as ColumnUse;
  }
  return uses;
}

/** Runs `import`: a file's table into the workbook's series or center list, written back atomically. */
export async function importCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      into: { type: 'string' },
      as: { type: 'string' },
      sheet: { type: 'string' },
      'header-row': { type: 'string' },
      rows: { type: 'string' },
      'into-series': { type: 'string' },
      parent: { type: 'string' },
      'allow-unit-mismatch': { type: 'boolean' },
      'totals-as-groups': { type: 'boolean' },
      map: { type: 'string' },
      'remove-missing': { type: 'boolean' },
      key: { type: 'string' },
      ambiguous: { type: 'string' },
      keys: { type: 'string' },
      values: { type: 'string' },
      'year-column': { type: 'string' },
      rename: { type: 'string', multiple: true },
      'accept-suggested': { type: 'boolean' },
      'sum-duplicates': { type: 'boolean' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
  if (!values.into) throw new UsageError('--into W.awb is required');
  if (values.as !== 'series' && values.as !== 'centers') throw new UsageError('--as must be series or centers');
  const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row']);
  if (headerRow !== undefined && (!Number.isInteger(headerRow) || headerRow < 1))
    throw new UsageError(`--header-row: '${values['header-row']}' is not a row number`);
  const workbook = await openProjectFile(resolve(values.into));
  const loaded = await loadSpreadsheet(resolve(positionals[0]!), { sheet: values.sheet });
  if (values.sheet !== undefined && !loaded.sheets.some((s) => s.name === values.sheet))
    throw new UsageError(`--sheet: no sheet '${values.sheet}' (have: ${loaded.sheetNames.join(', ')})`);
  const { sheet, table: detected, reason } = chooseSheet(loaded, { sheet: values.sheet, headerRow });
  if (reason) throw new UsageError(`no table on sheet '${sheet}' (${skipReasonText('en', reason)})`);
  const table = toImportTable(detected);
  // A budget book's long table (a year column, key columns, amount columns) becomes a tree of series by stage.
  const budget = values.as === 'series' && table.kind === 'list' && isBudgetTable(table, values);
  const result = budget
    ? importBudgetBook(workbook, table, loaded.file, sheet, values)
    : values.as === 'series'
      ? importSeries(workbook, table, loaded.file, sheet, values)
      : importCenters(workbook, table, loaded.file, values);
  const problem = checkEdit(workbook, result.edit);
  if (problem) throw new UsageError(editProblemText('en', problem));
  const out = resolve(values.out ?? values.into);
  await saveProjectFile(out, applyEdit(workbook, result.edit));
  const warnings = [...table.warnings, ...loaded.warnings].map((w) => importWarningText('en', w));
  if (values.json) io.stdout(`${JSON.stringify({ ...result.report, warnings }, null, 2)}\n`);
  else io.stdout(`${'summary' in result ? `${result.summary}\n` : ''}wrote ${out}\n`);
}

type ImportValues = {
  rows?: string;
  'into-series'?: string;
  parent?: string;
  'allow-unit-mismatch'?: boolean;
  'totals-as-groups'?: boolean;
  map?: string;
  'remove-missing'?: boolean;
  key?: string;
  ambiguous?: string;
};

function importSeries(workbook: Workbook, table: ReturnType<typeof toImportTable>, file: string, sheet: string, values: ImportValues) {
  const candidates = seriesCandidates(table);
  if (candidates.length === 0) throw new UsageError(`the table on '${sheet}' has no years in its rows or columns: import it --as centers`);
  // Without --rows: what the dialog ticks (rows that are not totals of others, into the series of their name
  // where there is one); --rows all: every one; --rows LABEL,…: those.
  const defaults = defaultSeriesChoices(table, workbook.series);
  const wanted = !values.rows
    ? [...defaults.keys()]
    : values.rows === 'all'
      ? candidates.map((_, i) => i)
      : values.rows.split(',').map((label) => label.trim());
  const indexes = wanted.map((w) => {
    if (typeof w === 'number') return w;
    const i = candidates.findIndex((c) => c.label === w || c.label.split(' · ').at(-1) === w);
    if (i < 0) throw new UsageError(`--rows: no row '${w}' (have: ${candidates.map((c) => c.label).join(', ')})`);
    return i;
  });
  const byName = (name: string, flag: string) => {
    const s = workbook.series.find((x) => x.name === name || x.id === name);
    if (!s) throw new UsageError(`${flag}: no series '${name}' (have: ${workbook.series.map((x) => x.name).join(', ') || 'none'})`);
    return s;
  };
  let into: SeriesTarget | null = null;
  if (values['into-series']) {
    if (indexes.length !== 1) throw new UsageError('--into-series updates one series: choose one row with --rows');
    into = { kind: 'update', seriesId: byName(values['into-series'], '--into-series').id };
  }
  // Each row into the series of its name where the workbook has one (a table imported again updates), else new.
  const targetOf = (i: number): SeriesTarget => {
    if (into) return into;
    const same = seriesNamed(workbook.series, candidates[i]!.label);
    return same ? { kind: 'update', seriesId: same.id } : { kind: 'new' };
  };
  const parentId = values.parent ? byName(values.parent, '--parent').id : null;
  const plan = planSeriesImport(workbook, table, {
    file,
    sheet,
    unit: table.unit,
    choices: new Map(indexes.map((i) => [i, targetOf(i)])),
    parentId,
    totalsAsParent: values['totals-as-groups'] ?? false,
    overrideUnits: values['allow-unit-mismatch'] ?? false,
    defaultUnit: table.unit ?? '',
  });
  if (!plan.ok) {
    if (plan.problem.code === 'unitMismatch')
      throw new UsageError(
        `values in ${plan.problem.from} cannot go into '${plan.problem.series}' (${plan.problem.to}); add --allow-unit-mismatch to import them as they are`,
      );
    throw new UsageError('no rows chosen');
  }
  const name = new Map(workbook.series.map((s) => [s.id, s.name]));
  for (const a of plan.added) name.set(a.id, a.name);
  const out = (s: (typeof plan.added)[number]) => ({
    name: s.name,
    unit: s.unit,
    parent: s.parentId ? (name.get(s.parentId) ?? null) : null,
    points: s.points.map((p) => ({ year: p.year, value: p.value })),
  });
  return { edit: plan.edit, report: { added: plan.added.map(out), updated: plan.updated.map(out) } };
}

function importCenters(workbook: Workbook, table: ReturnType<typeof toImportTable>, file: string, values: ImportValues) {
  const uses = columnUses(table.columns, values.map);
  if (!uses.includes('name'))
    throw new UsageError(`no column is the center name: add --map 'COLUMN=name' (columns: ${table.columns.map((c) => c.name).join(', ')})`);
  // A list becomes centers when its name column is certain, or the user says which it is.
  const guessed = table.columns.find((c, i) => uses[i] === 'name' && c.field === 'name' && c.confidence !== 'exact');
  if (guessed && !values.map?.split(',').some((pair) => pair.split('=')[1]?.trim() === 'name'))
    throw new UsageError(`'${guessed.name}' only looks like the center name: confirm with --map '${guessed.name}=name'`);
  const imported = centersFromTable(table, uses, file);
  const keyColumn = values.key === undefined ? null : table.columns.findIndex((c) => c.name === values.key);
  if (keyColumn === -1) throw new UsageError(`--key: no column '${values.key}' (have: ${table.columns.map((c) => c.name).join(', ')})`);
  // A key column must be kept, or the next import could not match by it.
  if (keyColumn !== null && uses[keyColumn] === 'ignore') uses[keyColumn] = 'extra';
  const choice = values.ambiguous;
  const isChoice = (v: string): v is AmbiguousChoice => v === 'add' || v === 'skip';
  if (choice !== undefined && !isChoice(choice)) throw new UsageError('--ambiguous must be add or skip');
  const ambiguous: AmbiguousChoice | undefined = choice;
  const request = { uses, keepMissing: !values['remove-missing'], keyColumn, ambiguous };
  const plan = centerPlan(workbook.centers.rows, imported, request, table.columns);
  // Rows that match several centers (or the reverse) are never guessed: the user says what to do with them.
  if (plan.ambiguous.length > 0 && ambiguous === undefined)
    throw new UsageError(
      `${plan.ambiguous.reduce((n, g) => n + g.file.length, 0)} rows match several centers (e.g. ${plan.ambiguous[0]!.file[0]!.name}): match by an ID column with --key COLUMN, or choose --ambiguous add|skip`,
    );
  const { merge, counts } = centerMerge(workbook.centers.rows, imported, request, table.columns);
  return {
    edit: { kind: 'importCenters' as const, merge, keepMissing: request.keepMissing },
    report: {
      ...counts,
      ambiguousRows: plan.ambiguous.map((g) => ({
        key: g.key,
        file: g.file.map((c) => c.source?.cell ?? c.name),
        workbook: g.current.map((c) => c.id),
      })),
      mapping: Object.fromEntries(table.columns.map((c, i) => [c.name, uses[i]])),
      unknownRegions: imported.unknownRegions,
    },
  };
}
