/** One export run in its own process, so peak memory (maxRSS) belongs to that run alone. Prints JSON. */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SIDO } from '../../core/import/regions';
import { parseProjectText } from '../../core/workbook-schema';
import { exportBriefingXlsx } from '../../electron/handlers/xlsx-export';

const [mode, rowsArg, dir] = process.argv.slice(2);
const rows = Number(rowsArg);
const sample = parseProjectText(readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8'));
const regions = SIDO;
const centers = Array.from({ length: rows }, (_, i) => ({
  id: `c${i + 1}`,
  name: `연구기반센터 ${i + 1}호 (${regions[i % regions.length]})`,
  institution: `운영기관 ${i % 4000}`,
  region: regions[i % regions.length]!,
  field: ['AI·제조', '반도체', '이차전지', '바이오', '소재'][i % 5]!,
  established: 2000 + (i % 26),
  equipment: (i * 7) % 90,
}));

const t0 = performance.now();
if (mode === 'app') {
  await exportBriefingXlsx(join(dir!, 'app.xlsx'), { ...sample, centers: { illustrative: true, rows: centers } }, 'ko', {
    author: 'bench',
  });
} else {
  // Yardstick: exceljs's streaming writer writing the same center rows, nothing else.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir!, 'plain.xlsx'), useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('센터 목록');
  sheet.addRow(['센터명', '운영기관', '지역', '분야', '구축연도', '장비 수']).commit();
  for (const c of centers) sheet.addRow([c.name, c.institution, c.region, c.field, c.established, c.equipment]).commit();
  sheet.commit();
  await book.commit();
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ mode, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
