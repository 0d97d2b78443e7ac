/**
 * Tables read out of word-processor documents (한/글 .hwp and .hwpx): cells with their position and
 * spans, the caption and the paragraphs just above. Turned here into the same raw sheet a
 * spreadsheet gives (context lines above the grid, merges as ranges), so detection, units, totals
 * and the preview are one code path for both.
 */
import type { RawSheet } from './detect-table';

/** One cell of a document table (zero-based position). */
export interface DocumentCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/** A table found in a document. */
export interface DocumentTable {
  /** One-based, in document order (a table before the tables nested in its cells). */
  index: number;
  rows: number;
  cols: number;
  cells: DocumentCell[];
  /** The table's caption, when it has one. */
  caption: string;
  /** Up to three paragraphs just above the table (nearest last). */
  context: string[];
  /** The table sits inside a cell of another table. */
  nested: boolean;
}

/** A document's tables and what could not be read. */
export interface DocumentTables {
  tables: DocumentTable[];
  /** Sections that could not be read (the others are kept). */
  skippedSections: number;
}

// Letter-spaced labels: "구   분", "합  계", "수 입 (A)" — single syllables with spaces between (and a marker after).
const SPACED = /^([가-힣](?:\s+[가-힣]){1,5})(\s*\([^()]{1,8}\))?$/;

/** A cell's text as a spreadsheet would hold it: letter spacing closed up, padding trimmed, line breaks kept. */
export function cleanDocumentText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const t = line.replace(/[\u00a0\u2002\u2003\u2009\u3000]/g, ' ').trim();
      const spaced = SPACED.exec(t);
      if (spaced) return `${spaced[1]!.replace(/\s+/g, '')}${spaced[2] ? ` ${spaced[2].trim()}` : ''}`;
      return t.replace(/\s{2,}/g, ' ');
    })
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

/** Layout tables of press releases (the 보도시점 box, the 담당부서 block, a 1×1 frame): listed last, not offered first. */
function isLayoutTable(t: DocumentTable): boolean {
  if (t.rows * t.cols <= 1) return true;
  const texts = t.cells.map((c) => c.text);
  const joined = texts.join(' ');
  if (/보도\s*시점|배포\s*일시|보도\s*일시|담당\s*부서|담당자|책임자|문의/.test(joined) && !/\d{3,}[,.]?\d*\s*$/.test(texts.at(-1) ?? ''))
    return true;
  // A table of at most two rows with no figure (a cell that is a number) is a box of text.
  return t.rows <= 2 && !texts.some((x) => /^[△▲\-−(]?\s*[\d,.]+\s*[)%]?$/.test(x.trim()));
}

/**
 * A unit stated in a box above a group of tables ("’24.1분기 세부 통계 (단위: 억 달러, 전년동기 대비 %)" in the
 * 별첨 box of a press release) applies to the tables under it that state none of their own: each such table
 * gets the box's text as the first line of its context, where detection looks for a unit note. It holds until the
 * next box that states a unit.
 */
export function carryBoxUnits(tables: readonly DocumentTable[]): DocumentTable[] {
  let note: string | null = null;
  const statesUnit = (text: string) => /단위\s*[:：]/.test(text);
  return tables.map((t) => {
    if (isLayoutTable(t) && !t.nested) {
      const text = t.cells.map((c) => cleanDocumentText(c.text)).find(statesUnit);
      if (text) note = text.slice(text.search(/[(（]?\s*단위/)).trim();
      return t;
    }
    if (note === null || t.nested || [t.caption, ...t.context].some(statesUnit)) return t;
    return { ...t, context: [note, ...t.context] };
  });
}

/** What the table picker shows of a document's table. */
export interface DocumentTableInfo {
  /** The sheet name the table is imported as ("표 4"). */
  sheet: string;
  title: string;
  caption: string;
  /** Paragraphs just above the table (nearest last). */
  context: string[];
  rows: number;
  cols: number;
  nested: boolean;
  layout: boolean;
  /** The first rows, a few columns wide, as a thumbnail. */
  preview: string[][];
}

/** The picker's entry for a table. */
export function tableInfo(t: DocumentTable, sheet: RawSheet): DocumentTableInfo {
  const top = sheet.rows.length - t.rows;
  const preview = sheet.rows
    .slice(top, top + 3)
    .map((r) => r.slice(0, 5).map((v) => (v === null ? '' : String(v).split('\n')[0]!.slice(0, 16))));
  return {
    sheet: sheet.name,
    title: tableTitle(t),
    caption: t.caption.replace(/\s+/g, ' ').trim(),
    context: t.context.map((x) => x.replace(/\s+/g, ' ').trim()),
    rows: t.rows,
    cols: t.cols,
    nested: t.nested,
    layout: isLayoutTable(t),
    preview,
  };
}

/** A short name for a table: its caption, else the nearest paragraph above that is not only a unit or date note. */
function tableTitle(t: DocumentTable): string {
  const note = (x: string) => /^\(.*\)$/.test(x.trim()) && x.trim().length <= 40;
  const text = t.caption || [...t.context].reverse().find((x) => !note(x)) || t.context[t.context.length - 1] || '';
  return text.replace(/\s+/g, ' ').trim().slice(0, 60);
}

/**
 * The table as a raw sheet: the context paragraphs and the caption as single-cell lines above the
 * grid (where detection looks for titles and "(단위: 십억원)"), then the cells, merged ranges kept.
 */
export function documentSheet(t: DocumentTable, name: string): RawSheet {
  const above = [...t.context, ...(t.caption ? [t.caption] : [])].filter((x) => x.trim() !== '');
  const top = above.length > 0 ? above.length + 1 : 0;
  const rows: (string | null)[][] = above.map((x) => [x.replace(/\s+/g, ' ').trim()]);
  if (top > 0) rows.push([]);
  for (let r = 0; r < t.rows; r++) rows.push(Array.from({ length: t.cols }, () => null));
  const merges: RawSheet['merges'] = [];
  for (const c of t.cells) {
    if (c.row >= t.rows || c.col >= t.cols) continue;
    const text = cleanDocumentText(c.text);
    rows[top + c.row]![c.col] = text === '' ? null : text;
    if (c.rowSpan > 1 || c.colSpan > 1)
      merges.push({
        top: top + c.row,
        left: c.col,
        bottom: top + Math.min(t.rows, c.row + c.rowSpan) - 1,
        right: Math.min(t.cols, c.col + c.colSpan) - 1,
      });
  }
  return { name, rows, merges };
}
