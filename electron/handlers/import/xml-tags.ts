/**
 * A minimal incremental reader of the XML Excel and LibreOffice write for worksheets and shared
 * strings: it walks tags and the text between them, no DOM, no attribute objects for tags nobody
 * asks about. Written here (rather than a general SAX parser) because an agency list of 100,000
 * rows is a few million tags and a general parser spends most of its time on what import ignores.
 * Chunks may split a tag anywhere: the unfinished tail waits for the next chunk.
 */

/** What a tag visitor receives: the local name (prefix dropped), whether it closes, whether it is self-closing, and its raw text. */
export interface TagVisitor {
  tag: (name: string, closing: boolean, selfClosing: boolean, raw: string) => void;
  text: (text: string) => void;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character references and the five named entities. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The value of attribute `name` in a tag's raw text (`c r="A1" t="s"`), or undefined. */
export function attr(raw: string, name: string): string | undefined {
  let at = raw.indexOf(` ${name}="`);
  if (at < 0) at = raw.indexOf(`\t${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  const end = raw.indexOf('"', start);
  return end < 0 ? undefined : raw.slice(start, end);
}

/** Feeds XML text in chunks to a visitor. */
export class XmlTags {
  private rest = '';

  constructor(private readonly visitor: TagVisitor) {}

  /** Reads a chunk; an unfinished tag is kept for the next. */
  write(chunk: string): void {
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (i < n) this.visitor.text(s.slice(i));
        i = n;
        break;
      }
      if (lt > i) this.visitor.text(s.slice(i, lt));
      const gt = s.indexOf('>', lt + 1);
      if (gt < 0) {
        i = lt;
        break;
      }
      const c1 = s.charCodeAt(lt + 1);
      // Declarations, comments, CDATA, processing instructions: skipped (CDATA text kept).
      if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt);
          if (end < 0) {
            i = lt;
            break;
          }
          this.visitor.text(s.slice(lt + 9, end).replace(/&/g, '&amp;'));
          i = end + 3;
          continue;
        }
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt);
          if (end < 0) {
            i = lt;
            break;
          }
          i = end + 3;
          continue;
        }
        i = gt + 1;
        continue;
      }
      const closing = c1 === 47; /* / */
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      let start = closing ? lt + 2 : lt + 1;
      let end = start;
      while (end < gt) {
        const c = s.charCodeAt(end);
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
        if (c === 58 /* : */) start = end + 1;
        end++;
      }
      this.visitor.tag(s.slice(start, end), closing, selfClosing, s.slice(end, selfClosing ? gt - 1 : gt));
      i = gt + 1;
    }
    this.rest = i < n ? s.slice(i) : '';
  }

  /** Ends the input; an unfinished tag at the end means a damaged file. */
  end(): void {
    if (this.rest.trim().startsWith('<')) throw new Error('unterminated tag');
    if (this.rest.length > 0) this.visitor.text(this.rest);
    this.rest = '';
  }
}
