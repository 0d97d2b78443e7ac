/**
 * Tables out of HWP 5.0 documents (a compound file; Hancom's open specification): FileHeader flags,
 * BodyText/Section* streams of records (raw-deflated when the document is compressed), or for a
 * 배포용 document the ViewText/Section* streams, AES-128-ECB encrypted with a key hidden in each
 * stream's first record. Paragraphs (PARA_HEADER 66, PARA_TEXT 67) carry controls (CTRL_HEADER 71);
 * a table control ('tbl ') holds a TABLE record (77) and a LIST_HEADER (72) per cell, whose column,
 * row, column span and row span are four 16-bit values at offset 8, followed by the cell's paragraphs.
 * A caption is a LIST_HEADER before the TABLE record. Each section is read on its own: one that
 * cannot be read is skipped, the rest are kept.
 */
import CFB from 'cfb';
import { createDecipheriv } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../../core/errors';
import type { DocumentCell, DocumentTable, DocumentTables } from '../../../../core/import/document-table';
import { paragraphText } from './hwp-text';
import { READER_LIMITS } from '../../../../core/limits';

const TAG = { DISTRIBUTE_DOC_DATA: 28, PARA_HEADER: 66, PARA_TEXT: 67, CTRL_HEADER: 71, LIST_HEADER: 72, TABLE: 77 } as const;

/** Caps against crafted files: the size a stream may inflate to, records per section, cells per table. */
export const HWP_LIMITS = READER_LIMITS.hwp;

interface HwpRecord {
  tag: number;
  level: number;
  data: Buffer;
}

/** The records of a stream, in order. */
function readRecords(buf: Buffer): HwpRecord[] {
  const out: HwpRecord[] = [];
  let o = 0;
  while (o + 4 <= buf.length) {
    const h = buf.readUInt32LE(o);
    o += 4;
    let size = h >>> 20;
    if (size === 0xfff) {
      if (o + 4 > buf.length) break;
      size = buf.readUInt32LE(o);
      o += 4;
    }
    if (o + size > buf.length) throw new Error('record runs past the end of its stream');
    out.push({ tag: h & 0x3ff, level: (h >>> 10) & 0x3ff, data: buf.subarray(o, o + size) });
    if (out.length > HWP_LIMITS.records) throw new Error('too many records');
    o += size;
  }
  return out;
}

const inflate = (raw: Buffer) => inflateRawSync(raw, { maxOutputLength: HWP_LIMITS.streamBytes });

/** The C runtime's rand() that seeds the 배포용 key scrambling (Microsoft's LCG). */
function msvcRand(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 214013) + 2531011) >>> 0;
    return (s >>> 16) & 0x7fff;
  };
}

/**
 * Decrypts a ViewText section of a 배포용 document: the first record's 256 bytes are scrambled with
 * rand() seeded by their first four bytes; the AES key is 16 bytes at 4 + (seed & 15) of the result.
 */
function decryptViewText(stream: Buffer, compressed: boolean): Buffer {
  const [first] = readRecords(stream.subarray(0, Math.min(stream.length, 4 + 256)));
  if (!first || first.tag !== TAG.DISTRIBUTE_DOC_DATA || first.data.length !== 256) throw new Error('no distribution header');
  const data = Buffer.from(first.data);
  const seed = data.readUInt32LE(0);
  const rand = msvcRand(seed);
  let key = 0;
  let run = 0;
  for (let i = 0; i < 256; i++) {
    if (run === 0) {
      key = rand() & 0xff;
      run = (rand() & 0xf) + 1;
    }
    if (i >= 4) data[i] = data[i]! ^ key;
    run--;
  }
  const offset = 4 + (seed & 0xf);
  const aesKey = data.subarray(offset, offset + 16);
  const body = stream.subarray(4 + 256);
  const decipher = createDecipheriv('aes-128-ecb', aesKey, null);
  decipher.setAutoPadding(false);
  const usable = body.subarray(0, body.length - (body.length % 16));
  const plain = Buffer.concat([decipher.update(usable), decipher.final()]);
  return compressed ? inflate(plain) : plain;
}

/** The four characters of a control id ('tbl ', 'gso '…), stored as a little-endian 32-bit value. */
const ctrlId = (data: Buffer) => (data.length >= 4 ? data.subarray(0, 4).toString('latin1').split('').reverse().join('') : '');

/** Index after the subtree of record `i` (every following record at a deeper level). */
function subtreeEnd(records: HwpRecord[], i: number): number {
  const level = records[i]!.level;
  let j = i + 1;
  while (j < records.length && records[j]!.level > level) j++;
  return j;
}

/** A paragraph: its text, and the tables anchored in it (in order). */
interface Paragraph {
  text: string;
  tables: DocumentTable[];
}

/** Walks a section's records into paragraphs, collecting every table (nested ones included) in document order. */
class SectionReader {
  constructor(
    private readonly records: HwpRecord[],
    private readonly tables: DocumentTable[],
  ) {}

  /** The paragraphs at `level` starting at `i`, up to the end of their list. */
  paragraphs(i: number, level: number, nested: boolean, depth: number): { paragraphs: Paragraph[]; next: number } {
    const out: Paragraph[] = [];
    const R = this.records;
    while (i < R.length && R[i]!.level >= level) {
      const r = R[i]!;
      if (r.level === level && r.tag !== TAG.PARA_HEADER) break;
      if (r.tag !== TAG.PARA_HEADER || r.level !== level) {
        i++;
        continue;
      }
      const para: Paragraph = { text: '', tables: [] };
      out.push(para);
      i++;
      while (i < R.length && R[i]!.level > level) {
        const c = R[i]!;
        if (c.level === level + 1 && c.tag === TAG.PARA_TEXT) {
          para.text = paragraphText(c.data);
          i++;
        } else if (c.level === level + 1 && c.tag === TAG.CTRL_HEADER) {
          const end = subtreeEnd(R, i);
          if (ctrlId(c.data) === 'tbl ' && depth < HWP_LIMITS.depth) {
            const context = [...out.slice(0, -1).map((p) => p.text), para.text].filter((t) => t.trim() !== '').slice(-3);
            para.tables.push(this.table(i + 1, end, level + 2, context, nested, depth));
          }
          i = end;
        } else i++;
      }
    }
    return { paragraphs: out, next: i };
  }

  /** A table control's records: an optional caption list, the TABLE record, then a list per cell. */
  private table(from: number, end: number, level: number, context: string[], nested: boolean, depth: number): DocumentTable {
    const table: DocumentTable = { index: this.tables.length + 1, rows: 0, cols: 0, cells: [], caption: '', context, nested };
    this.tables.push(table);
    const R = this.records;
    let i = from;
    let seenTable = false;
    while (i < end) {
      const r = R[i]!;
      if (r.level !== level) {
        i++;
        continue;
      }
      if (r.tag === TAG.TABLE && r.data.length >= 8) {
        table.rows = r.data.readUInt16LE(4);
        table.cols = r.data.readUInt16LE(6);
        if (table.rows * table.cols > HWP_LIMITS.cells) throw new Error('table too large');
        seenTable = true;
        i++;
      } else if (r.tag === TAG.LIST_HEADER) {
        const { paragraphs, next } = this.paragraphs(i + 1, level, true, depth + 1);
        const text = paragraphs.map((p) => p.text).join('\n');
        if (!seenTable) table.caption = text.trim();
        else if (r.data.length >= 16) table.cells.push(cellOf(r.data, text, table));
        i = Math.max(next, i + 1);
      } else i++;
    }
    return table;
  }
}

/** A cell from its LIST_HEADER: column, row, column span, row span at offset 8 (spans kept inside the table). */
function cellOf(data: Buffer, text: string, table: DocumentTable): DocumentCell {
  const col = data.readUInt16LE(8);
  const row = data.readUInt16LE(10);
  const colSpan = Math.max(1, Math.min(data.readUInt16LE(12), Math.max(1, table.cols - col)));
  const rowSpan = Math.max(1, Math.min(data.readUInt16LE(14), Math.max(1, table.rows - row)));
  return { row, col, rowSpan, colSpan, text };
}

/** Reads the tables of an HWP 5.0 document. Throws AppError for password-protected, DRM or unreadable files. */
export function readHwp5(bytes: Buffer): DocumentTables {
  let cfb: CFB.CFB$Container;
  try {
    cfb = CFB.read(bytes, { type: 'buffer' });
  } catch (e) {
    throw new AppError('import.corrupt', (e as Error).message.slice(0, 120));
  }
  const header = CFB.find(cfb, 'FileHeader')?.content;
  if (!header || header.length < 40) throw new AppError('import.corrupt', 'no FileHeader');
  const head = Buffer.from(header as Uint8Array);
  if (!head.subarray(0, 17).toString('latin1').startsWith('HWP Document File')) throw new AppError('import.corrupt', 'not an HWP document');
  const flags = head.readUInt32LE(36);
  const compressed = (flags & 1) !== 0;
  if (flags & 2) throw new AppError('import.hwpPassword');
  if (flags & 16) throw new AppError('import.hwpPassword', 'DRM');
  const distribution = (flags & 4) !== 0;
  const storage = distribution ? 'ViewText' : 'BodyText';
  const sections = cfb.FullPaths.map((p, i) => ({ p, e: cfb.FileIndex[i]! }))
    .filter(({ p }) => new RegExp(`/${storage}/Section\\d+$`).test(p))
    .sort((a, b) => Number(/(\d+)$/.exec(a.p)![1]) - Number(/(\d+)$/.exec(b.p)![1]));
  if (sections.length === 0) throw new AppError('import.corrupt', `no ${storage} sections`);
  const tables: DocumentTable[] = [];
  let skippedSections = 0;
  for (const { e } of sections) {
    const before = tables.length;
    try {
      const raw = Buffer.from(e.content as Uint8Array);
      const stream = distribution ? decryptViewText(raw, compressed) : compressed ? inflate(raw) : raw;
      new SectionReader(readRecords(stream), tables).paragraphs(0, 0, false, 0);
    } catch {
      // A damaged section loses its own tables only.
      tables.length = before;
      skippedSections++;
    }
  }
  if (skippedSections === sections.length) throw new AppError('import.corrupt', 'no section could be read');
  return { tables, skippedSections };
}
