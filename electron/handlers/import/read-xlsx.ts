/**
 * Streaming xlsx reader: unzips entries on demand (yauzl) and walks sheet XML with a small tag
 * reader (xml-tags.ts), keeping only cell values and merged ranges. Bounded against hostile files:
 * rows and columns within Excel's limits, a cap on cells and on what shared strings and styles may
 * inflate to, each sheet part read once, cells stored sparsely until the table's width is known.
 */
import { isMetadataSheet } from '../../../core/import/table-units';
import type { Entry, ZipFile } from 'yauzl';
import { AppError } from '../../../core/errors';
import type { RawValue } from '../../../core/import/cell-values';
import type { RawSheet } from '../../../core/import/detect-table';
import { attrInt, attrText, byteIn, decodeText, nameIs, XmlTags, type TagVisitor } from './xml-tags';
import { entryStream, openEntries, readSmall, verifyRest } from './zip-entries';
import { READER_LIMITS } from '../../../core/limits';

/** Options of a read. */
export interface ReadXlsxOptions {
  /** Read only this sheet (others are listed but not parsed). */
  sheet?: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** Sheets of a workbook: all names, and the parsed ones. */
export interface XlsxContents {
  sheetNames: string[];
  sheets: RawSheet[];
}

/** Caps that keep a crafted workbook from exhausting memory or time. */
const XLSX_LIMITS = READER_LIMITS.xlsx;

/** Feeds an entry through the tag reader, reporting progress and honouring cancellation. */
async function scanEntry(
  zip: ZipFile,
  entry: Entry,
  visitor: TagVisitor,
  options: ReadXlsxOptions,
  share: [number, number],
): Promise<void> {
  const s = await entryStream(zip, entry);
  const reader = new XmlTags(visitor);
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    s.on('data', (chunk: Buffer) => {
      if (options.signal?.aborted) {
        s.destroy();
        reject(new AppError('import.cancelled'));
        return;
      }
      try {
        reader.write(chunk);
      } catch (e) {
        s.destroy();
        reject(e instanceof AppError ? e : new AppError('import.corrupt', (e as Error).message.slice(0, 120)));
        return;
      }
      done += chunk.length;
      options.onProgress?.(share[0] + share[1] * Math.min(1, done / Math.max(1, entry.uncompressedSize)));
    });
    s.on('end', () => {
      try {
        reader.end();
        resolve();
      } catch (e) {
        reject(new AppError('import.corrupt', (e as Error).message.slice(0, 120)));
      }
    });
    s.on('error', (e) => reject(e instanceof AppError ? e : new AppError('import.corrupt', e.message.slice(0, 120))));
  });
}

/** Shared strings table (rich text runs concatenated, phonetic runs left out). */
async function sharedStrings(zip: ZipFile, entry: Entry | undefined, options: ReadXlsxOptions): Promise<string[]> {
  const out: string[] = [];
  if (!entry) return out;
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  let chars = 0;
  await scanEntry(
    zip,
    entry,
    {
      tag(buf, start, end, closing, selfClosing) {
        if (nameIs(buf, start, end, 'si')) {
          if (!closing) current = '';
          if (closing || selfClosing) {
            const text = current ?? '';
            chars += text.length;
            if (chars > XLSX_LIMITS.stringChars) throw new AppError('import.tooComplex', 'shared strings');
            out.push(text);
            current = null;
          }
        } else if (nameIs(buf, start, end, 't')) inText = !closing && !selfClosing;
        else if (nameIs(buf, start, end, 'rPh')) inPhonetic = !closing && !selfClosing;
      },
      text(buf, start, end) {
        if (inText && !inPhonetic && current !== null) current += decodeText(buf, start, end);
      },
    },
    options,
    [0, 0.1],
  );
  return out;
}

/** Style indexes whose number format is a date, so serial numbers can be shown as dates. */
function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) custom.set(Number(m[1]), m[2]!);
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const out = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>)/g)].forEach((m, i) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0);
    const code = custom.get(id) ?? '';
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || /(^|[^\\"])[yd]|m{1,4}[^a-z]*d/i.test(code.replace(/"[^"]*"/g, ''))) out.add(i);
  });
  return out;
}

const serialToIso = (n: number) => new Date(Math.round((n - 25569) * 86400_000)).toISOString().slice(0, 10);

/** A cell reference ("B12") in `buf[start, end)` as zero-based row and column; -1 for what is not one. */
function parseRef(buf: Buffer, start: number, end: number): { row: number; col: number } {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const code = buf[i]!;
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    if (col > XLSX_LIMITS.cols) return { row: -1, col: -1 };
  }
  let row = 0;
  if (i === start || i === end) return { row: -1, col: -1 };
  for (; i < end; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return { row: -1, col: -1 };
    row = row * 10 + d;
    if (row > XLSX_LIMITS.rows * 10) return { row: Number.MAX_SAFE_INTEGER, col: col - 1 };
  }
  return row >= 1 ? { row: row - 1, col: col - 1 } : { row: -1, col: -1 };
}

/** A reference written as text ("B12"), for merged ranges. */
const refOf = (ref: string) => {
  const b = Buffer.from(ref, 'latin1');
  return parseRef(b, 0, b.length);
};

/** A plain non-negative integer of at most 15 digits written in `buf[start, end)`, or null for anything else. */
function plainInt(buf: Buffer, start: number, end: number): number | null {
  if (end <= start || end - start > 15) return null;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return null;
    v = v * 10 + d;
  }
  return v;
}

/** Cell types (the t attribute), read from its bytes without making a string. */
const enum CellType {
  Number,
  Shared,
  Text,
  Bool,
  Other,
}
/** The type a t attribute's value `buf[s, e)` names. */
function typeOf(buf: Buffer, s: number, e: number): CellType {
  const c = buf[s];
  if (e - s === 1)
    return c === 0x6e /* n */
      ? CellType.Number
      : c === 0x73 /* s */
        ? CellType.Shared
        : c === 0x62 /* b */
          ? CellType.Bool
          : c === 0x65 /* e */
            ? CellType.Text
            : CellType.Other;
  // inlineStr, str; anything else (d: ISO dates) is kept as its text or number.
  return c === 0x69 /* i */ || (c === 0x73 && e - s === 3) ? CellType.Text : CellType.Other;
}

/** A cell tag's attributes (r, t, s), in one pass over its few bytes. */
const cell = { refStart: -1, refEnd: -1, type: CellType.Number, style: 0 };
function readCellAttrs(buf: Buffer, start: number, end: number): typeof cell {
  cell.refStart = -1;
  cell.type = CellType.Number;
  cell.style = 0;
  for (let i = start; i + 3 < end; i++) {
    const before = buf[i];
    if ((before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) || buf[i + 2] !== 0x3d /* = */) continue;
    const quote = buf[i + 3];
    if (quote !== 0x22 && quote !== 0x27) continue;
    const valueStart = i + 4;
    const valueEnd = byteIn(buf, quote, valueStart, end);
    if (valueEnd < 0) break;
    const name = buf[i + 1];
    if (name === 0x72 /* r */) {
      cell.refStart = valueStart;
      cell.refEnd = valueEnd;
    } else if (name === 0x74 /* t */) cell.type = typeOf(buf, valueStart, valueEnd);
    else if (name === 0x73 /* s */) cell.style = plainInt(buf, valueStart, valueEnd) ?? 0;
    i = valueEnd;
  }
  return cell;
}

/**
 * The width of the table: up to the last used column, unless a run of empty columns wider than the
 * gap cap separates stray cells (a note in column XFD) from the table.
 */
function tableWidth(used: Uint32Array, max: number): number {
  let width = 0;
  let empty = 0;
  for (let c = 0; c <= max; c++) {
    if (used[c]! > 0) {
      width = c + 1;
      empty = 0;
    } else if (width > 0 && ++empty > XLSX_LIMITS.columnGap) break;
  }
  return width;
}

/** Parses one worksheet part into rows of values and merged ranges. */
async function readSheet(
  zip: ZipFile,
  entry: Entry,
  name: string,
  strings: string[],
  dates: Set<number>,
  options: ReadXlsxOptions,
  budget: { cells: number },
): Promise<RawSheet> {
  // Rows are filled sparsely (a cell far to the right makes a sparse array, not a wide one) until the width is known.
  const rows: RawValue[][] = [];
  const used = new Uint32Array(XLSX_LIMITS.cols);
  const merges: RawSheet['merges'] = [];
  let maxCol = -1;
  let row = -1;
  let col = -1;
  let type = CellType.Number;
  let number: number | null = null;
  let style = 0;
  let text = '';
  let collecting = false;
  let inCell = false;
  const store = (value: RawValue) => {
    if (value === null || value === '' || row < 0 || col < 0) return;
    if (row >= XLSX_LIMITS.rows) throw new AppError('import.tooComplex', `row ${row + 1}`);
    if (++budget.cells > XLSX_LIMITS.cells) throw new AppError('import.tooComplex', 'too many cells');
    (rows[row] ??= [])[col] = value;
    used[col]!++;
    if (col > maxCol) maxCol = col;
  };
  // A list repeats its short texts (시도, 분야, 담당부서, dates): each is kept once, not once per row. A column
  // whose texts rarely repeat (phone numbers, names) stops being looked up after its first thousand cells:
  // hashing every unique text into the map costs more than it saves.
  const seen = new Map<string, string>();
  const lookups = new Uint32Array(XLSX_LIMITS.cols);
  const hits = new Uint32Array(XLSX_LIMITS.cols);
  const repeated = (t: string): string => {
    if (t.length > 24 || col < 0) return t;
    const tried = lookups[col]!;
    if (tried >= 1000 && hits[col]! * 4 < tried) return t;
    lookups[col] = tried + 1;
    const known = seen.get(t);
    if (known !== undefined) {
      hits[col]!++;
      return known;
    }
    if (seen.size < 200_000) seen.set(t, t);
    return t;
  };
  const finishCell = () => {
    inCell = false;
    const t = text;
    let value: RawValue = null;
    if (type === CellType.Number && number !== null)
      value = style !== 0 && dates.has(style) && number > 0 && number < 2958466 ? repeated(serialToIso(number)) : number;
    else if (type === CellType.Number) {
      if (t !== '') {
        const n = Number(t);
        value = Number.isFinite(n) ? (style !== 0 && dates.has(style) && n > 0 && n < 2958466 ? serialToIso(n) : n) : t;
      }
    } else if (type === CellType.Shared) value = strings[number ?? Number(t)] ?? null;
    else if (type === CellType.Text) value = repeated(t);
    else if (type === CellType.Bool) value = t === '1' ? 'TRUE' : 'FALSE';
    else if (t !== '') {
      const n = Number(t);
      value = Number.isFinite(n) ? n : t;
    }
    store(value);
  };
  const visitor: TagVisitor = {
    tag(buf, start, end, closing, selfClosing, attrEnd) {
      const len = end - start;
      if (len === 1) {
        const c = buf[start];
        if (c === 0x63 /* c */) {
          if (closing) return finishCell();
          const attrs = readCellAttrs(buf, end, attrEnd);
          if (attrs.refStart >= 0) {
            const ref = parseRef(buf, attrs.refStart, attrs.refEnd);
            row = ref.row;
            col = ref.col;
          } else col++;
          type = attrs.type;
          style = attrs.style;
          text = '';
          number = null;
          inCell = !selfClosing;
        } else if (c === 0x76 /* v */ || c === 0x74 /* t */) collecting = inCell && !closing && !selfClosing;
      } else if (len === 3 && !closing && nameIs(buf, start, end, 'row')) {
        const r = attrInt(buf, end, attrEnd, 'r');
        row = r > 0 ? r - 1 : row + 1;
        col = -1;
      } else if (len === 9 && nameIs(buf, start, end, 'mergeCell')) {
        const [from, to] = (attrText(buf, end, attrEnd, 'ref') ?? '').split(':');
        if (from && to) {
          const f = refOf(from);
          const e = refOf(to);
          if (f.row >= 0 && e.row >= f.row && e.col >= f.col && merges.length < 100_000)
            merges.push({ top: f.row, left: f.col, bottom: Math.min(e.row, XLSX_LIMITS.rows - 1), right: e.col });
        }
      }
    },
    text(buf, start, end) {
      if (!collecting) return;
      // A number is read from its bytes; text is cut out as a fresh string (nothing keeps the chunk alive).
      if ((type === CellType.Number || type === CellType.Shared) && text === '') {
        const n = plainInt(buf, start, end);
        if (n !== null) {
          number = n;
          return;
        }
      }
      text += decodeText(buf, start, end);
    },
  };
  await scanEntry(zip, entry, visitor, options, [0.1, 0.9]);
  // Dense rows, as wide as the table (stray cells past a wide gap of empty columns are left out).
  const width = tableWidth(used, maxCol);
  const maxRow = rows.length - 1;
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    if (!line) {
      rows[r] = [];
      continue;
    }
    if (line.length > width) line.length = width;
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
  // Merges only matter where the table is.
  const clipped = merges
    .filter((m) => m.top <= maxRow && m.left < width)
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, width - 1) }));
  return { name, rows, merges: clipped };
}

/** What a zip file holds: an xlsx/xlsm workbook, a binary xlsb workbook, an OpenDocument spreadsheet, an HWPX document, or another kind of file (its usual extension, when it is a known one). */
export async function zipKind(path: string): Promise<'xlsx' | 'xlsb' | 'ods' | 'hwpx' | { other: string | null }> {
  const { zip, entries } = await openEntries(path);
  try {
    if (entries.has('xl/workbook.xml')) return 'xlsx';
    if (entries.has('xl/workbook.bin')) return 'xlsb';
    const mime = ((await readSmall(zip, entries.get('mimetype'))) ?? '').trim();
    if (mime === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
    if (mime === 'application/hwp+zip' || entries.has('Contents/section0.xml')) return 'hwpx';
    // Named so the message can say what the file really is (a Word file renamed .xlsx).
    if (entries.has('word/document.xml')) return { other: '.docx' };
    if (entries.has('ppt/presentation.xml')) return { other: '.pptx' };
    if (mime === 'application/vnd.oasis.opendocument.text') return { other: '.odt' };
    if (mime === 'application/vnd.oasis.opendocument.presentation') return { other: '.odp' };
    return { other: null };
  } finally {
    zip.close();
  }
}

/** Reads an xlsx/xlsm file. Throws AppError for encrypted, damaged or non-spreadsheet zips. */
export async function readXlsx(path: string, options: ReadXlsxOptions = {}): Promise<XlsxContents> {
  const { zip, entries } = await openEntries(path);
  try {
    if (!entries.has('xl/workbook.xml')) {
      const mime = (await readSmall(zip, entries.get('mimetype'))) ?? '';
      throw new AppError('import.unsupported', mime || undefined);
    }
    const workbook = await readSmall(zip, entries.get('xl/workbook.xml'));
    const rels = await readSmall(zip, entries.get('xl/_rels/workbook.xml.rels'));
    if (workbook === null || rels === null) throw new AppError('import.tooComplex', 'workbook part');
    const targets = new Map(
      [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])?.[1], /Target="([^"]+)"/.exec(m[0])?.[1]]),
    );
    const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
      const name = /name="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const rid = /r:id="([^"]+)"/.exec(m[0])?.[1];
      const target = (rid && targets.get(rid)) ?? '';
      const decoded = name
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'");
      return { name: decoded, part: target.startsWith('/') ? target.slice(1) : `xl/${target}` };
    });
    if (sheets.length > XLSX_LIMITS.sheets) throw new AppError('import.tooComplex', `${sheets.length} sheets`);
    // A chosen sheet keeps what the file says elsewhere about it: its metadata sheets (a KOSIS 메타정보's unit) are read too.
    const wanted = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet || isMetadataSheet(s.name));
    const strings = await sharedStrings(zip, entries.get('xl/sharedStrings.xml'), options);
    // Styles only say which numbers are dates; a styles part too large to read is skipped, not fatal.
    const dates = dateStyles((await readSmall(zip, entries.get('xl/styles.xml'), XLSX_LIMITS.stylesBytes)) ?? '');
    const parsed: RawSheet[] = [];
    const budget = { cells: 0 };
    const seen = new Set<string>();
    for (const s of wanted) {
      const entry = entries.get(s.part);
      if (!entry) throw new AppError('import.corrupt', `missing ${s.part}`);
      // Several sheets pointing at one part (a crafted file) are read once.
      if (seen.has(s.part)) continue;
      seen.add(s.part);
      parsed.push(await readSheet(zip, entry, s.name, strings, dates, options, budget));
    }
    // The parts it did not need must be intact too (a damaged package is refused, wherever the damage is).
    await verifyRest(zip, entries, new Set([...seen, ...sheets.map((s) => s.part)]));
    options.onProgress?.(1);
    return { sheetNames: sheets.map((s) => s.name), sheets: parsed };
  } finally {
    zip.close();
  }
}
