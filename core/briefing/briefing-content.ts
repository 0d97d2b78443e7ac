/**
 * What a briefing says, made once from the workbook: the series table, each series' projections and
 * sensitivity, the 개조식 summary sentences and the report's tables with their units. Every output
 * document renders this one model (the xlsx places it on sheets with live formulas; the 한/글 report
 * and the HTML preview lay it out as a document), so the numbers in each are the same numbers.
 */
import { formatMessage, type MessageKey, type MessageParams } from '../messages';
import type { MethodResult } from '../projection-methods';
import { compareScenarios, scenarioSensitivity, sensitivityTable, type SensitivityShape } from '../scenarios';
import { seriesTable, type TableRow } from '../series-table';
import { seriesOfStage, shownStage } from '../budget/budget-paths';
import type { Lang, Scenario, Series, SeriesPoint, Workbook } from '../types';
import { unitLabel } from '../units';
import { changeSentence, projectionSentence } from './summary-sentences';

/** One series' projections: its history, every scenario on it and their results. */
export interface ProjectionContent {
  series: Series;
  history: SeriesPoint[];
  scenarios: Scenario[];
  results: Record<string, MethodResult>;
  baselineId: string | null;
  baseYear: number;
  /** Every year from the first actual to the last projected. */
  years: number[];
}

/** One series' sensitivity table: its baseline's base value grown at each rate to each year. */
export interface SensitivityContent {
  series: Series;
  scenario: Scenario;
  result: Extract<MethodResult, { ok: true }>;
  shape: SensitivityShape;
  /** Values by rate (rows) × year (columns). */
  values: number[][];
}

/** How a number cell reads: whole, one decimal, a rate (fraction), or a year. */
export type NumberFormat = 'int' | 'one' | 'pct' | 'year';

/** A cell of a report table: text, or a number with its format (null: no value). */
export type ReportCell =
  | { kind: 'text'; text: string; rowSpan?: number; colSpan?: number; indent?: number }
  | { kind: 'number'; value: number | null; format: NumberFormat };

/** A table of the report: its caption, the unit line above it, header rows (merged where grouped), body. */
export interface ReportTable {
  key: 'series' | 'scenarios' | `sensitivity:${string}`;
  caption: string;
  /** "(단위: 억원, %)"; empty when no cell carries a unit. */
  unitLine: string;
  header: ReportCell[][];
  body: ReportCell[][];
  /** Body rows that are totals (groups with their sums): bold. */
  totals: boolean[];
}

/** A block of the report: a sentence (□ first level, ○ second), a table, the chart, or a note. */
export type ReportBlock =
  | { kind: 'sentence'; level: 1 | 2; text: string }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; caption: string }
  | { kind: 'note'; text: string };

/** A numbered section of the report. */
export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

/** Everything a briefing says. */
export interface BriefingContent {
  lang: Lang;
  title: string;
  programme: string;
  source: string;
  date: string;
  author: string;
  /** The series table in tree order (of the stage shown, for a budget book), every year any series has. */
  table: { rows: TableRow[]; years: number[] };
  /** The series the key figures describe: the first with scenarios, else the first. */
  main: Series | null;
  projections: ProjectionContent[];
  sensitivity: SensitivityContent[];
  /** The report document: sections of sentences, tables and the chart. */
  sections: ReportSection[];
}

/** Most year columns a report's series table shows (the latest years; an A4 page holds about ten). */
export const REPORT_YEARS = 10;

const say = (lang: Lang, key: string, params: MessageParams = {}) => formatMessage(lang, `report.${key}` as MessageKey, params);

function projectionsOf(workbook: Workbook, rows: readonly TableRow[], years: readonly number[]): ProjectionContent[] {
  const out: ProjectionContent[] = [];
  for (const row of rows) {
    const { scenarios, results, baselineId } = compareScenarios(workbook, row.series.id);
    if (scenarios.length === 0) continue;
    const history = [...row.cells.values()].filter((c) => c.value !== null).map((c) => ({ year: c.year, value: c.value, note: c.note }));
    const ok = scenarios.map((s) => results[s.id]).filter((r): r is Extract<MethodResult, { ok: true }> => r?.ok === true);
    const baseYear = ok[0]?.baseYear ?? history[history.length - 1]?.year ?? years[years.length - 1] ?? 2026;
    const lastYear = Math.max(baseYear, ...ok.map((r) => r.points[r.points.length - 1]?.year ?? baseYear));
    const firstYear = Math.min(baseYear, history[0]?.year ?? baseYear);
    const span = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
    out.push({ series: row.series, history, scenarios, results, baselineId, baseYear, years: span });
  }
  return out;
}

function sensitivityOf(projections: readonly ProjectionContent[]): SensitivityContent[] {
  const out: SensitivityContent[] = [];
  for (const p of projections) {
    const scenario = p.scenarios.find((s) => s.id === p.baselineId);
    const result = scenario ? p.results[scenario.id] : undefined;
    // A total of children, or a formula over inputs, has no one rate to vary.
    if (!scenario || !result?.ok || scenario.scope !== 'series') continue;
    const shape = scenarioSensitivity(result, scenario.horizon);
    out.push({
      series: p.series,
      scenario,
      result,
      shape,
      values: sensitivityTable(result.baseYear, result.baseValue, shape.rates, shape.years),
    });
  }
  return out;
}

const text = (t: string, extra: Partial<Extract<ReportCell, { kind: 'text' }>> = {}): ReportCell => ({ kind: 'text', text: t, ...extra });
const numberCell = (value: number | null, format: NumberFormat): ReportCell => ({
  kind: 'number',
  value: value !== null && Number.isFinite(value) ? value : null,
  format,
});

/** "(단위: 억원, %)" of the units a table's rows carry, in the order they first appear. */
function unitLine(lang: Lang, units: readonly string[]): string {
  const distinct = [...new Set(units.filter((u) => u !== ''))].map((u) => unitLabel(u, lang));
  return distinct.length === 0 ? '' : say(lang, 'unitLine', { units: distinct.join(', ') });
}

function seriesTableOf(lang: Lang, rows: readonly TableRow[], allYears: readonly number[]): ReportTable {
  const years = allYears.slice(-REPORT_YEARS);
  const units = rows.map((r) => r.series.unit);
  const mixed = new Set(units).size > 1;
  const header = [[text(say(lang, 'item')), ...years.map((y) => numberCell(y, 'year')), ...(mixed ? [text(say(lang, 'unit'))] : [])]];
  const body = rows.map((r) => [
    text(r.series.name, { indent: r.depth }),
    ...years.map((y) => {
      const v = r.cells.get(y)?.value ?? null;
      return numberCell(v, v === null || Number.isInteger(v) ? 'int' : 'one');
    }),
    ...(mixed ? [text(unitLabel(r.series.unit, lang))] : []),
  ]);
  return {
    key: 'series',
    caption: say(lang, 'seriesCaption'),
    unitLine: unitLine(lang, units),
    header,
    body,
    totals: rows.map((r) => r.hasChildren),
  };
}

/** Each scenario's end value against its series' baseline: header grouped over the difference columns. */
function scenarioTableOf(lang: Lang, projections: readonly ProjectionContent[]): ReportTable | null {
  const rows: ReportCell[][] = [];
  const units: string[] = [];
  for (const p of projections)
    for (const s of p.scenarios) {
      const r = p.results[s.id];
      const end = r?.ok ? r.points[r.points.length - 1] : undefined;
      const base = p.baselineId === null ? undefined : p.results[p.baselineId];
      const baseAt = end && base?.ok ? (base.points.find((x) => x.year === end.year)?.value ?? null) : null;
      const isBase = s.id === p.baselineId;
      const diff = end && baseAt !== null && !isBase ? end.value - baseAt : null;
      units.push(p.series.unit);
      rows.push([
        text(p.series.name),
        text(isBase ? say(lang, 'baselineName', { name: s.name }) : s.name),
        numberCell(end?.year ?? s.horizon, 'year'),
        numberCell(end?.value ?? null, 'int'),
        numberCell(diff, 'int'),
        numberCell(diff !== null && baseAt ? diff / baseAt : null, 'pct'),
      ]);
    }
  if (rows.length === 0) return null;
  const span2 = (t: string) => text(t, { rowSpan: 2 });
  const header: ReportCell[][] = [
    [
      span2(say(lang, 'seriesHead')),
      span2(say(lang, 'scenarioHead')),
      span2(say(lang, 'yearHead')),
      span2(say(lang, 'valueHead')),
      text(say(lang, 'vsBaseline'), { colSpan: 2 }),
    ],
    [text(say(lang, 'diffHead')), text(say(lang, 'pctHead'))],
  ];
  return {
    key: 'scenarios',
    caption: say(lang, 'scenarioCaption'),
    unitLine: unitLine(lang, units),
    header,
    body: rows,
    totals: rows.map(() => false),
  };
}

function sensitivityTableOf(lang: Lang, s: SensitivityContent): ReportTable {
  const header = [[text(say(lang, 'rateByYear')), ...s.shape.years.map((y) => numberCell(y, 'year'))]];
  const body = s.shape.rates.map((rate, i) => [numberCell(rate, 'pct'), ...s.values[i]!.map((v) => numberCell(v, 'int'))]);
  return {
    key: `sensitivity:${s.series.id}`,
    caption: say(lang, 'sensitivityCaption', { series: s.series.name, scenario: s.scenario.name, year: s.result.baseYear }),
    unitLine: unitLine(lang, [s.series.unit]),
    header,
    body,
    totals: s.shape.rates.map((_, i) => i === s.shape.ownIndex),
  };
}

/** The 개조식 summary of the main series: its latest change, then where each scenario takes it. */
function summaryOf(lang: Lang, main: Series | null, rows: readonly TableRow[], projections: readonly ProjectionContent[]): ReportBlock[] {
  const row = main ? rows.find((r) => r.series.id === main.id) : undefined;
  if (!main || !row) return [{ kind: 'note', text: say(lang, 'noFigures') }];
  const values = [...row.cells.values()].filter((c) => c.value !== null).map((c) => ({ year: c.year, value: c.value! }));
  const latest = values[values.length - 1];
  if (!latest) return [{ kind: 'note', text: say(lang, 'noFigures') }];
  const out: ReportBlock[] = [
    { kind: 'sentence', level: 1, text: changeSentence(lang, main.name, main.unit, latest, values[values.length - 2] ?? null) },
  ];
  const p = projections.find((x) => x.series.id === main.id);
  for (const s of p?.scenarios ?? []) {
    const r = p!.results[s.id];
    const end = r?.ok ? r.points[r.points.length - 1] : undefined;
    if (!r?.ok || !end) continue;
    const rate = s.method.kind === 'growth' && s.scope === 'series' ? r.parameters.rate : undefined;
    out.push({
      kind: 'sentence',
      level: 2,
      text: projectionSentence(lang, main.unit, end, rate !== undefined ? { rate } : { scenario: s.name }),
    });
  }
  return out;
}

/** Makes the content of a workbook's briefing (its text already made XML-safe by the caller where needed). */
export function briefingContent(workbook: Workbook, lang: Lang, meta: { date: string; author: string }): BriefingContent {
  // A budget book shows one stage at a time: the stage the analyst shows in the app.
  const t = seriesTable(seriesOfStage(workbook.series, shownStage(workbook)));
  const projections = projectionsOf(workbook, t.rows, t.years);
  const sensitivity = sensitivityOf(projections);
  const main = projections[0]?.series ?? t.rows[0]?.series ?? null;
  const scenarioTable = scenarioTableOf(lang, projections);
  const sections: ReportSection[] = [
    { heading: say(lang, 'summaryHeading'), blocks: summaryOf(lang, main, t.rows, projections) },
    {
      heading: say(lang, 'seriesHeading'),
      blocks:
        t.rows.length > 0
          ? [{ kind: 'table', table: seriesTableOf(lang, t.rows, t.years) }]
          : [{ kind: 'note', text: say(lang, 'noSeries') }],
    },
  ];
  if (scenarioTable)
    sections.push({
      heading: say(lang, 'scenarioHeading'),
      blocks: [
        { kind: 'table', table: scenarioTable },
        { kind: 'chart', caption: say(lang, 'chartCaption', { series: main?.name ?? '' }) },
      ],
    });
  if (sensitivity.length > 0)
    sections.push({
      heading: say(lang, 'sensitivityHeading'),
      blocks: sensitivity.map((s) => ({ kind: 'table', table: sensitivityTableOf(lang, s) })),
    });
  return {
    lang,
    title: workbook.title,
    programme: workbook.programme,
    source: workbook.source,
    date: meta.date,
    author: meta.author,
    table: { rows: t.rows, years: t.years },
    main,
    projections,
    sensitivity,
    sections,
  };
}

/** The report tables of a content, in document order. */
export function reportTables(content: BriefingContent): ReportTable[] {
  return content.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
}
