/**
 * Writes plain data rows of a sheet straight into exceljs's streaming writer as XML text. exceljs builds
 * a row model, a cell model per value and a style lookup per cell before it writes any of them; for the
 * 100,000-row center list that costs more than writing the bare rows through exceljs itself. The rows
 * written here are the simple kind (inline text, numbers, formulas with their cached results, one shared
 * style per kind of cell), and they go through the same worksheet stream, after the rows exceljs wrote
 * (title and header) and before the sheet closes. The briefing tests read them back with exceljs and
 * recalculate them in LibreOffice.
 */
import type ExcelJS from 'exceljs';
import { columnLetters } from '../../../core/a1';
import { xmlEscape } from './chart-parts';

interface StyleRegistry {
  addStyleModel: (style: Partial<ExcelJS.Style>, cellType?: number) => number;
}
interface SheetInternals {
  stream: { write: (chunk: string) => void };
  startedData: boolean;
  _rowZero: number;
  _rows: unknown[];
}

const NUMBER_TYPE = 2;
const STRING_TYPE = 3;
// Text with leading or trailing spaces (or line breaks) keeps them only with xml:space="preserve".
const NEEDS_PRESERVE = /^\s|\s$|\n/;
const NEEDS_ESCAPE = /[&<>"]/;
const escape = (text: string) => (NEEDS_ESCAPE.test(text) ? xmlEscape(text) : text);

/**
 * A writer of raw rows on a sheet whose earlier rows exceljs has committed. `style` registers a shared
 * style (before writing); `row` starts a row (rows in increasing order, after exceljs's), `text`,
 * `number` and `formula` add its cells left to right (empty values are left out), and `flush` hands the
 * rows written so far to the sheet's stream. Rows are built as one string per batch, no object per cell.
 */
export function rawRows(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet) {
  const styles = (book as unknown as { styles: StyleRegistry }).styles;
  const s = sheet as unknown as SheetInternals;
  const letters: string[] = [];
  const ref = (col: number) => (letters[col] ??= columnLetters(col - 1)) + current;
  let batch = '';
  let current = 0;
  const close = () => {
    if (current) batch += '</row>';
  };
  return {
    /** The style id of a shared style for text or number cells. */
    style: (style: Partial<ExcelJS.Style>, kind: 'text' | 'number'): number =>
      styles.addStyleModel(style, kind === 'text' ? STRING_TYPE : NUMBER_TYPE),
    /** Starts row `row` (one-based). */
    row(row: number): void {
      if (!s.startedData || s._rows.length > 0 || row < s._rowZero)
        throw new Error('raw rows follow the rows exceljs has committed, in order');
      close();
      current = row;
      s._rowZero = row + 1;
      batch += `<row r="${row}">`;
    },
    /** An inline text cell at a one-based column. */
    text(col: number, value: string | null, style: number): void {
      if (value === null || value === '') return;
      const space = NEEDS_PRESERVE.test(value) ? ' xml:space="preserve"' : '';
      batch += `<c r="${ref(col)}" s="${style}" t="inlineStr"><is><t${space}>${escape(value)}</t></is></c>`;
    },
    /** A number cell (a non-finite number is left out). */
    number(col: number, value: number | null, style: number): void {
      if (value === null || !Number.isFinite(value)) return;
      batch += `<c r="${ref(col)}" s="${style}"><v>${value}</v></c>`;
    },
    /** A formula cell with its cached result. */
    formula(col: number, formula: string, result: number, style: number): void {
      batch += `<c r="${ref(col)}" s="${style}"><f>${escape(formula)}</f><v>${result}</v></c>`;
    },
    /** Writes the rows so far to the sheet's stream. */
    flush(): void {
      close();
      current = 0;
      if (batch) s.stream.write(batch);
      batch = '';
    },
  };
}
