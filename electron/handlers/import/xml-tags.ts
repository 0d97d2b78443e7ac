/**
 * A minimal incremental reader of the XML Excel, LibreOffice and openpyxl write for worksheets and
 * shared strings: it walks tags and the text between them over the part's bytes, with no DOM, no
 * strings for markup nobody reads and no attribute objects. Written here (rather than a general SAX
 * parser) because an agency list of 100,000 rows is millions of tags and a general parser spends most
 * of its time on what import ignores; working on bytes also means a cell's text is cut out as a fresh
 * string (never a view that keeps a whole chunk of the sheet alive). Chunks may split anything: the
 * unfinished tail waits for the next chunk.
 */

import { READER_LIMITS } from '../../../core/limits';

/**
 * The first `byte` in `buf[from, to)`, or -1. A loop, not Buffer#indexOf: tags, attribute values and cell
 * texts are a few bytes long, where a native call per search costs more than the search (two or three per
 * tag, millions per sheet), and the search never runs past `to` into the rest of the chunk.
 */
export function byteIn(buf: Buffer, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (buf[i] === byte) return i;
  return -1;
}

/** What a tag visitor receives: positions in the current buffer, valid only during the call. */
export interface TagVisitor {
  /** A tag: its local name (prefix dropped) is `buf[nameStart, nameEnd)`, its attributes `buf[nameEnd, attrEnd)`. */
  tag: (buf: Buffer, nameStart: number, nameEnd: number, closing: boolean, selfClosing: boolean, attrEnd: number) => void;
  /** Text between tags, as bytes `buf[start, end)` (entities not decoded). */
  text: (buf: Buffer, start: number, end: number) => void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const CDATA = Buffer.from('<![CDATA[');
const CDATA_END = Buffer.from(']]>');
const COMMENT = Buffer.from('<!--');
const COMMENT_END = Buffer.from('-->');

/** Whether `buf[start, end)` spells `name` (ASCII). */
export function nameIs(buf: Buffer, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * Where the value of attribute `name` is in `buf[start, end)` (a tag's attributes), as [valueStart, valueEnd),
 * or null. The attribute region of a cell is a few dozen bytes: a plain scan, never a search past the tag.
 */
export function attrRange(buf: Buffer, start: number, end: number, name: string): [number, number] | null {
  const n = name.length;
  for (let i = start; i + n + 2 < end; i++) {
    const before = buf[i];
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let k = 0;
    while (k < n && buf[i + 1 + k] === name.charCodeAt(k)) k++;
    if (k < n || buf[i + 1 + n] !== 0x3d /* = */) continue;
    const quote = buf[i + 2 + n];
    if (quote !== 0x22 && quote !== 0x27) continue;
    const valueStart = i + 3 + n;
    const valueEnd = byteIn(buf, quote, valueStart, end);
    return valueEnd < 0 ? null : [valueStart, valueEnd];
  }
  return null;
}

/** An attribute's value as text (entities decoded), or undefined. */
export function attrText(buf: Buffer, start: number, end: number, name: string): string | undefined {
  const at = attrRange(buf, start, end, name);
  return at ? decodeXml(buf.toString('utf8', at[0], at[1])) : undefined;
}

/** An attribute's value as a non-negative integer (-1 when absent or not one). */
export function attrInt(buf: Buffer, start: number, end: number, name: string): number {
  const at = attrRange(buf, start, end, name);
  if (!at || at[0] === at[1]) return -1;
  let v = 0;
  for (let i = at[0]; i < at[1]; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9 || v > 1e15) return -1;
    v = v * 10 + d;
  }
  return v;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes XML character references and the five named entities, in one pass. Some writers (openpyxl) write
 * every Hangul syllable as a reference (&#50672;): a sheet of Korean text is mostly references, so this is hot.
 */
export function decodeXml(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) break;
    out += s.slice(from, amp);
    if (s.charCodeAt(amp + 1) === 35 /* # */) {
      const hex = (s.charCodeAt(amp + 2) | 32) === 120; /* x */
      let code = 0;
      for (let i = amp + (hex ? 3 : 2); i < semi; i++) {
        const c = s.charCodeAt(i);
        const lower = c | 32;
        const d = c >= 48 && c <= 57 ? c - 48 : hex && lower >= 97 && lower <= 102 ? lower - 87 : -1;
        if (d < 0) {
          code = -1;
          break;
        }
        code = code * (hex ? 16 : 10) + d;
      }
      if (code > 0 && code <= 0x10ffff) out += code < 0x10000 ? String.fromCharCode(code) : String.fromCodePoint(code);
      else if (code < 0) out += s.slice(amp, semi + 1);
    } else {
      out += NAMED[s.slice(amp + 1, semi)] ?? s.slice(amp, semi + 1);
    }
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}

/** Buffer's own slicers (what toString calls after checking its arguments; this is the hot path of every cell). */
type SliceableBuffer = Buffer & { utf8Slice: (start: number, end: number) => string; ucs2Slice: (start: number, end: number) => string };

/** UTF-16LE code units decoded so far (grown as needed; decoding never nests, so one is enough). */
let scratch = Buffer.alloc(8192);

/** The named entity `buf[amp+1, semi)` stands for (amp, lt, gt, quot, apos), or -1. */
function namedEntity(buf: Buffer, from: number, semi: number): number {
  const len = semi - from;
  const a = buf[from];
  if (len === 2 && buf[from + 1] === 0x74 /* t */) return a === 0x6c /* l */ ? 0x3c : a === 0x67 /* g */ ? 0x3e : -1;
  if (len === 3 && a === 0x61 && buf[from + 1] === 0x6d && buf[from + 2] === 0x70) return 0x26;
  if (len === 4 && a === 0x71 && buf[from + 1] === 0x75 && buf[from + 2] === 0x6f && buf[from + 3] === 0x74) return 0x22;
  if (len === 4 && a === 0x61 && buf[from + 1] === 0x70 && buf[from + 2] === 0x6f && buf[from + 3] === 0x73) return 0x27;
  return -1;
}

/** The character reference or named entity at `buf[amp]` (an &): its code point, with `entityEnd` where it ends; -1 if none. */
let entityEnd = 0;
function entityAt(buf: Buffer, amp: number, end: number): number {
  // A reference is at most 12 bytes (&#x10FFFF; is 10): look no further.
  const semi = byteIn(buf, 0x3b /* ; */, amp + 1, Math.min(end, amp + 13));
  if (semi < 0) return -1;
  entityEnd = semi + 1;
  if (buf[amp + 1] !== 0x23 /* # */) return namedEntity(buf, amp + 1, semi);
  const hex = (buf[amp + 2]! | 32) === 0x78;
  let code = 0;
  for (let i = amp + (hex ? 3 : 2); i < semi; i++) {
    const c = buf[i]!;
    const lower = c | 32;
    const d = c >= 48 && c <= 57 ? c - 48 : hex && lower >= 97 && lower <= 102 ? lower - 87 : -1;
    if (d < 0) return -1;
    code = code * (hex ? 16 : 10) + d;
  }
  return code > 0 && code <= 0x10ffff ? code : -1;
}

/**
 * The text of `buf[start, end)`: UTF-8 decoded and entities resolved in one pass over the bytes, made as one
 * fresh string. Hot for sheets whose writer spells Korean as references (&#50672;).
 */
export function decodeText(buf: Buffer, start: number, end: number): string {
  const amp = byteIn(buf, 0x26 /* & */, start, end);
  if (amp < 0) return (buf as SliceableBuffer).utf8Slice(start, end);
  // At most one code unit per byte, two for a four-byte sequence (which is four bytes): 2 bytes per input byte.
  if (scratch.length < 2 * (end - start)) scratch = Buffer.alloc(Math.max(2 * (end - start), scratch.length * 2));
  const out = scratch;
  let n = 0;
  for (let i = start; i < end;) {
    const b = buf[i]!;
    let code: number;
    if (b === 0x26) {
      code = entityAt(buf, i, end);
      if (code >= 0) i = entityEnd;
      else {
        code = b;
        i++;
      }
    } else if (b < 0x80) {
      code = b;
      i++;
    } else {
      // A UTF-8 sequence: its length from the lead byte; a broken one stands as U+FFFD.
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      code = len === 4 ? b & 0x07 : len === 3 ? b & 0x0f : b & 0x1f;
      for (let k = 1; k < len; k++) code = (code << 6) | ((buf[i + k] ?? 0) & 0x3f);
      if (len === 1) code = 0xfffd;
      i += len;
    }
    if (code >= 0x10000) {
      const c = code - 0x10000;
      out.writeUInt16LE(0xd800 + (c >> 10), n);
      code = 0xdc00 + (c & 0x3ff);
      n += 2;
    }
    out[n] = code & 0xff;
    out[n + 1] = code >> 8;
    n += 2;
  }
  return (out as SliceableBuffer).ucs2Slice(0, n);
}

/** Feeds XML bytes in chunks to a visitor. */
export class XmlTags {
  private rest: Buffer | null = null;

  constructor(
    private readonly visitor: TagVisitor,
    /** Longest stretch without a complete tag (text or markup) before the part is called damaged. */
    private readonly maxPending: number = READER_LIMITS.xmlPendingBytes,
  ) {}

  /** Reads a chunk; an unfinished tag or text is kept for the next. */
  write(chunk: Buffer): void {
    const b = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    const n = b.length;
    let i = 0;
    while (i < n) {
      const lt = byteIn(b, LT, i, n);
      // Text runs to the next tag: wait for it (the text may go on in the next chunk).
      if (lt < 0) break;
      if (lt > i) this.visitor.text(b, i, lt);
      i = lt;
      const c1 = b[lt + 1];
      if (c1 === undefined) break;
      // Declarations, comments, CDATA, processing instructions: skipped (CDATA text kept).
      if (c1 === 0x21 /* ! */ || c1 === 0x3f /* ? */) {
        const special = this.special(b, lt);
        if (special < 0) break;
        i = special;
        continue;
      }
      const gt = byteIn(b, GT, lt + 1, n);
      if (gt < 0) break;
      const closing = c1 === SLASH;
      const selfClosing = b[gt - 1] === SLASH;
      let start = closing ? lt + 2 : lt + 1;
      let end = start;
      while (end < gt) {
        const c = b[end]!;
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === SLASH || c === GT) break;
        if (c === 0x3a /* : */) start = end + 1;
        end++;
      }
      this.visitor.tag(b, start, end, closing, selfClosing, selfClosing ? gt - 1 : gt);
      i = gt + 1;
    }
    this.rest = i < n ? Buffer.from(b.subarray(i)) : null;
    if (this.rest && this.rest.length > this.maxPending) throw new Error('markup too long');
  }

  /** Skips `<!…>`, `<!--…-->`, `<![CDATA[…]]>` (its text kept) or `<?…?>` at `lt`; where to go on, or -1 when unfinished. */
  private special(b: Buffer, lt: number): number {
    if (b.subarray(lt, lt + CDATA.length).equals(CDATA)) {
      const end = b.indexOf(CDATA_END, lt);
      if (end < 0) return -1;
      // CDATA text is literal: its & must not be read as an entity.
      const text = Buffer.from(b.toString('utf8', lt + CDATA.length, end).replace(/&/g, '&amp;'));
      this.visitor.text(text, 0, text.length);
      return end + CDATA_END.length;
    }
    if (b.subarray(lt, lt + COMMENT.length).equals(COMMENT)) {
      const end = b.indexOf(COMMENT_END, lt);
      return end < 0 ? -1 : end + COMMENT_END.length;
    }
    const gt = b.indexOf(GT, lt + 1);
    return gt < 0 ? -1 : gt + 1;
  }

  /** Ends the input; an unfinished tag at the end means a damaged file. */
  end(): void {
    const rest = this.rest;
    this.rest = null;
    if (!rest) return;
    if (rest.indexOf(LT) >= 0) throw new Error('unterminated tag');
    this.visitor.text(rest, 0, rest.length);
  }
}
