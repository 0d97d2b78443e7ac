// Writes tests/fixtures/: look-alikes of agency spreadsheets (by script, exceljs and LibreOffice) and bad inputs.
// Run: npx tsx scripts/make-import-fixtures.ts  (the outputs are committed; LibreOffice is needed for one file)
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../tests/fixtures/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
const out = (name: string) => join(dir, name);

async function seriesYearsInColumns() {
  // A ministry budget table: title, date, unit note, years as columns in every notation, a totals row, footnotes.
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('예산');
  s.addRow(['2026년도 산업혁신기반구축사업 예산 현황']);
  s.addRow(['작성일: 2026. 1. 15.']);
  s.addRow(['(단위: 백만원)']);
  s.addRow([]);
  s.addRow(['구분', '2022년', '2023년', "'24", '`25', 'FY2026']);
  s.addRow(['기반구축', '161,500', 196900, 191000, 240800, '268,500']);
  s.addRow(['신규과제', 12000, '△3,000', 8000, 16000, 28000]);
  s.addRow(['합계', 173500, 193900, 199000, 256800, 296500]);
  s.addRow([]);
  s.addRow(['※ 2026년은 정부 예산안 기준']);
  s.addRow(['자료: 산업통상부']);
  await book.xlsx.writeFile(out('series-years-in-columns.xlsx'));
}

async function centersMergedHeader() {
  // Two header rows under merged group labels, a wrong totals row, a footnote; plus an unknown column.
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('센터현황');
  s.addRow(['연구기반센터 현황 (2025년 기준)']);
  s.addRow([]);
  s.addRow(['기본정보', null, '위치', '장비', null, '비고']);
  s.addRow(['센터명', '운영기관', '지역', '장비 수', '구축연도', '비고']);
  s.mergeCells('A3:B3');
  s.mergeCells('D3:E3');
  s.mergeCells('C3:C4');
  s.mergeCells('F3:F4');
  s.addRow(['AI 제조공정 실증센터', '한국생산기술연구원', '충남', 34, 2021, '공유형 연구공간']);
  s.addRow(['반도체 신뢰성센터', '한국산업기술시험원', '경기', '41', '2019년', null]);
  s.addRow(['수소모빌리티 시험센터', '전북테크노파크', '전북', '-', 2022, null]);
  s.addRow(['로봇 성능평가센터', '한국로봇산업진흥원', '대구', 'n/a?', 2016, '장비 이전 중']);
  s.addRow(['계', null, null, 80, null, null]);
  s.addRow(['주: 장비 수는 2025년 12월 기준']);
  await book.xlsx.writeFile(out('centers-merged-header.xlsx'));
}

function centersCsv() {
  const text = [
    '센터명,기관명,소재지,분야,설립연도,장비 수',
    'AI 제조공정 실증센터,한국생산기술연구원,충남,AI·제조,2021,34',
    '첨단소재 분석지원센터,한국세라믹기술원,경남,소재,2015,"1,056"',
    '서울 AI 자율실험실,한국과학기술연구원,서울,AI·제조,2025,9',
    '',
  ].join('\r\n');
  writeFileSync(out('centers-cp949.csv'), iconv.encode(text, 'cp949'));
  writeFileSync(out('centers-utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  // Excel's "Unicode text": UTF-16LE with BOM, tab-separated.
  writeFileSync(
    out('centers-utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text.replace(/"1,056"/, '1056').replace(/,/g, '\t'), 'utf-16le')]),
  );
  // Two files pasted together: one line UTF-8, the rest CP949.
  const lines = text.split('\r\n');
  writeFileSync(
    out('mixed-encoding.csv'),
    Buffer.concat([
      iconv.encode(`${lines[0]}\r\n${lines[1]}\r\n`, 'cp949'),
      Buffer.from(`${lines[2]}\r\n`, 'utf8'),
      iconv.encode(`${lines[3]}\r\n`, 'cp949'),
    ]),
  );
}

function seriesYearsInRowsCsv() {
  writeFileSync(
    out('series-years-in-rows.csv'),
    [
      '연도,예산(억원),증감',
      '\'22,"1,615",',
      '2023년,"1,969",354',
      '2024년,"1,910",△59',
      '2025년,"2,408",498',
      '2026년,"2,685",277',
      '',
      '자료: 산업통상부 보도자료',
    ].join('\n'),
  );
}

function libreOfficeMade() {
  // The same budget, saved by LibreOffice (different XML, shared strings and styles than exceljs).
  const csv = out('lo-source.csv');
  writeFileSync(csv, ['예산규모 (단위: 억원)', '', '구분,2022,2023,2024,2025,2026', '예산,1615,1969,1910,2408,2685'].join('\n'));
  const tmp = join(dir, 'lo-out');
  execFileSync('soffice', ['--headless', '--infilter=CSV:44,34,76', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', tmp, csv], {
    stdio: 'ignore',
  });
  renameSync(join(tmp, 'lo-source.xlsx'), out('libreoffice-budget.xlsx'));
  rmSync(tmp, { recursive: true, force: true });
  rmSync(csv);
}

async function wideSheet() {
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('넓은 시트');
  s.addRow(['센터명', '지역', '장비 수']);
  s.addRow(['A센터', '서울', 3]);
  s.addRow(['B센터', '부산', 5]);
  // Formatting reaching column 1,000 leaves 997 empty columns in the file.
  for (let c = 4; c <= 1000; c++) s.getCell(1, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  await book.xlsx.writeFile(out('wide-1000-columns.xlsx'));
}

function compound(streams: Record<string, Buffer>): Buffer {
  const cfb = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(cfb, name, data);
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

function badInputs() {
  const good = readFileSync(out('series-years-in-columns.xlsx'));
  writeFileSync(out('truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  let seed = 42;
  writeFileSync(
    out('random-bytes.xlsx'),
    Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)),
  );
  // The layout Excel uses for a password-protected workbook: an OLE file with EncryptionInfo + EncryptedPackage.
  writeFileSync(
    out('encrypted.xlsx'),
    compound({ EncryptionInfo: Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), EncryptedPackage: Buffer.alloc(512, 7) }),
  );
  writeFileSync(out('old-format.xls'), compound({ Workbook: Buffer.alloc(512, 9) }));
  writeFileSync(out('document.hwp'), compound({ FileHeader: Buffer.from('HWP Document File'), BodyText: Buffer.alloc(64) }));
  writeFileSync(out('empty.csv'), '');
}

await seriesYearsInColumns();
await centersMergedHeader();
centersCsv();
seriesYearsInRowsCsv();
await wideSheet();
if (existsSync('/usr/bin/soffice')) libreOfficeMade();
else console.warn('LibreOffice not found: libreoffice-budget.xlsx not regenerated');
badInputs();
console.log('fixtures written to tests/fixtures/');
