/** CSV export of the app's grids, built from the workbook in main (never from renderer-made text). */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../../core/errors';
import { projectedWithChanges } from '../../core/projection-methods';
import { DEFAULT_SENSITIVITY_RATES, compareScenarios, projectScenario, sensitivityTable } from '../../core/scenarios';
import { withChanges } from '../../core/series';
import type { Lang, Workbook } from '../../core/types';
import { validateWorkbook } from '../../core/workbook-schema';
import { briefingLabels } from './briefing/briefing-labels';
import { writeFileAtomically } from './file-io';

/** Grids that can be exported. */
export const CSV_TABLES = ['budget', 'centers', 'comparison', 'sensitivity'] as const;
/** A grid name. */
export type CsvTable = (typeof CSV_TABLES)[number];
/** Encodings offered: UTF-8 with BOM (Excel opens Korean correctly) or CP949 for older tools. */
export type CsvEncoding = 'utf8-bom' | 'cp949';

type Cell = string | number | null;

/** The rows of one grid, header first, values unrounded. */
export function gridTable(workbook: Workbook, table: CsvTable, scenarioId: string, lang: Lang): Cell[][] {
  const L = briefingLabels(lang);
  const scenario = workbook.scenarios.find((s) => s.id === scenarioId) ?? workbook.scenarios[0]!;
  const series = workbook.series.find((s) => s.id === scenario.seriesId) ?? workbook.series[0]!;
  switch (table) {
    case 'budget': {
      const out: Cell[][] = [[L.year, L.kind, L.value(series.unit), L.change, L.note]];
      for (const p of withChanges(series.points)) out.push([p.year, L.actual, p.value, p.change, p.note]);
      const result = projectScenario(workbook, scenario);
      if (result.ok) for (const p of projectedWithChanges(result)) out.push([p.year, L.projected, p.value, p.change, scenario.name]);
      return out;
    }
    case 'centers':
      return [[L.center, L.institution, L.region, L.field, L.established, L.equipment], ...workbook.centers.rows.map((c) => [c.name, c.institution, c.region, c.field, c.established, c.equipment])];
    case 'comparison': {
      const { scenarios, rows } = compareScenarios(workbook, series.id);
      const others = scenarios.filter((s) => s.id !== workbook.baselineScenarioId);
      return [
        [L.year, L.actual, ...scenarios.map((s) => s.name), ...others.flatMap((s) => [L.diff(s.name), L.diffPct(s.name)])],
        ...rows.map((r) => [r.year, r.actual, ...scenarios.map((s) => r.values[s.id] ?? null), ...others.flatMap((s) => [r.diff[s.id]?.abs ?? null, r.diff[s.id]?.pct ?? null])]),
      ];
    }
    case 'sensitivity': {
      const result = projectScenario(workbook, scenario);
      if (!result.ok) return [[L.rateByYear]];
      const years = Array.from({ length: Math.max(4, scenario.horizon - result.baseYear) }, (_, i) => result.baseYear + 1 + i);
      const values = sensitivityTable(result.baseYear, result.baseValue, DEFAULT_SENSITIVITY_RATES, years);
      return [[L.rateByYear, ...years], ...DEFAULT_SENSITIVITY_RATES.map((r, i) => [r, ...values[i]!])];
    }
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

/** Writes one grid as CSV to `path`, atomically. */
export async function exportGridCsv(path: string, input: unknown, table: CsvTable, scenarioId: string, lang: Lang, encoding: CsvEncoding): Promise<void> {
  const workbook = validateWorkbook(input);
  await writeFileAtomically(path, encodeCsv(toCsv(gridTable(workbook, table, scenarioId, lang)), encoding));
}
