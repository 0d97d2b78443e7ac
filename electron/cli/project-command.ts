/** `project`: projects a series with one method and optional goal seek, printing JSON or a table. */
import { parseArgs } from 'node:util';
import { formatMessage } from '../../core/messages';
import { formatNumber, formatPercent } from '../../core/format';
import { LIMITS } from '../../core/limits';
import { type GoalResult } from '../../core/goal-seek';
import { METHOD_KINDS, projectWithMethod, type MethodKind, type ProjectionMethod, type YearWindow } from '../../core/projection-methods';
import { goalSeek, projectScenario, seriesHistory } from '../../core/scenarios';
import type { Scenario } from '../../core/types';
import { loadWorkbook, UsageError, workbookOptions, type CliIo } from './cli-support';

/** Usage line of the command. */
export const projectUsage =
  'npm run cli -- project (--workbook FILE | --sample) [--series NAME] (--method growth|cagr|average|linear|custom | --scenario NAME) --to YEAR [--rate R] [--rates R1,R2,...] [--window FROM-TO] [--target VALUE] [--json]';

/** Parses a rate: a fraction (0.115) or a percentage with % (11.5%). */
function parseRate(text: string, flag: string): number {
  const t = text.trim();
  const n = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (t === '' || !Number.isFinite(n)) throw new UsageError(`${flag}: '${text}' is not a rate (use 0.115 or 11.5%)`);
  if (n <= -1) throw new UsageError(`${flag}: a rate must be above -100%`);
  return n;
}

function parseWindow(text: string | undefined): YearWindow | null {
  if (text === undefined) return null;
  const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text.trim());
  if (!m) throw new UsageError(`--window: '${text}' is not FROM-TO (e.g. 2022-2026)`);
  const w = { from: Number(m[1]), to: Number(m[2]) };
  if (w.to <= w.from) throw new UsageError('--window: a window needs at least two years (FROM < TO)');
  return w;
}

function buildMethod(kind: MethodKind, values: { rate?: string; rates?: string; window?: string }): ProjectionMethod {
  const unused = (flag: string, v: unknown) => {
    if (v !== undefined) throw new UsageError(`${flag} does not apply to --method ${kind}`);
  };
  switch (kind) {
    case 'growth':
      unused('--rates', values.rates);
      unused('--window', values.window);
      return { kind, rate: values.rate === undefined ? null : parseRate(values.rate, '--rate') };
    case 'custom':
      unused('--rate', values.rate);
      unused('--window', values.window);
      if (!values.rates) throw new UsageError('--method custom needs --rates R1,R2,...');
      return { kind, rates: values.rates.split(',').map((r) => parseRate(r, '--rates')) };
    default:
      unused('--rate', values.rate);
      unused('--rates', values.rates);
      return { kind, window: parseWindow(values.window) };
  }
}

const goalValue = (g: GoalResult<number>) => (g.ok ? g.value : null);

/**
 * `project --scenario NAME`: a derived series through its inputs (each input's scenario NAME, else its
 * baseline); a series of values by its own scenario of that name. --to sets the horizon.
 */
async function scenarioCommand(
  values: { workbook?: string; sample?: boolean; series?: string; scenario?: string; to?: string; json?: boolean; method?: string },
  io: CliIo,
): Promise<void> {
  if (values.method !== undefined) throw new UsageError('give --method or --scenario, not both');
  const workbook = await loadWorkbook(values, io);
  const series = workbook.series.find((s) => s.name === values.series || s.id === values.series);
  if (!series)
    throw new UsageError(`--series: no series '${values.series ?? ''}' (have: ${workbook.series.map((s) => s.name).join(', ')})`);
  const name = values.scenario!;
  const own = workbook.scenarios.find((s) => s.seriesId === series.id && s.name === name);
  if (!series.formula && !own)
    throw new UsageError(`--scenario: '${series.name}' has no scenario '${name}' and no formula to project through its inputs`);
  const scenario: Scenario = own
    ? { ...own, horizon: Number(values.to) }
    : {
        id: '~cli',
        seriesId: series.id,
        name,
        method: { kind: 'growth', rate: null },
        horizon: Number(values.to),
        split: null,
        scope: 'inputs',
      };
  const result = projectScenario({ series: workbook.series, scenarios: [...workbook.scenarios, scenario] }, scenario);
  if (!result.ok) throw new UsageError(formatMessage('en', `projection.${result.reason}`, { max: LIMITS.horizonMax }));
  const output = { series: series.name, unit: series.unit, scenario: name, scope: scenario.scope, points: result.points };
  if (values.json) return io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  const lines = [
    `${series.name} (${series.unit}) — ${name}`,
    ...result.points.map((p) => `${p.year}  ${formatNumber(p.value, 'en', 3).padStart(14)}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
}

/** Runs `project`. */
export async function projectCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...workbookOptions,
      series: { type: 'string' },
      method: { type: 'string' },
      to: { type: 'string' },
      rate: { type: 'string' },
      rates: { type: 'string' },
      window: { type: 'string' },
      target: { type: 'string' },
      scenario: { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.to || !/^\d{4}$/.test(values.to)) throw new UsageError('--to YEAR is required (e.g. --to 2030)');
  if (values.scenario !== undefined) return scenarioCommand(values, io);
  if (!values.method || !(METHOD_KINDS as readonly string[]).includes(values.method))
    throw new UsageError(`--method must be one of ${METHOD_KINDS.join(', ')} (or --scenario NAME)`);
  const target = values.target === undefined ? undefined : Number(values.target.replace(/,/g, ''));
  if (target !== undefined && (!Number.isFinite(target) || target <= 0))
    throw new UsageError(`--target: '${values.target}' is not a positive number`);
  const method = buildMethod(values.method as MethodKind, values);
  const workbook = await loadWorkbook(values, io);
  const series =
    values.series === undefined ? workbook.series[0]! : workbook.series.find((s) => s.name === values.series || s.id === values.series);
  if (!series) throw new UsageError(`--series: no series '${values.series}' (have: ${workbook.series.map((s) => s.name).join(', ')})`);

  const to = Number(values.to);
  const history = seriesHistory(workbook, series.id);
  const result = projectWithMethod(history, method, to);
  if (!result.ok) throw new UsageError(formatMessage('en', `projection.${result.reason}`, { max: LIMITS.horizonMax }));
  const goal = target === undefined ? undefined : goalSeek(method, result, target, to, history);
  const output = {
    series: series.name,
    unit: series.unit,
    method: method.kind,
    parameters: result.parameters,
    points: result.points,
    ...(goal && {
      goal: {
        target: goal.target,
        requiredRate: goalValue(goal.requiredRate),
        ...(goal.requiredSlope && { requiredSlope: goalValue(goal.requiredSlope) }),
        reachedInYear: goalValue(goal.reachedInYear),
      },
    }),
  };
  if (values.json) {
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  const lines = [
    `${series.name} (${series.unit}) — ${method.kind}`,
    ...result.points.map((p) => `${p.year}  ${formatNumber(p.value, 'en', 3).padStart(14)}`),
  ];
  if (goal) {
    const rate = goalValue(goal.requiredRate);
    lines.push(
      `target ${formatNumber(goal.target, 'en')}: rate needed by ${to} ${rate === null ? '—' : formatPercent(rate, 'en', 3)}, reached in ${goalValue(goal.reachedInYear) ?? 'never'}`,
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
}
