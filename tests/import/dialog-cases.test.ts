/**
 * Files the import dialog mishandled: UTF-16LE text saved without a BOM, a Word file renamed .xlsx, a
 * password-protected file (its message wholly in the UI's language), a unit stated in a box above a group of
 * appendix tables, and a headline 전체 row over rows of rates.
 */
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { carryBoxUnits, type DocumentTable } from '../../core/import/document-table';
import { defaultSeriesChoices, seriesCandidates } from '../../core/import/series-import';
import { chooseSheet, toImportTable } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { runCliCaptured, tempDir } from '../electron/helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const FDI = fileURLToPath(new URL('../../../shared/fixtures/documents/해외직접투자_보도자료_2024-1Q.hwpx', import.meta.url));
if (!existsSync(FDI) && process.env.CI === 'true') throw new Error(`the document corpus is required on CI: ${FDI} does not exist`);
if (!existsSync(FDI)) console.warn(`\n[document corpus] SKIPPED the press-release checks: ${FDI} does not exist\n`);

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => (tmp = await tempDir()));
afterAll(() => tmp.cleanup());

const failure = (path: string, options = {}) =>
  loadSpreadsheet(path, options).then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.toInfo() : { code: String(e) }),
  );

describe('files the dialog refused or misread', () => {
  it('UTF-16LE text without a BOM is read as text, detected or when told', async () => {
    const path = tmp.path('centers-utf16-nobom.txt');
    await writeFile(path, iconv.encode('센터명\t지역\r\nAI 실증센터\t경기\r\n소재센터\t대전\r\n', 'utf-16le'));
    const loaded = await loadSpreadsheet(path);
    expect(loaded.encoding).toBe('utf-16le');
    expect(loaded.sheets[0]!.rows.filter((r) => r.some((v) => v !== ''))).toEqual([
      ['센터명', '지역'],
      ['AI 실증센터', '경기'],
      ['소재센터', '대전'],
    ]);
    expect((await loadSpreadsheet(path, { encoding: 'utf-16le' })).sheets[0]!.rows[1]).toEqual(['AI 실증센터', '경기']);
    const { code } = await runCliCaptured('inspect', path, '--encoding', 'utf-16le', '--json');
    expect(code).toBe(0);
  });

  it('a Word file renamed .xlsx is named, with what it really is and the formats that can be imported', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const path = tmp.path('보고서.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await failure(path)).toEqual({ code: 'import.unsupported', detail: '보고서.xlsx → .docx' });
    const { code, err } = await runCliCaptured('inspect', path, '--lang', 'ko');
    expect(code).toBe(2);
    expect(err).toContain('보고서.xlsx → .docx');
    expect(err).toContain('한/글 .hwp · .hwpx');
  });

  it('a password-protected file says so in the UI’s language only, naming the file', async () => {
    expect(await failure(fixture('encrypted.xlsx'))).toEqual({ code: 'import.encrypted', detail: 'encrypted.xlsx' });
    const { code, err } = await runCliCaptured('inspect', fixture('encrypted.xlsx'), '--lang', 'ko');
    expect(code).toBe(2);
    expect(err).toContain('암호로 보호된 파일입니다');
    expect(err).not.toMatch(/password|protected/i);
  });
});

describe('document tables under a box', () => {
  const table = (index: number, cells: string[][], context: string[] = [], caption = ''): DocumentTable => ({
    index,
    rows: cells.length,
    cols: cells[0]!.length,
    cells: cells.flatMap((r, row) => r.map((text, col) => ({ row, col, rowSpan: 1, colSpan: 1, text }))),
    caption,
    context,
    nested: false,
  });
  it('a unit in a box above a group of tables applies to those stating none, until the next box that states one', () => {
    const tables = carryBoxUnits([
      table(1, [['별첨', '세부 통계 (단위: 억 달러, 전년동기 대비 %)']]),
      table(
        2,
        [
          ['구분', '2023', '2024'],
          ['금융', '85.0', '73.6'],
        ],
        ['□ 업종별 동향'],
      ),
      table(
        3,
        [
          ['구분', '2023', '2024'],
          ['미국', '91.8', '72.4'],
        ],
        ['(단위: 백만 달러)'],
      ),
      table(4, [['참고', '(단위: 천명)']]),
      table(5, [
        ['구분', '2023', '2024'],
        ['인력', '12', '13'],
      ]),
    ]);
    expect(tables.map((t) => t.context[0] ?? null)).toEqual([
      null,
      '(단위: 억 달러, 전년동기 대비 %)',
      '(단위: 백만 달러)',
      null,
      '(단위: 천명)',
    ]);
  });

  it.runIf(existsSync(FDI))(
    'the press release’s appendix tables take the 억 달러 of the 별첨 box; 표 10’s headline 전체 row can be picked',
    async () => {
      const loaded = await loadSpreadsheet(FDI);
      for (const sheet of ['표 11', '표 12', '표 13', '표 25'])
        expect({ sheet, unit: chooseSheet(loaded, { sheet }).table.unit }).toEqual({ sheet, unit: '억달러' });
      const t10 = toImportTable(chooseSheet(loaded, { sheet: '표 10' }).table);
      const candidates = seriesCandidates(t10);
      const ticked = [...defaultSeriesChoices(t10).keys()].map((i) => candidates[i]!.label);
      expect(ticked.some((l) => l.startsWith('전체'))).toBe(true);
    },
  );
});
