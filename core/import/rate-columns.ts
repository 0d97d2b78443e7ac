/**
 * Figures in press-release tables: a number in parentheses is a growth rate, not an accounting
 * negative ("(147.8)", "(△51.2)" under the amounts; "150.9 (△14.6)" in one cell). Rates are
 * unwrapped without flipping their sign (△ stays the minus), and a column whose cells hold
 * "value (rate)" is split into a value column and a rate column beside it.
 */
import { cleanDocumentText, type DocumentCell, type DocumentTable } from './document-table';

const NUM = String.raw`[△▲\-−]?\s*[\d,]*\.?\d+`;
const WRAPPED = new RegExp(String.raw`^\(\s*(${NUM})\s*%?\s*\)$`);
const FIGURE = new RegExp(String.raw`^${NUM}$`);
const VALUE_RATE = new RegExp(String.raw`^(${NUM})\s*\(\s*(${NUM})\s*%?\s*\)$`);

/** A cell's number in parentheses, unwrapped ("(△51.2)" → "△51.2"); other text as it is. */
function unwrapRate(text: string): string {
  const m = WRAPPED.exec(text.trim());
  return m ? m[1]!.replace(/\s+/g, '') : text;
}

/** Splits "150.9 (△14.6)" into its value and its rate, or null. */
function valueAndRate(text: string): { value: string; rate: string } | null {
  const m = VALUE_RATE.exec(text.trim());
  return m ? { value: m[1]!.replace(/\s+/g, ''), rate: m[2]!.replace(/\s+/g, '') } : null;
}

/** Columns where most figures are "value (rate)". */
function rateColumns(t: DocumentTable): number[] {
  const out: number[] = [];
  for (let c = 0; c < t.cols; c++) {
    const figures = t.cells.filter((x) => x.col === c && x.colSpan === 1 && (FIGURE.test(x.text.trim()) || valueAndRate(x.text) !== null));
    const pairs = figures.filter((x) => valueAndRate(x.text) !== null).length;
    if (pairs >= 1 && pairs * 2 >= figures.length) out.push(c);
  }
  return out;
}

/**
 * Inserts a rate column after column `c`: pairs split; the header just above the figures labelled as
 * the rate ("4분기" → "4분기 증감률(%)"), higher headers ("2025년") widened over both; spans kept.
 */
function splitColumn(t: DocumentTable, c: number, rateLabel: string): DocumentTable {
  const inColumn = t.cells.filter((x) => x.col === c && x.colSpan === 1);
  const firstFigure = Math.min(...inColumn.filter((x) => FIGURE.test(x.text.trim()) || valueAndRate(x.text)).map((x) => x.row));
  const cells: DocumentCell[] = [];
  for (const x of t.cells) {
    if (x.col > c) cells.push({ ...x, col: x.col + 1 });
    else if (x.col + x.colSpan - 1 > c || (x.col < c && x.col + x.colSpan > c)) cells.push({ ...x, colSpan: x.colSpan + 1 });
    else if (x.col !== c) cells.push(x);
    else {
      const pair = valueAndRate(x.text);
      if (pair) cells.push({ ...x, text: pair.value }, { ...x, col: c + 1, text: pair.rate });
      else if (x.row + x.rowSpan === firstFigure && x.text.trim() !== '')
        cells.push(x, { ...x, col: c + 1, text: `${x.text} ${rateLabel}` });
      else if (x.row + x.rowSpan < firstFigure) cells.push({ ...x, colSpan: x.colSpan + 1 });
      else cells.push(x, { ...x, col: c + 1, text: '' });
    }
  }
  return { ...t, cols: t.cols + 1, cells };
}

/**
 * Rows of rates under rows of amounts share their label through a vertical merge ("금융 보험업" over
 * its figures and, below, its growth rates in parentheses): the rate row gets its own label, so its
 * key says what it is ("금융 보험업 증감률(%)") and its unit is %.
 */
function labelRateRows(t: DocumentTable, rateLabel: string): DocumentTable {
  const cells = t.cells.map((x) => ({ ...x }));
  for (let r = 0; r < t.rows; r++) {
    const figures = cells.filter((x) => x.row === r && x.rowSpan === 1 && (FIGURE.test(x.text.trim()) || WRAPPED.test(x.text.trim())));
    const wrapped = figures.filter((x) => WRAPPED.test(x.text.trim())).length;
    if (wrapped === 0 || wrapped * 5 < figures.length * 4) continue;
    const firstFigure = Math.min(...figures.map((x) => x.col));
    const label = cells.find((x) => x.row < r && x.row + x.rowSpan > r && x.col < firstFigure && x.text.trim() !== '');
    if (!label) continue;
    const below = label.row + label.rowSpan - r;
    label.rowSpan = r - label.row;
    cells.push({
      row: r,
      col: label.col,
      rowSpan: 1,
      colSpan: label.colSpan,
      text: `${cleanDocumentText(label.text).replace(/\s+/g, ' ')} ${rateLabel}`,
    });
    // Rows further down the old merge keep the original label.
    if (below > 1) cells.push({ ...label, row: r + 1, rowSpan: below - 1 });
  }
  return { ...t, cells };
}

/** A document table with its rates read as rates: unwrapped, and split out of "value (rate)" cells. */
export function readRates(t: DocumentTable, rateLabel = '증감률(%)'): DocumentTable {
  let table: DocumentTable = labelRateRows(t, rateLabel);
  table = { ...table, cells: table.cells.map((x) => ({ ...x, text: unwrapRate(x.text) })) };
  // Right to left, so the columns still to split keep their positions.
  for (const c of rateColumns(table).reverse()) table = splitColumn(table, c, rateLabel);
  return table;
}
