/**
 * Cell blocks on the clipboard, the way spreadsheets exchange them: tab-separated text (Excel,
 * LibreOffice, Hancom Cell; quoted cells may hold tabs and line breaks) and an HTML table (what
 * 한/글 and Word paste as a table). The renderer reads the HTML with the browser's parser and hands
 * the table's cells here; everything about turning them into a block of texts lives here.
 */

/** A block of cell texts, row by row. */
export type TextBlock = string[][];

/** Reads tab-separated text as Excel writes it: CRLF or LF rows, quoted cells with tabs/newlines/"" inside, one trailing newline. */
export function parseTsv(text: string): TextBlock {
  const rows: TextBlock = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i <= n) {
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    let cell: string;
    if (quoted) {
      cell = quoted.text;
      i = quoted.end;
    } else {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) {
      endRow();
      break;
    }
    const c = text[i];
    if (c === '\t') {
      i++;
      continue;
    }
    // A line break: \r\n, \n or \r.
    i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= n) break; // the trailing newline Excel adds ends the block; it is not an empty row
  }
  // Nothing copied at all reads as no cells.
  if (rows.length === 1 && rows[0]!.length === 1 && rows[0]![0] === '') return [];
  return rows;
}

/** A quoted cell starting at `start`, when it is one: "a""b" closes on a quote followed by a separator or the end. */
function readQuoted(text: string, start: number): { text: string; end: number } | null {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '"') {
      out += c;
      i++;
      continue;
    }
    if (text[i + 1] === '"') {
      out += '"';
      i += 2;
      continue;
    }
    const next = text[i + 1];
    // A quote not followed by a separator means the cell was not quoted after all ("5" inch): read it literally.
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? { text: out, end: i + 1 } : null;
  }
  return null;
}

/** Writes a block as tab-separated text; cells with tabs, line breaks or quotes are quoted, as Excel does. */
export function toTsv(block: TextBlock): string {
  return block.map((row) => row.map((cell) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join('\t')).join('\r\n');
}

/** One cell of an HTML table as the browser read it. */
export interface HtmlCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * Lays out the cells of an HTML table on a grid: a merged cell keeps its text in its top-left
 * position and leaves the positions it covers empty, so columns stay aligned with the source.
 */
export function tableToBlock(rows: readonly (readonly HtmlCell[])[]): TextBlock {
  const out: TextBlock = [];
  // Positions already taken by a cell spanning down from an earlier row.
  const taken: Set<number>[] = [];
  rows.forEach((cells, r) => {
    const line = (out[r] ??= []);
    const busy = (taken[r] ??= new Set());
    let c = 0;
    for (const cell of cells) {
      while (busy.has(c)) c++;
      const cols = clampSpan(cell.colSpan);
      const down = clampSpan(cell.rowSpan);
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < cols; dc++) {
          (taken[r + dr] ??= new Set()).add(c + dc);
          if (dr > 0) (out[r + dr] ??= [])[c + dc] = '';
        }
      line[c] = cleanCellText(cell.text);
      for (let dc = 1; dc < cols; dc++) line[c + dc] = '';
      c += cols;
    }
  });
  const width = Math.max(0, ...out.map((row) => row.length));
  const block = out.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  // Empty rows at the end (a rowspan past the last row) are not part of what was copied.
  while (block.length > 0 && block[block.length - 1]!.every((c) => c === '')) block.pop();
  return block;
}

// Spans in crafted HTML can be huge; no spreadsheet selection needs more than this.
const clampSpan = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), 1000) : 1);

/** A cell's text with its layout whitespace folded: no-break spaces, runs of spaces, spaces around line breaks. */
export function cleanCellText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?\r?\n ?/g, '\n')
    .trim();
}

/** One cell to write as HTML: its shown text, whether it is a number (right-aligned), and its value. */
export interface HtmlOutCell {
  text: string;
  numeric: boolean;
  /** The number itself, for spreadsheets that read Office HTML's x:num (Excel keeps it a number). */
  value?: number;
}

/** How the copied table reads: the unit line above it, and △ for negatives (Korean reports). */
export interface HtmlTableOptions {
  unitLine?: string;
  koreanNegatives?: boolean;
}

/** Text escaped for HTML content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CELL = 'border:0.5pt solid #000;padding:1pt 5pt;font-size:9pt';

/**
 * The block as an HTML table in the style of the 한/글 report's tables: thick outer and thin inner lines,
 * numbers right-aligned (△ for a negative when asked), the unit line as the table's caption above it.
 * 한/글, Word and mail clients paste it as a table; Excel reads each number from x:num.
 */
export function toHtmlTable(block: readonly (readonly HtmlOutCell[])[], options: HtmlTableOptions = {}): string {
  const td = (c: HtmlOutCell) => {
    const text = options.koreanNegatives && c.numeric ? c.text.replace(/^[-−]/, '△') : c.text;
    const num = c.numeric && c.value !== undefined && Number.isFinite(c.value) ? ` x:num="${c.value}"` : '';
    // A rate's x:num is its fraction: Excel shows it as the grid does with this format.
    const pct = c.numeric && c.text.trim().endsWith('%') ? ";mso-number-format:'0.0%'" : '';
    return `<td style="${CELL}${c.numeric ? ';text-align:right' : ''}${pct}"${num}>${escapeHtml(text).replace(/\n/g, '<br>')}</td>`;
  };
  const body = block.map((row) => `<tr>${row.map(td).join('')}</tr>`).join('');
  const caption = options.unitLine
    ? `<caption style="caption-side:top;text-align:right;font-size:9pt">${escapeHtml(options.unitLine)}</caption>`
    : '';
  return `<meta charset="utf-8"><table style="border-collapse:collapse;border:1.5pt solid #000">${caption}${body}</table>`;
}
