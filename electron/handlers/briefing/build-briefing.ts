/** Builds the xlsx briefing: exceljs streaming writer for the sheets, then native charts and the chart image. */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { scenarioHex } from '../../../core/scenario-palette';
import type { Lang } from '../../../core/types';
import { validateWorkbook } from '../../../core/workbook-schema';
import { FIRST_ROW, planBriefing, type BriefingPlan } from './briefing-plan';
import { col, FONT, NUM, q } from './briefing-style';
import { writeCenterSheet } from './center-sheet';
import { addDrawings, type LineChartSpec } from './chart-parts';
import { writeProjectionSheet, writeSensitivitySheet, writeSeriesSheet } from './series-sheets';
import { writeSummarySheet } from './summary-sheet';

/** Who, when, and the renderer's chart picture. */
export interface BriefingOptions {
  lang: Lang;
  author: string;
  now: Date;
  /** PNG of the app's chart (2×, white background), embedded on the summary sheet. */
  chartPng?: Buffer;
}

/** The native line chart of history and scenarios on the projections sheet. */
function projectionChart(plan: BriefingPlan): LineChartSpec {
  const P = q(plan.L.sheets.projections);
  const first = FIRST_ROW;
  const last = FIRST_ROW + plan.years.length - 1;
  const actual = new Map(plan.history.map((p) => [p.year, p.value]));
  const range = (c: number) => `${P}!$${col(c)}$${first}:$${col(c)}$${last}`;
  // Below the table, so printing fit-to-width keeps the numbers readable.
  const width = Math.max(8, 2 + plan.scenarios.length + plan.diffCols.length * 2);
  return {
    sheetName: plan.L.sheets.projections,
    title: plan.L.chartTitle,
    from: { col: 0, row: last + 1 },
    to: { col: width, row: last + 24 },
    categoriesRef: range(1),
    categories: plan.years.map(String),
    numberFormat: NUM.int,
    font: FONT,
    series: [
      { name: plan.L.actual, ref: range(2), cache: plan.years.map((y) => actual.get(y) ?? null), color: '2563EB', dashed: false },
      ...plan.scenarios.map((s, i) => {
        const r = plan.results[s.id];
        const values = new Map<number, number>(r?.ok ? [[r.baseYear, r.baseValue], ...r.points.map((p) => [p.year, p.value] as [number, number])] : []);
        return { name: s.name, ref: range(plan.scenarioCol(s.id)), cache: plan.years.map((y) => values.get(y) ?? null), color: scenarioHex(i), dashed: true };
      }),
    ],
  };
}

/** The briefing as xlsx bytes. The workbook is validated here; numbers are computed here, not trusted. */
export async function buildBriefing(input: unknown, options: BriefingOptions): Promise<Buffer> {
  const plan = planBriefing(validateWorkbook(input), options.lang, { withImage: options.chartPng !== undefined });
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // Streaming writer with inline strings: rows are flushed as written, so a long center list stays in bounded memory.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = options.author || 'Analyst Workbook';
  book.lastModifiedBy = options.author || 'Analyst Workbook';
  book.created = options.now;
  book.modified = options.now;
  book.title = plan.workbook.title;
  book.subject = plan.workbook.programme;
  book.company = 'Analyst Workbook';
  const date = options.now.toISOString().slice(0, 10);
  writeSummarySheet(book, plan, { date, author: options.author });
  writeSeriesSheet(book, plan);
  writeProjectionSheet(book, plan);
  writeSensitivitySheet(book, plan);
  writeCenterSheet(book, plan);
  await book.commit();
  await done;
  const L = plan.L;
  return addDrawings(Buffer.concat(chunks), {
    charts: plan.years.length > 1 ? [projectionChart(plan)] : [],
    pictures: options.chartPng ? [{ sheetName: L.sheets.summary, png: options.chartPng, description: L.chartImage, from: { col: 5, row: 4 }, to: { col: 15, row: plan.summary.assumptionHeaderRow - 3 } }] : [],
    printTitles: {
      [L.sheets.series]: '$4:$4',
      [L.sheets.projections]: '$4:$4',
      [L.sheets.sensitivity]: '$4:$4',
      [L.sheets.centers]: '$4:$4',
    },
  });
}
