/**
 * Look-alike 열린재정 "세부사업 예산편성현황(총액)" downloads, one per 회계연도: the real layout, amounts as
 * text with separators in 천원, 계정명 blank, and the history a real book has: a 세부사업 renamed in 2024,
 * one moved under another 단위사업 in 2025, the 소관 renamed in 2026 (산업통상자원부 → 산업통상부), 2026
 * downloaded before the vote (국회확정 all 0), and a zero-budget duplicate row as the open API returns.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export const HEADERS = [
  'No.',
  '회계연도',
  '소관명',
  '회계명',
  '계정명',
  '분야명',
  '부문명',
  '프로그램명',
  '단위사업명',
  '세부사업명',
  '경비구분',
  '지출구분',
  '정부안금액(천원)',
  '국회확정금액(천원)',
];

/** One item of the book in one year: its path and its amounts in 천원. */
export interface BookRow {
  year: number;
  ministry: string;
  programme: string;
  unit: string;
  item: string;
  government: number;
  assembly: number;
}

export const YEARS = [2022, 2023, 2024, 2025, 2026];

/** The book of one year (amounts grow by year; 2026's 국회확정 not decided yet). */
export function bookRows(year: number): BookRow[] {
  const k = year - 2022;
  const ministry = year >= 2026 ? '산업통상부' : '산업통상자원부';
  const renamed = year >= 2024 ? '산업혁신기반구축(AI)' : '산업혁신기반구축';
  const movedUnder = year >= 2025 ? '산업기술기반조성' : '산업기술개발';
  const rows: BookRow[] = [
    { item: renamed, unit: '산업기술기반조성', programme: '산업기술지원', base: 161_500_000 },
    { item: '연구기반센터운영', unit: '산업기술기반조성', programme: '산업기술지원', base: 52_000_000 },
    { item: '소재부품기술개발', unit: '산업기술개발', programme: '산업기술지원', base: 320_150_000 },
    { item: '기술사업화지원', unit: movedUnder, programme: '산업기술지원', base: 75_300_000 },
    { item: '에너지기술개발', unit: '에너지기술', programme: '에너지산업', base: 410_000_000 },
  ].map((r, i) => {
    const government = Math.round(r.base * (1 + 0.08 * k) + i * 1000);
    return {
      year,
      ministry,
      programme: r.programme,
      unit: r.unit,
      item: r.item,
      government,
      assembly: year === 2026 ? 0 : government + (i % 2 === 0 ? 1_250_000 : -730_000),
    };
  });
  return rows;
}

/** The file's rows as text cells, with the open API's zero-budget duplicate of the first item. */
export function bookCells(year: number): string[][] {
  const rows = bookRows(year);
  const out = rows.map((r, i) => [
    String(i + 1),
    String(r.year),
    r.ministry,
    '일반회계',
    '',
    '과학기술',
    '산업기술',
    r.programme,
    r.unit,
    r.item,
    '사업비',
    '경상',
    r.government.toLocaleString('en-US'),
    r.assembly.toLocaleString('en-US'),
  ]);
  const dup = [...out[0]!];
  dup[0] = String(out.length + 1);
  dup[12] = '0';
  dup[13] = '0';
  return [...out, dup];
}

/** CSV text of the layout's header and the rows (quoted where a cell needs it). */
export const csvText = (cells: string[][]) =>
  [HEADERS, ...cells].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

/** Writes one year's download: CSV in UTF-8 with BOM or CP949, or xlsx. */
export async function writeBook(path: string, year: number, format: 'utf8' | 'cp949' | 'xlsx'): Promise<void> {
  const cells = bookCells(year);
  if (format === 'utf8') return writeFileSync(path, '\uFEFF' + csvText(cells), 'utf8');
  if (format === 'cp949') return writeFileSync(path, iconv.encode(csvText(cells), 'cp949'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('세부사업예산편성현황');
  ws.addRow(HEADERS);
  for (const r of cells) ws.addRow(r);
  await wb.xlsx.writeFile(path);
}
