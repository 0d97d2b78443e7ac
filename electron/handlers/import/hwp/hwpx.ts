/**
 * Tables out of HWPX documents (OWPML, KS X 6101: a zip whose `mimetype` is application/hwp+zip):
 * Contents/section*.xml read with a SAX parser. `hp:tbl` holds `hp:tr` / `hp:tc`, each cell its
 * `hp:subList` of paragraphs and then its `hp:cellAddr` and `hp:cellSpan`; a caption is an
 * `hp:caption` list; tables nest inside cells. Text is what `hp:t` holds, with tabs and fixed
 * spaces as spaces and line breaks kept — the same text the HWP 5.0 reader gives.
 */
import { SaxesParser } from 'saxes';
import type { Entry, ZipFile } from 'yauzl';
import { AppError } from '../../../../core/errors';
import type { DocumentCell, DocumentTable, DocumentTables } from '../../../../core/import/document-table';
import { entryStream, openEntries, readSmall, verifyRest } from '../zip-entries';
import { HWP_LIMITS } from './hwp5';

/** A paragraph being read: its text so far, and the tables anchored in it waiting for its full text. */
interface Para {
  text: string;
  waiting: { table: DocumentTable; before: string[] }[];
}

/** A list of paragraphs: the section body, a cell, or a caption. */
interface List {
  texts: string[];
}

type Frame =
  | { kind: 'list'; list: List; owner: 'body' | 'cell' | 'caption' }
  | { kind: 'para'; para: Para; list: List }
  | { kind: 'table'; table: DocumentTable }
  | { kind: 'cell'; cell: DocumentCell; texts: string[] }
  | { kind: 'caption'; texts: string[] };

/** Reads one section's XML, adding its tables (in document order, a table before those nested in it). */
function sectionParser(tables: DocumentTable[]) {
  const parser = new SaxesParser({ xmlns: false });
  const body: List = { texts: [] };
  const stack: Frame[] = [{ kind: 'list', list: body, owner: 'body' }];
  let inText = 0;
  const top = () => stack[stack.length - 1]!;
  const nearest = <K extends Frame['kind']>(kind: K) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.kind === kind) return stack[i] as Extract<Frame, { kind: K }>;
    return undefined;
  };
  const append = (s: string) => {
    const p = nearest('para');
    if (p && inText > 0) p.para.text += s;
  };
  const depth = () => stack.filter((f) => f.kind === 'table').length;

  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'hp:p': {
        const list = [...stack].reverse().find((f): f is Extract<Frame, { kind: 'list' }> => f.kind === 'list')?.list ?? body;
        stack.push({ kind: 'para', para: { text: '', waiting: [] }, list });
        break;
      }
      case 'hp:t':
        inText++;
        break;
      case 'hp:tab':
      case 'hp:nbSpace':
      case 'hp:fwSpace':
        append(' ');
        break;
      case 'hp:lineBreak':
        append('\n');
        break;
      case 'hp:hyphen':
        append('-');
        break;
      case 'hp:tbl': {
        if (depth() >= HWP_LIMITS.depth) throw new Error('tables nested too deep');
        const rows = Number(a.rowCnt ?? 0);
        const cols = Number(a.colCnt ?? 0);
        if (!(rows * cols <= HWP_LIMITS.cells)) throw new Error('table too large');
        const table: DocumentTable = {
          index: tables.length + 1,
          rows,
          cols,
          cells: [],
          caption: '',
          context: [],
          nested: nearest('cell') !== undefined,
        };
        tables.push(table);
        const p = nearest('para');
        if (p) p.para.waiting.push({ table, before: p.list.texts.filter((x) => x.trim() !== '').slice(-3) });
        stack.push({ kind: 'table', table });
        break;
      }
      case 'hp:caption':
        stack.push({ kind: 'caption', texts: [] });
        break;
      case 'hp:tc':
        stack.push({ kind: 'cell', cell: { row: 0, col: 0, rowSpan: 1, colSpan: 1, text: '' }, texts: [] });
        break;
      case 'hp:subList': {
        const owner = top().kind === 'cell' ? 'cell' : top().kind === 'caption' ? 'caption' : 'body';
        stack.push({ kind: 'list', list: { texts: [] }, owner });
        break;
      }
      case 'hp:cellAddr': {
        const c = nearest('cell');
        if (c) {
          c.cell.col = Number(a.colAddr ?? 0);
          c.cell.row = Number(a.rowAddr ?? 0);
        }
        break;
      }
      case 'hp:cellSpan': {
        const c = nearest('cell');
        if (c) {
          c.cell.colSpan = Math.max(1, Number(a.colSpan ?? 1));
          c.cell.rowSpan = Math.max(1, Number(a.rowSpan ?? 1));
        }
        break;
      }
    }
  });
  parser.on('text', (t) => append(t));
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'hp:t':
        inText = Math.max(0, inText - 1);
        break;
      case 'hp:p': {
        const f = stack.pop();
        if (f?.kind !== 'para') throw new Error('unbalanced paragraph');
        f.list.texts.push(f.para.text);
        // A table's context: the paragraphs before its own, and its own (now complete).
        for (const w of f.para.waiting) w.table.context = [...w.before, f.para.text].filter((x) => x.trim() !== '').slice(-3);
        break;
      }
      case 'hp:subList': {
        const f = stack.pop();
        if (f?.kind !== 'list') throw new Error('unbalanced list');
        const holder = top();
        if (holder.kind === 'cell' || holder.kind === 'caption') holder.texts.push(...f.list.texts);
        break;
      }
      case 'hp:caption': {
        const f = stack.pop();
        const t = nearest('table');
        if (f?.kind === 'caption' && t) t.table.caption = f.texts.join('\n').trim();
        break;
      }
      case 'hp:tc': {
        const f = stack.pop();
        const t = nearest('table');
        if (f?.kind !== 'cell' || !t) throw new Error('unbalanced cell');
        const { table } = t;
        f.cell.text = f.texts.join('\n');
        f.cell.colSpan = Math.min(f.cell.colSpan, Math.max(1, table.cols - f.cell.col));
        f.cell.rowSpan = Math.min(f.cell.rowSpan, Math.max(1, table.rows - f.cell.row));
        table.cells.push(f.cell);
        break;
      }
      case 'hp:tbl':
        if (stack.pop()?.kind !== 'table') throw new Error('unbalanced table');
        break;
    }
  });
  return parser;
}

/** Streams an entry (checked: a damaged part is refused, see zip-entries) through a SAX parser, refusing to inflate past the size cap (zip bombs). */
function parseEntry(zip: ZipFile, entry: Entry, parser: SaxesParser): Promise<void> {
  if (entry.uncompressedSize > HWP_LIMITS.streamBytes) return Promise.reject(new Error('section too large'));
  return entryStream(zip, entry).then(
    (s) =>
      new Promise((resolve, reject) => {
        let bytes = 0;
        s.setEncoding('utf8');
        s.on('data', (chunk: string) => {
          bytes += chunk.length;
          if (bytes > HWP_LIMITS.streamBytes) {
            s.destroy();
            return reject(new Error('section too large'));
          }
          try {
            parser.write(chunk);
          } catch (err) {
            s.destroy();
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
        s.on('end', () => {
          try {
            parser.close();
            resolve();
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
        s.on('error', reject);
      }),
  );
}

/** Reads the tables of an HWPX document (never writes to it). */
export async function readHwpx(path: string): Promise<DocumentTables> {
  const { zip, entries } = await openEntries(path);
  try {
    const manifest = await readSmall(zip, entries.get('META-INF/manifest.xml'));
    if (manifest === null) throw new Error('entry too large');
    // OWPML marks encrypted parts in the manifest (ODF-style encryption data).
    if (/encryption-data|encrypted/i.test(manifest)) throw new AppError('import.hwpPassword');
    const sections = [...entries.keys()]
      .filter((n) => /^Contents\/section\d+\.xml$/i.test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/i.exec(a)![1]) - Number(/(\d+)\.xml$/i.exec(b)![1]));
    if (sections.length === 0) throw new AppError('import.corrupt', 'no sections');
    const tables: DocumentTable[] = [];
    let skippedSections = 0;
    for (const name of sections) {
      const before = tables.length;
      try {
        await parseEntry(zip, entries.get(name)!, sectionParser(tables));
      } catch (e) {
        // A damaged part (its bytes are not what the zip says) refuses the document; a section we cannot parse is skipped, and said.
        if (e instanceof AppError) throw e;
        tables.length = before;
        skippedSections++;
      }
    }
    if (skippedSections === sections.length) throw new AppError('import.corrupt', 'no section could be read');
    await verifyRest(zip, entries, new Set(sections));
    return { tables, skippedSections };
  } finally {
    zip.close();
  }
}
