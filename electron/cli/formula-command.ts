/** `formula`: adds a derived series to a workbook, or changes the formula of one, over the same checks as the app. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFormula } from '../../core/formula/derived-series';
import { checkEdit, editProblemText } from '../../core/edit-checks';
import { nextSeriesId } from '../../core/scenarios';
import type { Workbook } from '../../core/types';
import { applyEdit, type WorkbookEdit } from '../../core/workbook-edits';
import { openProjectFile, saveProjectFile } from '../handlers/project-files';
import { UsageError, type CliIo } from './cli-support';

/** Usage line of the command. */
export const formulaUsage =
  'npm run cli -- formula --workbook W.awb --name NAME --expr "EXPR" [--unit U] [--parent NAME] [--out OUT.awb] [--json]';

/** The edit that adds the derived series, or changes the one of that name. */
function formulaEdit(wb: Workbook, name: string, expr: string, unit: string | undefined, parent: string | undefined): WorkbookEdit {
  const existing = wb.series.find((s) => s.name === name);
  if (existing && !existing.formula) throw new UsageError(`--name: '${name}' is a series of values, not a formula series`);
  const parentId = parent === undefined ? undefined : wb.series.find((s) => s.name === parent)?.id;
  if (parent !== undefined && !parentId) throw new UsageError(`--parent: no series '${parent}'`);
  const checked = checkFormula(wb.series, existing?.id ?? null, name, expr);
  // The unit the formula gives, unless one is named (a problem is reported by the edit's check below).
  const derivedUnit = unit ?? (checked.ok ? checked.unit : '');
  if (existing)
    return {
      kind: 'updateSeries',
      id: existing.id,
      patch: { formula: expr, unit: derivedUnit, ...(parentId !== undefined && { parentId }) },
    };
  const id = nextSeriesId(wb.series);
  return {
    kind: 'addSeries',
    series: { id, name, unit: derivedUnit, parentId: parentId ?? null, note: '', baselineScenarioId: null, points: [], formula: expr },
  };
}

/** Runs `formula`. */
export async function formulaCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      workbook: { type: 'string' },
      name: { type: 'string' },
      expr: { type: 'string' },
      unit: { type: 'string' },
      parent: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.workbook) throw new UsageError('--workbook W.awb is required');
  if (!values.name?.trim()) throw new UsageError('--name NAME is required');
  if (values.expr === undefined) throw new UsageError('--expr "EXPR" is required (e.g. --expr "=[신규과제] / [예산 총액] * 100")');
  const wb = await openProjectFile(resolve(values.workbook));
  const name = values.name.trim();
  const edit = formulaEdit(wb, name, values.expr, values.unit, values.parent);
  const problem = checkEdit(wb, edit);
  if (problem) throw new UsageError(`--expr: ${editProblemText('en', problem)}`);
  const next = applyEdit(wb, edit);
  const out = resolve(values.out ?? values.workbook);
  await saveProjectFile(out, next);
  const s = next.series.find((x) => x.name === name)!;
  if (values.json)
    io.stdout(
      `${JSON.stringify({ name, formula: s.formula, unit: s.unit, points: s.points.map(({ year, value }) => ({ year, value })) }, null, 2)}\n`,
    );
  else io.stdout(`wrote ${out}\n`);
}
