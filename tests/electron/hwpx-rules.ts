/**
 * The package rules 한/글 is known to enforce on an HWPX file, checked on a written file: the zip's
 * layout, the parts the manifest lists, every id reference resolving into header.xml with matching
 * counts, secPr first, table cells that tile their table, and well-formed XML 1.0 without prefixed
 * attributes. Returns the problems found (empty: the package follows every rule).
 */
import { readFile } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';

/** An element of a parsed part. */
export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parses XML into a tree (saxes: refuses malformed XML and characters XML 1.0 does not allow). */
export function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attrs: tag.attributes, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => (stack[stack.length - 1]!.text += t));
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}

/** Every element of a tree, depth first. */
export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

/** A zip's entries in order, with their method and bytes. */
export async function zipEntries(path: string): Promise<{ name: string; stored: boolean; data: Buffer }[]> {
  const bytes = await readFile(path);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const out: { name: string; stored: boolean; data: Buffer }[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: e.fileName, stored: e.compressionMethod === 0, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const REQUIRED = [
  'version.xml',
  'META-INF/container.xml',
  'META-INF/manifest.xml',
  'Contents/content.hpf',
  'Contents/header.xml',
  'Contents/section0.xml',
];

function checkIds(header: Node, sections: Node[], problems: string[]): void {
  const ids = (tag: string) => new Set([...walk(header)].filter((n) => n.name === tag).map((n) => n.attrs.id));
  const defined = {
    charPrIDRef: ids('hh:charPr'),
    paraPrIDRef: ids('hh:paraPr'),
    borderFillIDRef: ids('hh:borderFill'),
    styleIDRef: ids('hh:style'),
  };
  for (const list of [...walk(header)].filter((n) => n.attrs.itemCnt !== undefined))
    if (Number(list.attrs.itemCnt) !== list.children.length)
      problems.push(`${list.name} itemCnt ${list.attrs.itemCnt} but ${list.children.length} items`);
  for (const face of [...walk(header)].filter((n) => n.name === 'hh:fontface')) {
    if (Number(face.attrs.fontCnt) !== face.children.length) problems.push(`fontface ${face.attrs.lang} fontCnt mismatch`);
    const fonts = new Set(face.children.map((f) => f.attrs.id));
    for (const ref of [...walk(header)].filter((n) => n.name === 'hh:fontRef')) {
      const v = ref.attrs[face.attrs.lang!.toLowerCase()];
      if (!fonts.has(v)) problems.push(`fontRef ${face.attrs.lang}=${v} has no font`);
    }
  }
  for (const part of [header, ...sections])
    for (const n of walk(part))
      for (const [attr, set] of Object.entries(defined)) {
        const v = n.attrs[attr];
        // 4294967295 is 한/글's "none" (a numbering head without its own character shape).
        if (v !== undefined && v !== '4294967295' && !set.has(v)) problems.push(`${n.name} ${attr}=${v} is not defined`);
      }
}

function checkTables(section: Node, problems: string[]): void {
  // A picture inside a group (hp:container) takes its place from the group, as 한/글 writes it.
  const grouped = new Set([...walk(section)].filter((n) => n.name === 'hp:container').flatMap((n) => n.children));
  for (const n of walk(section)) {
    if (
      (n.name === 'hp:tbl' || n.name === 'hp:pic') &&
      !grouped.has(n) &&
      !(n.children.some((c) => c.name === 'hp:sz') && n.children.some((c) => c.name === 'hp:pos'))
    )
      problems.push(`${n.name} without sz and pos`);
    if (n.name !== 'hp:tbl') continue;
    const rows = Number(n.attrs.rowCnt);
    const cols = Number(n.attrs.colCnt);
    const covered = new Map<string, number>();
    const trs = n.children.filter((c) => c.name === 'hp:tr');
    if (trs.length !== rows) problems.push(`table has ${trs.length} rows, rowCnt ${rows}`);
    for (const tc of trs.flatMap((tr) => tr.children.filter((c) => c.name === 'hp:tc'))) {
      const get = (name: string) => tc.children.find((c) => c.name === name);
      const addr = get('hp:cellAddr');
      const span = get('hp:cellSpan');
      if (!addr || !span || !get('hp:cellSz')) {
        problems.push('cell without cellAddr, cellSpan or cellSz');
        continue;
      }
      const r0 = Number(addr.attrs.rowAddr);
      const c0 = Number(addr.attrs.colAddr);
      for (let r = r0; r < r0 + Number(span.attrs.rowSpan); r++)
        for (let c = c0; c < c0 + Number(span.attrs.colSpan); c++) covered.set(`${r},${c}`, (covered.get(`${r},${c}`) ?? 0) + 1);
    }
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        if (covered.get(`${r},${c}`) !== 1) problems.push(`table slot ${r},${c} covered ${covered.get(`${r},${c}`) ?? 0} times`);
    if (covered.size !== rows * cols) problems.push(`table cells reach outside ${rows}×${cols}`);
  }
}

/** Checks every rule on a written .hwpx file; returns the problems (none: valid). */
export async function hwpxProblems(path: string): Promise<string[]> {
  const problems: string[] = [];
  const entries = await zipEntries(path);
  const first = entries[0];
  if (first?.name !== 'mimetype' || !first.stored || first.data.toString() !== 'application/hwp+zip')
    problems.push('mimetype is not the first, stored entry');
  const names = new Set(entries.map((e) => e.name));
  for (const r of REQUIRED) if (!names.has(r)) problems.push(`missing ${r}`);
  const parts = new Map<string, Node>();
  for (const e of entries.filter((x) => x.name.endsWith('.xml') || x.name.endsWith('.hpf'))) {
    try {
      const root = parseXml(e.data.toString('utf8'));
      parts.set(e.name, root);
      for (const n of walk(root))
        for (const attr of Object.keys(n.attrs))
          if (attr.includes(':') && !attr.startsWith('xmlns:')) problems.push(`${e.name}: prefixed attribute ${attr}`);
    } catch (error) {
      problems.push(`${e.name} is not well-formed: ${(error as Error).message}`);
    }
  }
  const hpf = parts.get('Contents/content.hpf');
  const manifest = hpf ? [...walk(hpf)].filter((n) => n.name === 'opf:item') : [];
  const listed = new Set(manifest.map((i) => i.attrs.href));
  for (const item of manifest) if (!names.has(item.attrs.href!)) problems.push(`content.hpf lists missing ${item.attrs.href}`);
  for (const n of names)
    if ((n.startsWith('Contents/') && n !== 'Contents/content.hpf') || n.startsWith('BinData/'))
      if (!listed.has(n)) problems.push(`content.hpf does not list ${n}`);
  const itemIds = new Set(manifest.map((i) => i.attrs.id));
  const header = parts.get('Contents/header.xml');
  const sections = [...parts.entries()].filter(([n]) => /^Contents\/section\d+\.xml$/.test(n)).map(([, v]) => v);
  if (header) checkIds(header, sections, problems);
  for (const s of sections) {
    const p0 = s.children.find((c) => c.name === 'hp:p');
    const secPr = p0 && [...walk(p0)].find((n) => n.name === 'hp:secPr');
    if (!secPr || ![...walk(secPr)].some((n) => n.name === 'hp:pagePr') || ![...walk(secPr)].some((n) => n.name === 'hp:margin'))
      problems.push('first paragraph has no secPr with page size and margins');
    checkTables(s, problems);
    for (const img of [...walk(s)].filter((n) => n.name === 'hc:img'))
      if (!itemIds.has(img.attrs.binaryItemIDRef)) problems.push(`picture ${img.attrs.binaryItemIDRef} is not in the manifest`);
  }
  return problems;
}
