/** CSV export of the app's grids, built from the workbook with the same core rules as the grids (never from renderer-made text). */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../../core/errors';
import type { CsvEncoding, CsvTable } from '../../core/ipc-contract';
import { projectedWithChanges } from '../../core/projection-methods';
import { baselineFor, compareScenarios, projectScenario, scenarioSensitivity, seriesHistory, sensitivityTable } from '../../core/scenarios';
import { withChanges } from '../../core/series';
import { seriesOfStage, shownStage } from '../../core/budget/budget-paths';
import { seriesTable } from '../../core/series-table';
import type { Lang, Workbook } from '../../core/types';
import { briefingLabels } from './briefing/briefing-labels';
import { writeFileSafely } from './safe-write';

type Cell = string | number | null;

/** What a CSV export is about: the series (detail, comparison, sensitivity) and its scenario. */
export interface CsvSubject {
  seriesId: string | null;
  scenarioId: string | null;
}

const finite = (v: number | null | undefined): number | null => (v !== null && v !== undefined && Number.isFinite(v) ? v : null);

function seriesTableRows(workbook: Workbook, lang: Lang): Cell[][] {
  const L = briefingLabels(lang);
  const t = seriesTable(seriesOfStage(workbook.series, shownStage(workbook)));
  return [
    [L.item, ...t.years.map(String), L.unit, L.note],
    ...t.rows.map((r) => [
      `${'  '.repeat(r.depth)}${r.series.name}`,
      ...t.years.map((y) => finite(r.cells.get(y)?.value)),
      L.unitName(r.series.unit),
      r.series.note,
    ]),
  ];
}

function detailRows(workbook: Workbook, seriesId: string, scenarioId: string | null, lang: Lang): Cell[][] {
  const L = briefingLabels(lang);
  const series = workbook.series.find((s) => s.id === seriesId);
  if (!series) throw new AppError('request.invalid', 'series');
  const out: Cell[][] = [[L.year, L.kind, L.value(L.unitName(series.unit)), L.change, L.note]];
  for (const p of withChanges(seriesHistory(workbook, seriesId))) out.push([p.year, L.actual, p.value, p.change, p.note]);
  const scenario = workbook.scenarios.find((s) => s.id === scenarioId && s.seriesId === seriesId);
  const result = scenario ? projectScenario(workbook, scenario) : null;
  if (scenario && result?.ok)
    for (const p of projectedWithChanges(result)) out.push([p.year, L.projected, finite(p.value), finite(p.change), scenario.name]);
  return out;
}

function comparisonRows(workbook: Workbook, seriesId: string, lang: Lang): Cell[][] {
  const L = briefingLabels(lang);
  const { scenarios, rows, baselineId } = compareScenarios(workbook, seriesId);
  const others = scenarios.filter((s) => s.id !== baselineId);
  return [
    [L.year, L.actual, ...scenarios.map((s) => s.name), ...others.flatMap((s) => [L.diff(s.name), L.diffPct(s.name)])],
    ...rows.map((r) => [
      r.year,
      r.actual,
      ...scenarios.map((s) => finite(r.values[s.id])),
      ...others.flatMap((s) => [finite(r.diff[s.id]?.abs), finite(r.diff[s.id]?.pct)]),
    ]),
  ];
}

function sensitivityRows(workbook: Workbook, seriesId: string, scenarioId: string | null, lang: Lang): Cell[][] {
  const L = briefingLabels(lang);
  const scenario = workbook.scenarios.find((s) => s.id === scenarioId && s.seriesId === seriesId) ?? baselineFor(workbook, seriesId);
  const result = scenario ? projectScenario(workbook, scenario) : null;
  if (!scenario || !result?.ok) return [[L.rateByYear]];
  const shape = scenarioSensitivity(result, scenario.horizon);
  const values = sensitivityTable(result.baseYear, result.baseValue, shape.rates, shape.years);
  return [[L.rateByYear, ...shape.years], ...shape.rates.map((r, i) => [r, ...values[i]!.map(finite)])];
}

/** The rows of one grid, header first, values unrounded. */
export function gridTable(workbook: Workbook, table: CsvTable, subject: CsvSubject, lang: Lang): Cell[][] {
  const L = briefingLabels(lang);
  const seriesId = subject.seriesId ?? workbook.series[0]?.id ?? null;
  switch (table) {
    case 'series':
      return seriesTableRows(workbook, lang);
    case 'centers':
      return [
        [L.center, L.institution, L.region, L.field, L.established, L.equipment],
        ...workbook.centers.rows.map((c) => [c.name, c.institution, c.region, c.field, c.established, c.equipment]),
      ];
    case 'budget':
    case 'comparison':
    case 'sensitivity':
      if (seriesId === null) return [[L.noSeries]];
      if (table === 'budget') return detailRows(workbook, seriesId, subject.scenarioId, lang);
      return table === 'comparison'
        ? comparisonRows(workbook, seriesId, lang)
        : sensitivityRows(workbook, seriesId, subject.scenarioId, lang);
    default:
      return table satisfies never;
  }
}

/**
 * CSV text with formula injection neutralised: cells starting with =, +, -, @, tab or CR get a leading
 * apostrophe (papaparse's escapeFormulae), so a spreadsheet shows them as text and never runs them.
 */
export function toCsv(rows: Cell[][]): string {
  return Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
}

/** Encodes CSV text: UTF-8 with BOM, or CP949 (refused if a character has no CP949 form). */
export function encodeCsv(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const bytes = iconv.encode(text, 'cp949');
  if (iconv.decode(bytes, 'cp949') !== text) throw new AppError('file.notWritable', 'CP949 cannot hold some characters; use UTF-8');
  return bytes;
}

/** Writes one grid as CSV to `path`, verified before it replaces anything. */
export async function exportGridCsv(
  path: string,
  workbook: Workbook,
  table: CsvTable,
  subject: CsvSubject,
  lang: Lang,
  encoding: CsvEncoding,
  signal?: AbortSignal,
): Promise<void> {
  await writeFileSafely(path, csvChunks(gridTable(workbook, table, subject, lang), encoding), { signal });
}

/** Rows per encoded slice: a 100,000-row list is written in slices of about a megabyte, not one large buffer. */
const CSV_SLICE_ROWS = 5000;

/**
 * The CSV's bytes in slices of whole rows (the BOM first for UTF-8): each slice is unparsed and encoded on
 * its own, so no copy of the whole file is held at once, and the work process yields between slices.
 */
export async function* csvChunks(rows: Cell[][], encoding: CsvEncoding): AsyncIterable<Uint8Array> {
  if (encoding === 'utf8-bom') yield Buffer.from([0xef, 0xbb, 0xbf]);
  for (let i = 0; i < rows.length; i += CSV_SLICE_ROWS) {
    const text = toCsv(rows.slice(i, i + CSV_SLICE_ROWS)) + (i + CSV_SLICE_ROWS < rows.length ? '\r\n' : '');
    yield encoding === 'utf8-bom' ? Buffer.from(text, 'utf8') : encodeCsv(text, encoding);
  }
}
