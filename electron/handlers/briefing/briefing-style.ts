/** Shared look of the briefing: fonts, fills, number formats, print set-up. */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../../core/types';
import { unitLabel } from '../../../core/units';

/** Korean-capable font for every cell. */
export const FONT = '맑은 고딕';
/** Number formats. */
export const NUM = {
  int: '#,##0',
  one: '#,##0.0',
  pct: '0.0%',
  pctSigned: '+0.0%;-0.0%;0.0%',
  year: '0',
  signedOne: '+#,##0.0;-#,##0.0;0.0',
} as const;

/** A number format showing the unit after the number in Korean, e.g. #,##0.0"억원"; the plain number in English. */
export function unitFormat(unit: string, digits = 0, lang: Lang = 'ko'): string {
  const base = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  // Korean writes the unit on the number (2,685억원); English names it beside the figure (withUnit), since
  // "2,685 100M KRW" would misread.
  const clean = lang === 'ko' ? unit.replace(/["\\]/g, '') : '';
  return clean ? `${base}"${clean}"` : base;
}

/**
 * A column width (in Excel's character units) that shows every label whole: Hangul and other wide
 * characters count twice, at least `min`, at most `max` (a longer label wraps past that).
 */
export function labelColumnWidth(labels: readonly string[], min: number, max = 60): number {
  const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
  let widest = 0;
  for (const label of labels) {
    let w = 0;
    for (const ch of label) w += wide.test(ch) ? 2 : 1;
    widest = Math.max(widest, w);
  }
  // Excel's width unit is one digit of the default font; the labels are bold and proportional: 10% more, and a margin.
  return Math.min(max, Math.max(min, Math.ceil(widest * 1.1) + 2));
}

/** A label with the unit the figure is in, where the number format does not carry it (English). */
export function withUnit(label: string, unit: string, lang: Lang): string {
  return lang === 'ko' || !unit ? label : `${label} (${unitLabel(unit, lang)})`;
}

/** A formula cell with its cached result (non-finite results are left for the spreadsheet to compute). */
export const formula = (f: string, result: number | null | undefined): ExcelJS.CellFormulaValue => ({
  formula: f,
  result: result !== null && result !== undefined && Number.isFinite(result) ? result : undefined,
  date1904: false,
});

/** A number as a cell value: non-finite numbers (overflowed projections) become empty cells. */
export const num = (v: number | null | undefined): number | null => (v !== null && v !== undefined && Number.isFinite(v) ? v : null);

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Fills: header, projected rows, input cells (Excel's convention: yellow with blue text). */
export const FILL = { header: solid('FF1F3A5F'), projected: solid('FFFFF4E8'), input: solid('FFFFF2CC'), section: solid('FFEEF2F7') };

/** Styles a header cell. */
export function headerCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
  cell.fill = FILL.header;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  cell.border = { bottom: { style: 'thin', color: { argb: 'FF1F3A5F' } } };
}

/** Styles an input cell readers may change. */
export function inputCell(cell: ExcelJS.Cell): void {
  cell.fill = FILL.input;
  cell.font = { name: FONT, bold: true, color: { argb: 'FF1F4FBF' } };
  cell.border = {
    top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
    bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
    left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
    right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  };
}

/** Title and subtitle rows at the top of a sheet. */
export function titleRows(sheet: ExcelJS.Worksheet, title: string, subtitle: string): void {
  const t = sheet.getCell('A1');
  t.value = title;
  t.font = { name: FONT, bold: true, size: 15, color: { argb: 'FF1F3A5F' } };
  const s = sheet.getCell('A2');
  s.value = subtitle;
  s.font = { name: FONT, size: 10, color: { argb: 'FF667085' } };
}

/** A4 landscape, fit to width, the header row repeated on each page (when there is one), page numbers in the footer. */
export function printSetup(headerRow: number | null, footer: string) {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape' as const,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(headerRow ? { printTitlesRow: `${headerRow}:${headerRow}` } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C&"${FONT}"&9${footer}` },
  };
}

/** Sets the font on every written cell that has none, so Korean text renders everywhere. */
export function ensureFont(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    if (!cell.font?.name) cell.font = { ...cell.font, name: FONT };
  });
}
