/** Builds the xlsx briefing as a stream: exceljs's streaming writer for the sheets, charts and pictures added as it goes. */
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { briefingContent } from '../../../core/briefing/briefing-content';
import { scenarioHex } from '../../../core/scenario-palette';
import type { Lang, Workbook } from '../../../core/types';
import { planBriefing, HEADER_ROW, type BriefingPlan, type ProjectionBlock } from './briefing-plan';
import { FONT, NUM } from './briefing-style';
import { writeCenterSheet } from './center-sheet';
import { packageParts, type DrawingItem } from './package-parts';
import { projectedValues, writeProjectionSheet } from './projection-sheet';
import { writeSensitivitySheet } from './sensitivity-sheet';
import { writeSeriesTableSheet } from './series-table-sheet';
import { writeSummarySheet } from './summary-sheet';
import { xmlSafeWorkbook } from './text-safety';
import { col, q } from './briefing-plan';

/** Who, when, and the renderer's chart picture. */
export interface BriefingOptions {
  lang: Lang;
  author: string;
  now: Date;
  /** PNG of the app's chart (2×, white background), embedded on the summary sheet. */
  chartPng?: Buffer;
}

/** Something the export changed to produce a valid file, for the user to know. */
export type ExportWarning = { code: 'export.textCleaned'; count: number } | { code: 'export.nonFinite'; count: number };

/** The native line chart of one series' history and scenarios, beside its block. */
function blockChart(plan: BriefingPlan, block: ProjectionBlock): DrawingItem {
  const P = q(plan.sheets.projections);
  const first = block.row(block.years[0]!);
  const last = block.row(block.years[block.years.length - 1]!);
  const range = (c: number) => `${P}!$${col(c)}$${first}:$${col(c)}$${last}`;
  const actual = new Map(block.history.map((p) => [p.year, p.value]));
  const at = block.lastCol + 1;
  return {
    kind: 'chart',
    spec: {
      title: plan.L.chartTitle(block.series.name),
      from: { col: at, row: block.titleRow - 1 },
      to: { col: at + 9, row: Math.max(block.titleRow + 17, last) },
      categoriesRef: range(1),
      categories: block.years.map(String),
      numberFormat: NUM.int,
      font: FONT,
      series: [
        { name: plan.L.actual, ref: range(2), cache: block.years.map((y) => actual.get(y) ?? null), color: '2563EB', dashed: false },
        ...block.scenarios.map((s) => {
          const values = projectedValues(block.results[s.id]);
          const index = plan.workbook.scenarios.findIndex((x) => x.id === s.id);
          return {
            name: s.name,
            ref: range(block.scenarioCol(s.id)),
            cache: block.years.map((y) => values.get(y) ?? null),
            color: scenarioHex(index),
            dashed: true,
          };
        }),
      ],
    },
  };
}

/** Projected values that overflowed (a huge value compounded for decades): written as empty cells. */
function countNonFinite(plan: BriefingPlan): number {
  let n = 0;
  for (const b of plan.blocks)
    for (const r of Object.values(b.results)) if (r.ok) n += r.points.filter((p) => !Number.isFinite(p.value)).length;
  return n;
}

/**
 * Writes the briefing of a workbook (validated when it entered the app) as xlsx bytes into `out`.
 * Returns what had to change to keep the file valid.
 */
export async function buildBriefing(input: Workbook, options: BriefingOptions, out: Writable): Promise<ExportWarning[]> {
  const { workbook, changed } = xmlSafeWorkbook(input);
  const date = options.now.toISOString().slice(0, 10);
  const content = briefingContent(workbook, options.lang, { date, author: options.author });
  const plan = planBriefing(workbook, content, { withImage: options.chartPng !== undefined });
  // Streaming writer with inline strings: rows are flushed as written, so a long center list stays in bounded memory.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  const parts = packageParts(book);
  book.creator = options.author || 'Analyst Workbook';
  book.lastModifiedBy = options.author || 'Analyst Workbook';
  book.created = options.now;
  book.modified = options.now;
  book.title = workbook.title;
  book.subject = workbook.programme;
  book.company = 'Analyst Workbook';

  const summary = writeSummarySheet(book, plan, { date, author: options.author });
  if (options.chartPng) {
    const bottom = Math.max(plan.summary.scenarioHeaderRow + 10, plan.summary.assumptionHeaderRow - 3);
    parts.drawings(summary, [
      {
        kind: 'picture',
        spec: { png: options.chartPng, description: plan.L.chartImage, from: { col: 4, row: 4 }, to: { col: 14, row: bottom } },
      },
    ]);
  }
  summary.commit?.();
  writeSeriesTableSheet(book, plan);
  parts.printTitles(1, plan.sheets.series, `$${HEADER_ROW}:$${HEADER_ROW}`);
  const projections = writeProjectionSheet(book, plan);
  parts.drawings(
    projections,
    plan.blocks.filter((b) => b.years.length > 1).map((b) => blockChart(plan, b)),
  );
  projections.commit?.();
  writeSensitivitySheet(book, plan).commit?.();
  if (workbook.centers.rows.length > 0) {
    parts.printTitles(4, plan.sheets.centers, `$${HEADER_ROW}:$${HEADER_ROW}`);
    await writeCenterSheet(book, plan);
  }
  await book.commit();
  const warnings: ExportWarning[] = [];
  if (changed) warnings.push({ code: 'export.textCleaned', count: changed });
  const overflow = countNonFinite(plan);
  if (overflow) warnings.push({ code: 'export.nonFinite', count: overflow });
  return warnings;
}
