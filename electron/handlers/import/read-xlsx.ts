/**
 * Streaming xlsx reader: unzips entries on demand (yauzl) and parses sheet XML with a SAX parser
 * (saxes), keeping only cell values and merged ranges. Faster and far lighter than building
 * exceljs's full model, and merged cells and title rows are kept (exceljs's streaming reader drops merges).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../core/errors';
import type { RawValue } from '../../../core/import/cell-values';
import type { RawSheet } from '../../../core/import/detect-table';

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

const open = (path: string) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (e, z) => (e || !z ? reject(e ?? new Error('no zip')) : resolve(z))),
  );

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (e: Entry) => {
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

const stream = (zip: ZipFile, entry: Entry) =>
  new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (e, s) => (e || !s ? reject(e ?? new Error('no stream')) : resolve(s))),
  );

/** Feeds an entry through a SAX parser, reporting progress and honouring cancellation. */
async function parseEntry(
  zip: ZipFile,
  entry: Entry,
  parser: SaxesParser,
  options: ReadXlsxOptions,
  share: [number, number],
): Promise<void> {
  const s = await stream(zip, entry);
  let done = 0;
  await new Promise<void>((resolve, reject) => {
    s.setEncoding('utf8');
    s.on('data', (chunk: string) => {
      if (options.signal?.aborted) {
        s.destroy();
        reject(new AppError('import.cancelled'));
        return;
      }
      try {
        parser.write(chunk);
      } catch (e) {
        s.destroy();
        reject(new AppError('import.corrupt', (e as Error).message.slice(0, 120)));
        return;
      }
      done += Buffer.byteLength(chunk);
      options.onProgress?.(share[0] + share[1] * Math.min(1, done / Math.max(1, entry.uncompressedSize)));
    });
    s.on('end', () => {
      parser.close();
      resolve();
    });
    s.on('error', (e) => reject(new AppError('import.corrupt', e.message)));
  });
}

async function readSmall(zip: ZipFile, entry: Entry | undefined): Promise<string> {
  if (!entry) return '';
  const s = await stream(zip, entry);
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Shared strings table (rich text runs concatenated). */
async function sharedStrings(zip: ZipFile, entry: Entry | undefined, options: ReadXlsxOptions): Promise<string[]> {
  const out: string[] = [];
  if (!entry) return out;
  const p = new SaxesParser();
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  p.on('opentag', (t) => {
    if (t.name === 'si') current = '';
    else if (t.name === 't') inText = true;
    else if (t.name === 'rPh') inPhonetic = true;
  });
  p.on('text', (x) => {
    if (inText && !inPhonetic && current !== null) current += x;
  });
  p.on('closetag', (t) => {
    if (t.name === 'si') {
      out.push(current ?? '');
      current = null;
    } else if (t.name === 't') inText = false;
    else if (t.name === 'rPh') inPhonetic = false;
  });
  await parseEntry(zip, entry, p, options, [0, 0.1]);
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

function colIndex(ref: string): number {
  let c = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    c = c * 26 + (code - 64);
  }
  return c - 1;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: colIndex(m[1]!) } : { row: -1, col: -1 };
}

/** Parses one worksheet part into rows of values and merged ranges. */
async function readSheet(
  zip: ZipFile,
  entry: Entry,
  name: string,
  strings: string[],
  dates: Set<number>,
  options: ReadXlsxOptions,
): Promise<RawSheet> {
  const rows: RawValue[][] = [];
  const merges: RawSheet['merges'] = [];
  const p = new SaxesParser();
  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let text = '';
  let collecting = false;
  p.on('opentag', (t: SaxesTagPlain) => {
    const a = t.attributes as Record<string, string>;
    switch (t.name) {
      case 'row':
        row = a.r ? Number(a.r) - 1 : row + 1;
        col = -1;
        break;
      case 'c': {
        const ref = a.r ? parseRef(a.r) : { row, col: col + 1 };
        row = ref.row;
        col = ref.col;
        type = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        text = '';
        break;
      }
      case 'v':
      case 't':
        collecting = true;
        break;
      case 'mergeCell': {
        const [from, to] = (a.ref ?? '').split(':');
        if (from && to) {
          const f = parseRef(from);
          const e = parseRef(to);
          merges.push({ top: f.row, left: f.col, bottom: e.row, right: e.col });
        }
        break;
      }
    }
  });
  p.on('text', (x) => {
    if (collecting) text += x;
  });
  p.on('closetag', (t) => {
    if (t.name === 'v' || t.name === 't') collecting = false;
    else if (t.name === 'c') {
      let value: RawValue = null;
      if (type === 's') value = strings[Number(text)] ?? null;
      else if (type === 'inlineStr' || type === 'str' || type === 'e') value = text;
      else if (type === 'b') value = text === '1' ? 'TRUE' : 'FALSE';
      else if (text !== '') {
        const n = Number(text);
        value = Number.isFinite(n) ? (dates.has(style) && n > 0 && n < 2958466 ? serialToIso(n) : n) : text;
      }
      if (value !== null && value !== '' && row >= 0 && col >= 0) (rows[row] ??= [])[col] = value;
    }
  });
  await parseEntry(zip, entry, p, options, [0.1, 0.9]);
  // Sparse rows become dense so later code can index freely.
  for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (v) => v ?? null);
  return { name, rows, merges };
}

/** What a zip file holds: an xlsx/xlsm workbook, a binary xlsb workbook, an OpenDocument spreadsheet, or something else. */
export async function zipKind(path: string): Promise<'xlsx' | 'xlsb' | 'ods' | 'hwpx' | 'other'> {
  let zip: ZipFile;
  try {
    zip = await open(path);
  } catch (e) {
    throw new AppError('import.corrupt', (e as Error).message.slice(0, 120));
  }
  try {
    const entries = await listEntries(zip).catch((e: Error) => {
      throw new AppError('import.corrupt', e.message.slice(0, 120));
    });
    if (entries.has('xl/workbook.xml')) return 'xlsx';
    if (entries.has('xl/workbook.bin')) return 'xlsb';
    const mime = (await readSmall(zip, entries.get('mimetype'))).trim();
    if (mime === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
    if (mime === 'application/hwp+zip' || entries.has('Contents/section0.xml')) return 'hwpx';
    return 'other';
  } finally {
    zip.close();
  }
}

/** Reads an xlsx/xlsm file. Throws AppError for encrypted, damaged or non-spreadsheet zips. */
export async function readXlsx(path: string, options: ReadXlsxOptions = {}): Promise<XlsxContents> {
  let zip: ZipFile;
  try {
    zip = await open(path);
  } catch (e) {
    throw new AppError('import.corrupt', (e as Error).message.slice(0, 120));
  }
  try {
    const entries = await listEntries(zip).catch((e: Error) => {
      throw new AppError('import.corrupt', e.message.slice(0, 120));
    });
    if (!entries.has('xl/workbook.xml')) {
      const mime = await readSmall(zip, entries.get('mimetype'));
      throw new AppError('import.unsupported', mime || undefined);
    }
    const workbook = await readSmall(zip, entries.get('xl/workbook.xml'));
    const rels = await readSmall(zip, entries.get('xl/_rels/workbook.xml.rels'));
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
    const wanted = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet);
    const strings = await sharedStrings(zip, entries.get('xl/sharedStrings.xml'), options);
    const dates = dateStyles(await readSmall(zip, entries.get('xl/styles.xml')));
    const parsed: RawSheet[] = [];
    for (const s of wanted) {
      const entry = entries.get(s.part);
      if (!entry) throw new AppError('import.corrupt', `missing ${s.part}`);
      parsed.push(await readSheet(zip, entry, s.name, strings, dates, options));
    }
    options.onProgress?.(1);
    return { sheetNames: sheets.map((s) => s.name), sheets: parsed };
  } finally {
    zip.close();
  }
}
