// Writes tests/fixtures/: look-alikes of agency spreadsheets (by script, exceljs and LibreOffice) and bad inputs.
// Run: npx tsx scripts/make-import-fixtures.ts  (the outputs are committed; LibreOffice is needed for one file)
import * as XLSX from '@e965/xlsx';
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

async function kosisTwoRowHeader() {
  // KOSIS: years as text over a label with its unit repeated under every year; A1:A2 and B1:B2 merged;
  // the total (계) first; a group label only on the first row of its block.
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('데이터');
  const years = ['2019', '2020', '2021', '2022'];
  s.addRow(['행정구역(시도)별', '성별', ...years]);
  s.addRow([null, null, ...years.map(() => '이동자수 (명)')]);
  s.mergeCells('A1:A2');
  s.mergeCells('B1:B2');
  for (const row of [
    ['계', '계', 300, 310, 320, 330],
    ['', '남자', 160, 165, 170, 175],
    ['', '여자', 140, 145, 150, 155],
    ['서울특별시', '계', 100, 110, 120, 130],
    ['', '남자', 55, 60, 65, 70],
    ['', '여자', 45, 50, 55, 60],
    ['부산광역시', '계', 200, 200, 200, 200],
    ['', '남자', 105, 105, 105, 105],
    ['', '여자', 95, 95, 95, '-'],
  ])
    s.addRow(row);
  await book.xlsx.writeFile(out('kosis-two-row-header.xlsx'));
}

async function threeRowHeader() {
  // Three unmerged header levels (year / category with unit / item with unit), and a source URL after blank rows.
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('피해현황');
  const perYear = (y: string) => [y, y, y, y, y];
  s.addRow(['구분', ...perYear('2022'), ...perYear('2023')]);
  const cats = ['원인 (건)', '원인 (건)', '인명피해 (명)', '피해', '피해'];
  s.addRow([null, ...cats, ...cats]);
  const items = ['입산자실화', '합계', '합계', '면적 (ha)', '피해액 (천원)'];
  s.addRow([null, ...items, ...items]);
  s.addRow(['강원', 10, 25, 1, 120.5, 35000, 12, 30, 0, 98.25, 41000]);
  s.addRow(['경북', 7, 19, 2, 88, 27000, 9, 22, 1, 310.75, 95000]);
  s.addRow([]);
  s.addRow([]);
  s.addRow(['출처: https://www.forest.go.kr (산불통계연보)']);
  await book.xlsx.writeFile(out('three-row-header.xlsx'));
}

async function ministryListMergedTitle() {
  // The most common ministry list: a title merged across the table, a blank row, then a one-row header.
  const book = new ExcelJS.Workbook();
  const s = book.addWorksheet('목록');
  s.addRow(['2025년 연구기반센터 현황']);
  s.mergeCells('A1:G1');
  s.addRow([]);
  s.addRow(['연번', '센터명', '운영기관', '지역', '분야', '구축연도', '장비 수']);
  for (const row of [
    [1, 'AI 제조공정 실증센터', '한국생산기술연구원', '충청남도', 'AI·제조', 2021, 34],
    [2, '반도체 소재부품 신뢰성센터', '한국산업기술시험원', '경기북부', '반도체', 2019, 41],
    [3, '스마트 조선해양 시험센터', '경남테크노파크', '창원시', '조선', 2020, 18],
    [4, '수소 연료전지 평가센터', '강원테크노파크', '강원특별자치도', '에너지', 2022, 12],
    [5, '바이오 소재 실증센터', '한국화학연구원', '세종', '바이오', 2023, 7],
    [6, '해외 협력 거점', '한국산업기술진흥원', '해외', '협력', 2024, 0],
  ])
    s.addRow(row);
  await book.xlsx.writeFile(out('ministry-list-merged-title.xlsx'));
}

async function metadataUnit() {
  // KOSIS downloads: the data sheet carries no unit; the 메타정보 sheet says 단위 | 천명.
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet('데이터');
  data.addRow(['시도별', '2020', '2021', '2022']);
  data.addRow(['서울특별시', 9586, 9509, 9428]);
  data.addRow(['부산광역시', 3349, 3323, 3297]);
  const meta = book.addWorksheet('메타정보');
  meta.addRow(['통계표명', '주민등록인구']);
  meta.addRow(['단위', '천명']);
  meta.addRow(['출처', '통계청, 주민등록인구현황']);
  await book.xlsx.writeFile(out('metadata-unit.xlsx'));
}

async function quartersAndItemUnits() {
  // Quarters as columns (kept as labelled columns), and an item column whose labels carry different units.
  const book = new ExcelJS.Workbook();
  const q = book.addWorksheet('분기');
  q.addRow(['구분', '2024 1/4', '2024 2/4', '2024 3/4', '2024 4/4']);
  q.addRow(['수출', 120, 135, 128, 140]);
  const items = book.addWorksheet('항목');
  items.addRow(['지역', '항목', '2021', '2022']);
  items.addRow(['서울', '인구 (천명)', 9509, 9428]);
  items.addRow(['서울', '면적 (㎢)', 605.2, 605.2]);
  await book.xlsx.writeFile(out('quarters-and-item-units.xlsx'));
}

function legacyFormats() {
  // The same look-alikes as .xls (BIFF8) and .ods, written by LibreOffice (merges kept), and as .xlsb by SheetJS.
  const tmp = join(dir, 'lo-legacy');
  const convert = (source: string, filter: string, ext: string, name: string) => {
    execFileSync('soffice', ['--headless', '--convert-to', `${ext}:${filter}`, '--outdir', tmp, out(source)], { stdio: 'ignore' });
    renameSync(join(tmp, source.replace(/\.xlsx$/, `.${ext}`)), out(name));
  };
  convert('ministry-list-merged-title.xlsx', 'MS Excel 97', 'xls', 'ministry-list-merged-title.xls');
  convert('kosis-two-row-header.xlsx', 'MS Excel 97', 'xls', 'kosis-two-row-header.xls');
  convert('three-row-header.xlsx', 'calc8', 'ods', 'three-row-header.ods');
  rmSync(tmp, { recursive: true, force: true });
  const wb = XLSX.read(readFileSync(out('kosis-two-row-header.xlsx')), { type: 'buffer' });
  writeFileSync(out('kosis-two-row-header.xlsb'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsb' }) as Buffer);
  // What many portals serve as "엑셀 다운로드": an HTML table in a file named .xls.
  writeFileSync(
    out('portal-html-table.xls'),
    '<html><head><meta charset="utf-8"></head><body><table border="1">' +
      '<tr><td colspan="3">2025년 센터 목록</td></tr>' +
      '<tr><th>센터명</th><th>운영기관</th><th>지역</th></tr>' +
      '<tr><td>AI 제조공정 실증센터</td><td>한국생산기술연구원</td><td>충남</td></tr>' +
      '<tr><td>바이오 소재 실증센터</td><td>한국화학연구원</td><td>세종</td></tr>' +
      '</table></body></html>',
  );
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
  // An .xls whose Workbook stream is garbage (a damaged download).
  writeFileSync(out('damaged.xls'), compound({ Workbook: Buffer.alloc(512, 9) }));
  writeFileSync(out('document.hwp'), compound({ FileHeader: Buffer.from('HWP Document File'), BodyText: Buffer.alloc(64) }));
  writeFileSync(out('empty.csv'), '');
}

await seriesYearsInColumns();
await centersMergedHeader();
centersCsv();
seriesYearsInRowsCsv();
await wideSheet();
await kosisTwoRowHeader();
await threeRowHeader();
await ministryListMergedTitle();
await metadataUnit();
await quartersAndItemUnits();
if (existsSync('/usr/bin/soffice')) {
  libreOfficeMade();
  legacyFormats();
} else console.warn('LibreOffice not found: libreoffice-budget.xlsx not regenerated');
badInputs();
console.log('fixtures written to tests/fixtures/');
