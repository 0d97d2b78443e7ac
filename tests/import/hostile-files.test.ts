/**
 * Hostile files end in a one-line error or a sane result, quickly, never a crashed or hung process:
 * a row number of a billion, a merge over the whole sheet, a styles part that inflates to gigabytes,
 * an impossible column, thousands of sheets on one part, a line of millions of columns, and a
 * table with a stray cell in the last column. Each is made here (zip written by JSZip).
 */
import JSZip from 'jszip';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { detectTable } from '../../core/import/detect-table';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aw-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const sheetXml = (rows: string, merges = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;

/** A minimal xlsx: `sheets` names each pointing at a part; parts by path. */
async function xlsx(name: string, parts: Record<string, string | Buffer>, sheets: [string, string][] = [['S', 'worksheets/sheet1.xml']]) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CT);
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map(([n], i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships>${sheets.map(([, t], i) => `<Relationship Id="rId${i + 1}" Target="${t}"/>`).join('')}</Relationships>`,
  );
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  const file = join(dir, name);
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e as AppError).code,
  );

describe('hostile spreadsheets', () => {
  it('a row numbered 1,000,000,000 (a 1.7 KB file) is refused', async () => {
    const f = await xlsx('far-row.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1000000000"><c t="inlineStr"><is><t>x</t></is></c></row>'),
    });
    expect(await code(loadSpreadsheet(f))).toBe('import.tooComplex');
  });

  it('a merge over the whole sheet (A1:XFD1048576) is clipped to the data', async () => {
    const f = await xlsx('huge-merge.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>제목</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
      ),
    });
    const loaded = await loadSpreadsheet(f);
    expect(loaded.sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(detectTable(loaded.sheets[0]!).columns.length).toBeLessThanOrEqual(2);
  });

  it('a styles part that inflates past its cap is not read (dates stay numbers); the data still imports', async () => {
    // 40 MB of zeros deflate to a few KB; the cap is 32 MB.
    const f = await xlsx('styles-bomb.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>',
      ),
      'xl/styles.xml': Buffer.alloc(40 * 1024 * 1024, 32),
    });
    const loaded = await loadSpreadsheet(f);
    expect(loaded.sheets[0]!.rows[1]).toEqual([1, 2]);
  });

  it('an impossible cell reference (ZZZZZZ4) is skipped, not a crash', async () => {
    const f = await xlsx('bad-ref.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml('<row r="4"><c r="ZZZZZZ4"><v>1</v></c><c r="B4"><v>2</v></c></row>'),
    });
    const loaded = await loadSpreadsheet(f);
    expect(loaded.sheets[0]!.rows[3]).toEqual([null, 2]);
  });

  it('2,000 sheets pointing at one part are refused; a few share one read', async () => {
    const part = { 'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') };
    const many = await xlsx(
      'many-sheets.xlsx',
      part,
      Array.from({ length: 2000 }, (_, i): [string, string] => [`S${i}`, 'worksheets/sheet1.xml']),
    );
    expect(await code(loadSpreadsheet(many))).toBe('import.tooComplex');
    const few = await xlsx(
      'few-sheets.xlsx',
      part,
      Array.from({ length: 5 }, (_, i): [string, string] => [`S${i}`, 'worksheets/sheet1.xml']),
    );
    const loaded = await loadSpreadsheet(few);
    expect(loaded.sheetNames).toHaveLength(5);
    expect(loaded.sheets).toHaveLength(1);
  });

  it('columns A and XFD on 20,000 rows: the stray column past a wide gap is left out, quickly', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const f = await xlsx('a-and-xfd.xlsx', { 'xl/worksheets/sheet1.xml': sheetXml(rows) });
    const loaded = await loadSpreadsheet(f);
    expect(loaded.sheets[0]!.rows[0]).toEqual([0]);
    expect(loaded.sheets[0]!.rows).toHaveLength(20_000);
  });

  it('a CSV line of millions of columns is refused before it is parsed', async () => {
    const f = join(dir, 'wide.csv');
    await writeFile(f, `${','.repeat(5_000_000)}\n1,2\n`);
    expect(await code(loadSpreadsheet(f))).toBe('import.tooComplex');
  });
});
