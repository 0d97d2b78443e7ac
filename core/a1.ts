/** A1-style cell addresses: the one implementation the importer, the briefing and the grids share. */

/** Column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let x = index + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A1-style address of a zero-based row and column, e.g. (4, 2) → "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Largest column of a sheet (XFD) and row (1,048,576), zero-based. */
export const MAX_COLUMN = 16383;
export const MAX_ROW = 1048575;

/** Zero-based column of letters (A → 0), or -1 when they are not letters or beyond XFD. */
export function columnIndex(letters: string): number {
  if (letters.length === 0 || letters.length > 3) return -1;
  let c = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    if (code < 65 || code > 90) return -1;
    c = c * 26 + (code - 64);
  }
  return c - 1 <= MAX_COLUMN ? c - 1 : -1;
}

/** Zero-based row and column of "C5", or null when it is not an address within a sheet's bounds. */
export function parseCellAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  return col < 0 || row < 0 || row > MAX_ROW ? null : { row, col };
}
