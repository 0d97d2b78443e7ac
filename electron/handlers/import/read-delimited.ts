/**
 * Delimited text (CSV, TSV) into raw rows. papaparse guesses the delimiter and parses any text that
 * quotes a field. Text without a quote character, which is what agency exports and large lists mostly
 * are, is split here in one pass: the same rows papaparse's own quote-free mode gives, but a field that
 * is a plain numeral in canonical form ("2685", "-3.5", "0.25") becomes the number it reads as, the way
 * an xlsx reader hands over numbers. A 100,000-row list then costs one string per text field instead of
 * one per field, and no later step parses the numerals again. The numbers are exact: only numerals whose
 * number prints back as the same text are converted ("007", "1.50", "1e5", 17-digit codes stay text),
 * so a column of codes read as text shows what the file says.
 */
import Papa from 'papaparse';
import { AppError } from '../../../core/errors';
import type { RawSheet } from '../../../core/import/detect-table';
import type { RawValue } from '../../../core/import/cell-values';
import { READER_LIMITS } from '../../../core/limits';

/** Caps on delimited text: a spreadsheet has at most 16,384 columns; a line longer than this is not a table row. */
const TEXT_LIMITS = READER_LIMITS.text;

const DELIMITERS = [',', '\t', ';', '|'];
const tooWide = () => new AppError('import.tooComplex', 'more columns than a spreadsheet holds');
const tooLong = () => new AppError('import.tooComplex', 'a line too long to be a table row');

/** Powers of ten that doubles hold exactly (10^0 … 10^15). */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** The value `numeralEnd` last read (a module variable, so reading a numeral allocates nothing). */
let parsed = 0;

/**
 * Reads a canonical numeral from `a` up to the next character `stopAt` (a delimiter) or `end`: optional
 * minus, an integer part without leading zeros, an optional fraction without trailing zeros, at most 15
 * significant digits and at most 5 zeros after the point before a digit (smaller numbers print in
 * exponent form). Returns where it ends, with its value in `parsed`, or -1 when the field is not one.
 * With at most 15 digits the digits form an exact integer below 2^53, and one division by an exact
 * power of ten rounds correctly, so the value is the very number Number() would give, read without
 * cutting the text out and in the same pass that finds the field's end.
 */
function numeralEnd(text: string, a: number, end: number, stopAt: number): number {
  let i = a;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (negative && ++i >= end) return -1;
  c = text.charCodeAt(i);
  let digits = 0;
  let mantissa = 0;
  if (c === 48) {
    if (++i === end || text.charCodeAt(i) === stopAt) {
      parsed = 0;
      return negative ? -1 : i;
    }
    c = text.charCodeAt(i);
  } else {
    while (i < end && (c = text.charCodeAt(i)) >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      i++;
    }
    if (digits === 0 || digits > 15) return -1;
    if (i === end || c === stopAt) {
      parsed = negative ? -mantissa : mantissa;
      return i;
    }
  }
  if (c !== 46) return -1;
  // The fraction: digits up to the field's end, not ending in 0.
  const fraction = ++i;
  while (i < end && (c = text.charCodeAt(i)) >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    if (mantissa > 0 || digits > 0) digits++;
    i++;
  }
  if (i < end && c !== stopAt) return -1;
  const places = i - fraction;
  if (places === 0 || text.charCodeAt(i - 1) === 48 || digits > 15 || places - digits > 5) return -1;
  const value = mantissa / POW10[places]!;
  parsed = negative ? -value : value;
  return i;
}

/** The number text[a, b) is when it is a canonical numeral (see numeralEnd), else undefined. */
export function canonicalNumeral(text: string, a: number, b: number): number | undefined {
  return a < b && numeralEnd(text, a, b, -1) === b ? parsed : undefined;
}

/** A field as a raw value: its canonical number, or its text. */
const field = (text: string, a: number, b: number): RawValue => {
  const c = text.charCodeAt(a);
  // Only a field that starts like a number is looked at more closely.
  if ((c >= 48 && c <= 57) || c === 45) {
    const n = canonicalNumeral(text, a, b);
    if (n !== undefined) return n;
  }
  return text.slice(a, b);
};

/** The delimiter papaparse guesses from the first lines (it reads ten rows per candidate). */
function guessDelimiter(text: string): string {
  let end = 0;
  for (let lines = 0; lines < 11 && end >= 0; lines++) end = text.indexOf('\n', end + 1);
  const head = end < 0 ? text : text.slice(0, end);
  // Empty lines skipped: a short file's trailing blank line would pull the average field count under 2.
  const guessed = Papa.parse<string[]>(head, { preview: 10, delimitersToGuess: DELIMITERS, skipEmptyLines: true }).meta.delimiter;
  return DELIMITERS.includes(guessed) ? guessed : ',';
}

/**
 * Splits text on '\n' (a '\r' before it is dropped) and the delimiter, within the caps. A field that
 * starts like a number is read as one while its end is found; any other field is found with indexOf and
 * cut out. A field in quotes that holds no quote and no line break ("1,615", as KOSIS and 열린재정 quote
 * every amount) is its inner text, read the same way; any other quoting returns null, for papaparse.
 */
function splitFields(text: string, delimiter: string): RawValue[][] | null {
  const rows: RawValue[][] = [];
  const d = delimiter.charCodeAt(0);
  // Fields are collected in one scratch array and each row copied out at its size: growing a new array
  // field by field would allocate it twice over for every row.
  const row: RawValue[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop - start > TEXT_LIMITS.lineChars) throw tooLong();
    row.length = 0;
    for (let from = start; ;) {
      const c = text.charCodeAt(from);
      let at: number;
      if (from < stop && c === 34) {
        // A quoted field: its closing quote must end the field, on this line, with none in between.
        const close = text.indexOf('"', from + 1);
        if (close < 0 || close >= stop) return null;
        at = close + 1;
        if (at < stop && text.charCodeAt(at) !== d) return null;
        row.push(from + 1 < close ? field(text, from + 1, close) : '');
      } else {
        at = from < stop && ((c >= 48 && c <= 57) || c === 45) ? numeralEnd(text, from, stop, d) : -1;
        if (at >= 0) row.push(parsed);
        else {
          at = text.indexOf(delimiter, from);
          if (at < 0 || at > stop) at = stop;
          row.push(text.slice(from, at));
        }
      }
      if (at >= stop) break;
      if (row.length >= TEXT_LIMITS.fields) throw tooWide();
      from = at + 1;
    }
    rows.push(row.slice());
    start = end + 1;
  }
  return rows;
}

/**
 * Refuses text whose lines are wider than any spreadsheet (a crafted 26-million-column line would
 * otherwise become 26 million strings): one pass counting separators and line length.
 */
function checkDelimitedShape(text: string): void {
  let fields = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      fields = 0;
      start = i + 1;
    } else if (c === 44 || c === 9 || c === 59 || c === 124) {
      if (++fields > TEXT_LIMITS.fields) throw tooWide();
    } else if (i - start > TEXT_LIMITS.lineChars) throw tooLong();
  }
}

/** Parses CSV/TSV text (delimiter guessed among , tab ; |) into one sheet named `name`. */
export function parseDelimited(text: string, name: string): RawSheet {
  // Lines ended by '\r' alone, and quoting past a plain quoted field (a quote, a delimiter or a line
  // break inside), go to papaparse whole; its numerals are converted the same way.
  const split = text.includes('\n') ? splitFields(text, guessDelimiter(text)) : null;
  if (split) return { name, rows: split, merges: [] };
  checkDelimitedShape(text);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: DELIMITERS }).data as RawValue[][];
  for (const row of rows)
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as string;
      if (v.length > 0) row[c] = field(v, 0, v.length);
    }
  return { name, rows, merges: [] };
}
