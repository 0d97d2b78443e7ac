// Writes tests/fixtures/documents/: small 한/글 look-alikes, the same document as HWP 5.0 (records in a
// compound file, raw-deflated), as HWPX (OWPML XML in a zip), and as a 배포용 HWP (AES-128 ViewText),
// plus bad documents (password flag, HWP 3.0 signature, HWPML, a damaged section).
// Run: npx tsx scripts/make-document-fixtures.ts  (the outputs are committed)
import CFB from 'cfb';
import JSZip from 'jszip';
import { createCipheriv } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const dir = new URL('../tests/fixtures/documents/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
const out = (name: string) => join(dir, name);

/** A cell of a look-alike table. */
interface Cell {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  /** Paragraphs of the cell; a nested table sits in the first one. */
  text: string[];
  nested?: Table;
}
interface Table {
  rows: number;
  cols: number;
  caption?: string;
  cells: Cell[];
}
type Block = { kind: 'para'; text: string } | { kind: 'table'; text: string; table: Table };

// A budget press release in miniature: a unit note, a caption with a unit list, 구   분 letter-spaced,
// △ negatives, growth rates in parentheses (a rate row and "value (rate)" cells), a merged header,
// a layout box, and a table nested in a cell.
const cells = (rows: string[][], merges: Record<string, [number, number]> = {}): Cell[] =>
  rows.flatMap((r, ri) =>
    r.flatMap((text, ci) => {
      if (text === '\u0000') return [];
      const span = merges[`${ri},${ci}`];
      return [{ row: ri, col: ci, rowSpan: span?.[0] ?? 1, colSpan: span?.[1] ?? 1, text: text.split('\n') }];
    }),
  );
const BLOCKS: Block[] = [
  { kind: 'table', text: '', table: { rows: 1, cols: 2, cells: cells([['보도시점', '2026. 3. 2.(월) 조간']]) } },
  { kind: 'para', text: '2026년 산업혁신기반구축 예산 현황' },
  { kind: 'para', text: '(단위 : 백만원)' },
  {
    kind: 'table',
    text: '',
    table: {
      rows: 5,
      cols: 4,
      cells: cells([
        ['구   분', '2025년\n(A)', '2026년\n(B)', '증감\n(B-A)'],
        ['신규과제', '24,000', '28,000', '4,000'],
        ['계속과제', '216,800', '240,500', '23,700'],
        ['조정', '△1,200', '0', '1,200'],
        ['합  계', '239,600', '268,500', '28,900'],
      ]),
    },
  },
  { kind: 'para', text: '※ 2026년은 정부안 기준' },
  { kind: 'para', text: '' },
  {
    kind: 'table',
    text: '',
    table: {
      rows: 4,
      cols: 4,
      caption: '< 분기별 투자 추이(억 달러, 전년동기 대비, %) >',
      cells: cells(
        [
          ['구분', '2025년', '\u0000', '2026년'],
          ['\u0000', '3분기', '4분기', '1분기'],
          ['투자액', '150.9', '176.8 (△8.3)', '159.8 (4.5)'],
          ['증감률', '(147.8)', '(△51.2)', '(16.6)'],
        ],
        { '0,0': [2, 1], '0,1': [1, 2] },
      ),
    },
  },
  {
    kind: 'table',
    text: '붙임',
    table: {
      rows: 2,
      cols: 2,
      cells: [
        { row: 0, col: 0, text: ['세부 내역'] },
        { row: 0, col: 1, text: ['비고'] },
        {
          row: 1,
          col: 0,
          text: [''],
          nested: {
            rows: 3,
            cols: 2,
            cells: cells([
              ['항목', '금액'],
              ['장비', '1,500'],
              ['인건비', '2,300'],
            ]),
          },
        },
        { row: 1, col: 1, text: ['단위: 백만원'] },
      ],
    },
  },
];

// ---------------------------------------------------------------- HWP 5.0
const TAG = { PARA_HEADER: 66, PARA_TEXT: 67, CTRL_HEADER: 71, LIST_HEADER: 72, TABLE: 77, DISTRIBUTE: 28 };

function record(tag: number, level: number, data: Buffer): Buffer {
  if (data.length < 0xfff) {
    const h = Buffer.alloc(4);
    h.writeUInt32LE((tag | (level << 10) | (data.length << 20)) >>> 0);
    return Buffer.concat([h, data]);
  }
  const h = Buffer.alloc(8);
  h.writeUInt32LE((tag | (level << 10) | (0xfff << 20)) >>> 0);
  h.writeUInt32LE(data.length, 4);
  return Buffer.concat([h, data]);
}
const utf16 = (s: string) => Buffer.from(s, 'utf16le');
// The extended control character that anchors a table in paragraph text: 8 code units.
const ANCHOR = Buffer.concat([Buffer.from([11, 0]), utf16(' lbt'), Buffer.alloc(4), Buffer.from([11, 0])]);

function paragraph(text: string, level: number, table?: Table): Buffer[] {
  const lines = text.split('\n');
  const body = Buffer.concat([
    ...lines.flatMap((l, i) => [utf16(l), ...(i < lines.length - 1 ? [Buffer.from([10, 0])] : [])]),
    ...(table ? [ANCHOR] : []),
    Buffer.from([13, 0]),
  ]);
  const parts = [record(TAG.PARA_HEADER, level, Buffer.alloc(24)), record(TAG.PARA_TEXT, level + 1, body)];
  if (table) parts.push(...tableRecords(table, level + 1));
  return parts;
}

function tableRecords(t: Table, level: number): Buffer[] {
  const ctrl = Buffer.alloc(44);
  ctrl.write(' lbt', 0, 'latin1');
  const parts = [record(TAG.CTRL_HEADER, level, ctrl)];
  if (t.caption) parts.push(record(TAG.LIST_HEADER, level + 1, Buffer.alloc(22)), ...paragraph(t.caption, level + 1));
  const tbl = Buffer.alloc(22 + 2 * t.rows);
  tbl.writeUInt16LE(t.rows, 4);
  tbl.writeUInt16LE(t.cols, 6);
  parts.push(record(TAG.TABLE, level + 1, tbl));
  for (const c of t.cells) {
    const lh = Buffer.alloc(38);
    lh.writeInt16LE(c.text.length, 0);
    lh.writeUInt16LE(c.col, 8);
    lh.writeUInt16LE(c.row, 10);
    lh.writeUInt16LE(c.colSpan ?? 1, 12);
    lh.writeUInt16LE(c.rowSpan ?? 1, 14);
    parts.push(record(TAG.LIST_HEADER, level + 1, lh));
    c.text.forEach((p, i) => parts.push(...paragraph(p, level + 1, i === 0 ? c.nested : undefined)));
  }
  return parts;
}

function section(blocks: Block[]): Buffer {
  return Buffer.concat(blocks.flatMap((b) => paragraph(b.text, 0, b.kind === 'table' ? b.table : undefined)));
}

function hwp(streams: { flags: number; sections: Record<string, Buffer>; storage?: string }): Buffer {
  const cfb = CFB.utils.cfb_new();
  const header = Buffer.alloc(256);
  header.write('HWP Document File', 0, 'latin1');
  header.writeUInt32LE(0x05000107, 32);
  header.writeUInt32LE(streams.flags, 36);
  CFB.utils.cfb_add(cfb, 'FileHeader', header);
  CFB.utils.cfb_add(cfb, 'DocInfo', deflateRawSync(Buffer.alloc(0)));
  for (const [name, data] of Object.entries(streams.sections)) CFB.utils.cfb_add(cfb, `${streams.storage ?? 'BodyText'}/${name}`, data);
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** A 배포용 section: the 256-byte distribution record (key scrambled with rand()), then the AES-128-ECB body. */
function distributed(plain: Buffer): Buffer {
  const seed = 0x2468ace1;
  let s = seed;
  const rand = () => {
    s = (Math.imul(s, 214013) + 2531011) >>> 0;
    return (s >>> 16) & 0x7fff;
  };
  const data = Buffer.alloc(256);
  data.writeUInt32LE(seed, 0);
  const key = Buffer.from('0123456789abcdef', 'latin1');
  for (let i = 4; i < 256; i++) data[i] = (i * 7) & 0xff;
  key.copy(data, 4 + (seed & 0xf));
  let k = 0;
  let run = 0;
  for (let i = 0; i < 256; i++) {
    if (run === 0) {
      k = rand() & 0xff;
      run = (rand() & 0xf) + 1;
    }
    if (i >= 4) data[i] = data[i]! ^ k;
    run--;
  }
  const body = deflateRawSync(plain);
  const padded = Buffer.concat([body, Buffer.alloc((16 - (body.length % 16)) % 16)]);
  const cipher = createCipheriv('aes-128-ecb', key, null);
  cipher.setAutoPadding(false);
  return Buffer.concat([record(TAG.DISTRIBUTE, 0, data), cipher.update(padded), cipher.final()]);
}

// ---------------------------------------------------------------- HWPX
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pXml = (text: string, table?: Table) =>
  `<hp:p><hp:run>${text
    .split('\n')
    .map((l) => `<hp:t>${esc(l)}</hp:t>`)
    .join('<hp:t><hp:lineBreak/></hp:t>')}${table ? tblXml(table) : ''}</hp:run></hp:p>`;
const tblXml = (t: Table): string => {
  const rows = Array.from({ length: t.rows }, (_, r) =>
    t.cells
      .filter((c) => c.row === r)
      .map(
        (c) =>
          `<hp:tc><hp:subList>${c.text.map((p, i) => pXml(p, i === 0 ? c.nested : undefined)).join('')}</hp:subList>` +
          `<hp:cellAddr colAddr="${c.col}" rowAddr="${c.row}"/><hp:cellSpan colSpan="${c.colSpan ?? 1}" rowSpan="${c.rowSpan ?? 1}"/></hp:tc>`,
      )
      .join(''),
  );
  const caption = t.caption ? `<hp:caption side="TOP"><hp:subList>${pXml(t.caption)}</hp:subList></hp:caption>` : '';
  return `<hp:tbl rowCnt="${t.rows}" colCnt="${t.cols}">${caption}${rows.map((r) => `<hp:tr>${r}</hp:tr>`).join('')}</hp:tbl>`;
};

async function hwpx(blocks: Block[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/hwp+zip', { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
  );
  const body = blocks.map((b) => pXml(b.text, b.kind === 'table' ? b.table : undefined)).join('');
  zip.file(
    'Contents/section0.xml',
    `<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph">${body}</hs:sec>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ---------------------------------------------------------------- write
const plain = section(BLOCKS);
writeFileSync(out('budget-release.hwp'), hwp({ flags: 1, sections: { Section0: deflateRawSync(plain) } }));
writeFileSync(out('budget-release.hwpx'), await hwpx(BLOCKS));
writeFileSync(
  out('budget-release-distribution.hwp'),
  hwp({ flags: 1 | 4, sections: { Section0: distributed(plain) }, storage: 'ViewText' }),
);
// Two sections, the second damaged: the first's tables are kept.
writeFileSync(
  out('damaged-section.hwp'),
  hwp({ flags: 1, sections: { Section0: deflateRawSync(plain), Section1: Buffer.from('not deflate data') } }),
);
writeFileSync(out('password.hwp'), hwp({ flags: 1 | 2, sections: { Section0: Buffer.alloc(64, 1) } }));
writeFileSync(
  out('hwp3.hwp'),
  Buffer.concat([Buffer.from('HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05', 'latin1'), Buffer.alloc(256)]),
);
writeFileSync(out('document.hml'), '<?xml version="1.0" encoding="UTF-8"?><HWPML Version="2.8"><HEAD/><BODY/></HWPML>');
console.log('document fixtures written to tests/fixtures/documents/');
