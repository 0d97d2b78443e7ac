/** `import --as series` of a budget book's long table: the same plan as the dialog, the choices as flags. */
import { budgetShape, planBudgetImport, type BudgetChoices, type BudgetPlan } from '../../core/budget/budget-import';
import { pathKey, pathText, seriesPaths } from '../../core/budget/budget-paths';
import type { PairingSuggestion } from '../../core/budget/budget-match';
import type { ImportTable } from '../../core/import/import-table';
import { formatMessage } from '../../core/messages';
import type { PathPairing, Workbook } from '../../core/types';
import { UsageError } from './cli-support';

/** The flags a budget-book import reads. */
export interface BudgetFlags {
  keys?: string;
  values?: string;
  'year-column'?: string;
  rename?: string[];
  'accept-suggested'?: boolean;
  'sum-duplicates'?: boolean;
}

/** Whether the table is a long table to import as a budget book (recognised, or named by a flag). */
export const isBudgetTable = (table: ImportTable, flags: BudgetFlags): boolean =>
  budgetShape(table) !== null || flags.keys !== undefined || flags['year-column'] !== undefined;

/** Column indexes by header, as a flag names them. */
function columnsNamed(table: ImportTable, list: string, flag: string): number[] {
  return list.split(',').map((name) => {
    const at = table.columns.findIndex((c) => c.name === name.trim());
    if (at < 0) throw new UsageError(`${flag}: no column '${name.trim()}' (have: ${table.columns.map((c) => c.name).join(', ')})`);
    return at;
  });
}

const splitPath = (text: string) =>
  text
    .split(/\s*[›>]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/** `--rename OLD=NEW`: full paths (names joined with › or >), or single names that pick out one suggestion or one item. */
function pairingOf(text: string, plan: BudgetPlan, workbook: Workbook): PathPairing {
  const [old, neu] = text.split('=');
  if (!old?.trim() || !neu?.trim()) throw new UsageError(`--rename: '${text}' is not OLD=NEW`);
  const from = splitPath(old);
  const to = splitPath(neu);
  const ends = (path: string[], part: string[]) => part.every((n, i) => path[path.length - part.length + i] === n);
  const hits = plan.suggested.filter((s) => ends(s.from, from) && ends(s.to, to));
  if (hits.length === 1) return { from: hits[0]!.from, to: hits[0]!.to };
  // A path the workbook has, as written (a 소관 at the top, or a full path): paired as it is.
  const paths = [...seriesPaths(workbook.series).values()].map(pathKey);
  if (paths.includes(pathKey(from))) return { from, to };
  const olds = plan.inWorkbook.filter((p) => ends(p, from));
  const news = plan.inFile.filter((p) => ends(p, to));
  if (olds.length === 1 && news.length === 1) return { from: olds[0]!, to: news[0]! };
  throw new UsageError(`--rename: '${text}' names no one item on each side: give full paths (A › B › C=A › B › D)`);
}

const suggestionJson = (s: PairingSuggestion) => ({ kind: s.kind, from: s.from, to: s.to });

/** Plans the import under the flags (detected shape unless overridden), pairing what `--rename`/`--accept-suggested` name. */
export function importBudgetBook(workbook: Workbook, table: ImportTable, file: string, sheet: string, flags: BudgetFlags) {
  const shape = budgetShape(table);
  const yearCol = flags['year-column'] ? columnsNamed(table, flags['year-column'], '--year-column')[0]! : shape?.yearCol;
  if (yearCol === undefined) throw new UsageError('no year column: name it with --year-column COL');
  const levels = flags.keys ? columnsNamed(table, flags.keys, '--keys') : shape?.levels;
  const stages = flags.values ? columnsNamed(table, flags.values, '--values') : shape?.amountCols;
  if (!levels?.length) throw new UsageError('no key columns: name them with --keys COL,COL');
  if (!stages?.length) throw new UsageError('no amount columns: name them with --values COL,COL');
  const choices: BudgetChoices = { yearCol, levels, stages, pairings: [], sumDuplicates: flags['sum-duplicates'] ?? false };
  const context = { file, sheet, undecidedNote: (stage: string) => formatMessage('ko', 'budget.undecided', { stage }) };
  let plan = planBudgetImport(workbook, table, choices, context);
  const pairings = [
    ...(flags['accept-suggested'] ? plan.suggested.map((s) => ({ from: s.from, to: s.to })) : []),
    ...(flags.rename ?? []).map((r) => pairingOf(r, plan, workbook)),
  ];
  if (pairings.length > 0) plan = planBudgetImport(workbook, table, { ...choices, pairings }, context);
  return {
    edit: { kind: 'importBudget' as const, budget: plan.edit },
    report: {
      stages: plan.stages,
      years: plan.years,
      items: plan.items,
      added: plan.added,
      updated: plan.updated,
      unit: { from: plan.fromUnit, to: plan.toUnit },
      pairings: pairings.map((p) => ({ from: p.from, to: p.to })),
      unmatched: { inFile: plan.inFile, inWorkbook: plan.inWorkbook },
      suggested: plan.suggested.map(suggestionJson),
      undecided: plan.undecided,
      duplicates: plan.duplicates.map((d) => ({ path: d.path, year: d.year, rows: d.rows, dropped: d.droppedZeros })),
    },
    /** One line for people: what came in, what was left out or summed, and what is left to pair. */
    summary: [
      `${plan.items} items (${plan.stages.join(', ')}; ${plan.years.join(', ')}): ${plan.added} new series, ${plan.updated} updated`,
      ...notes(plan, choices.sumDuplicates),
      ...(plan.suggested.length > 0
        ? [`suggested pairings: ${plan.suggested.map((s) => `${pathText(s.from)} = ${pathText(s.to)}`).join('; ')}`]
        : []),
    ].join('; '),
  };
}

/** What a person must know of a plan besides its counts: years not decided, duplicate rows dropped, kept once or summed. */
function notes(plan: BudgetPlan, summed: boolean): string[] {
  const zeros = plan.duplicates.filter((d) => d.droppedZeros).length;
  const others = plan.duplicates.length - zeros;
  return [
    ...plan.undecided.map((u) => `${u.stage} ${u.year} not decided yet (no value, not 0)`),
    ...(zeros > 0 ? [`${zeros} zero-budget duplicate rows dropped`] : []),
    ...(others > 0
      ? [
          summed
            ? `${others} items with duplicate rows in a year summed`
            : `${others} items with duplicate rows in a year: the first row kept (--sum-duplicates sums them)`,
        ]
      : []),
  ];
}
