/**
 * The importer on real agency files from ../shared/fixtures/agency/ (not committed; CI always has them).
 * Expected values were checked by hand against the files (see the folder's README).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { inspectLoaded, type InspectReport } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';

const CORPUS = fileURLToPath(new URL('../../../shared/fixtures/agency/', import.meta.url));
const present = existsSync(CORPUS);
if (!present) console.warn(`\n[agency corpus] SKIPPED: ${CORPUS} does not exist (it does on CI and in the workplace)\n`);

const report = async (name: string): Promise<InspectReport> => inspectLoaded(await loadSpreadsheet(join(CORPUS, name)), { limit: 2000 });
const sha = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(CORPUS, name)))
    .digest('hex');

describe.runIf(present)('agency corpus', () => {
  it('KOSIS 남북한 발전전력량: text year headers, unit 억㎾h in the first header, group labels, 합계 subtotals, "-"', async () => {
    const r = await report('kosis_남북한발전전력량_1990-2016.xlsx');
    expect(r.skipped).toEqual([]);
    const [t] = r.tables;
    expect(t).toMatchObject({ sheet: '데이터', headerRow: 1, firstDataRow: 2, unit: '억kWh', kind: 'series', rowCount: 7 });
    expect(t!.columns).toHaveLength(29);
    expect(t!.columns[2]).toEqual({ name: '1990', field: null, type: 'number' });
    expect(t!.rows[0]!.slice(0, 6)).toEqual(['남한', '수력', 64, 51, 49, 60]);
    expect(t!.rows[2]!.at(-1)).toBe(1620); // 남한 원자력 2016
    expect(t!.rows[3]!.slice(0, 4)).toEqual(['남한', '신재생', null, null]);
    expect(t!.rows[4]!.slice(0, 3)).toEqual(['북한', '수력', 156]);
    expect(t!.totals.map((x) => [x.row, x.label, x.checked, x.mismatches.length])).toEqual([
      [2, '남한 합계', true, 0],
      [7, '북한 합계', true, 0],
    ]);
  });

  it('KOSIS 월평균 임금: unit in the item column, 전국 as an average row, "-" for 세종, metadata sheet skipped', async () => {
    const r = await report('kosis_월평균_임금_시도_2011-2021.xlsx');
    expect(r.sheets).toEqual(['데이터', '메타정보']);
    expect(r.skipped).toEqual([{ sheet: '메타정보', reason: 'metadata or notes, not a table' }]);
    const [t] = r.tables;
    expect(t).toMatchObject({ headerRow: 1, firstDataRow: 2, unit: '원', kind: 'series', rowCount: 17 });
    expect(t!.totals).toEqual([{ row: 2, label: '전국 상용 월평균 임금 (원)', checked: false, mismatches: [] }]);
    expect(t!.rows[0]!.slice(0, 3)).toEqual(['서울특별시', '상용 월평균 임금 (원)', 2921496]);
    const sejong = t!.rows.find((row) => String(row[0]).startsWith('세종'))!;
    expect(sejong[2]).toBeNull();
  });

  it('과기정통부 박사 근로소득 (CP949): 전체평균 kept aside, no unit invented, an empty cell stays empty', async () => {
    const r = await report('과학기술정보통신부_이공계인력실태조사_박사근로소득_20101231.csv');
    expect(r.encoding).toBe('cp949');
    const [t] = r.tables;
    expect(t).toMatchObject({ headerRow: 1, unit: null, kind: 'list', rowCount: 13 });
    expect(t!.columns.map((c) => c.name)).toEqual(['구분1', '구분2', '전체', '공공연구기관', '기업', '기타', '대학']);
    expect(t!.totals).toEqual([{ row: 2, label: '전체평균 전체평균', checked: false, mismatches: [] }]);
    expect(t!.rows[0]).toEqual(['성별', '남성', 6979, 6789, 7166, 5717, 7076]);
    expect(t!.rows.find((row) => row[1] === '60대 이상')).toEqual(['연령별', '60대 이상', 7559, 5867, 5071, null, 8817]);
  });

  it('소방청 119안전센터 (CP949, CRLF, 1,133 rows): a list, phone numbers stay text', async () => {
    const r = await report('소방청_119안전센터_현황_20240630.csv');
    expect(r.encoding).toBe('cp949');
    const [t] = r.tables;
    expect(t).toMatchObject({ headerRow: 1, firstDataRow: 2, kind: 'list', rowCount: 1133, unit: null });
    expect(t!.columns.map((c) => [c.name, c.type, c.field])).toEqual([
      ['순번', 'number', null],
      ['시도본부', 'text', 'region'],
      ['119안전센터명', 'text', 'name'],
      ['주소', 'text', null],
      ['전화번호', 'text', null],
      ['FAX', 'text', null],
    ]);
    expect(t!.rows[0]).toEqual([
      1,
      '서울특별시',
      '개포119안전센터',
      '서울특별시 강남구 논현로 10길 19 (개포동)',
      '02-577-2540',
      '02-529-1119',
    ]);
    expect(t!.rows.some((row) => row[5] === null)).toBe(true);
    expect(t!.rows.at(-1)![0]).toBe(1133);
  });

  it('산림청 산불통계 (.xls, BIFF8): refused with what it is and what to do, file unchanged', async () => {
    const name = '산림청_산불통계_2015-2024.xls';
    const before = sha(name);
    const error = await loadSpreadsheet(join(CORPUS, name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import.xls');
    expect(sha(name)).toBe(before);
  });

  it('covers every spreadsheet in the folder', () => {
    const files = readdirSync(CORPUS).filter((f) => /\.(xlsx|xls|csv)$/.test(f));
    expect(files.sort()).toEqual(
      [
        'kosis_남북한발전전력량_1990-2016.xlsx',
        'kosis_월평균_임금_시도_2011-2021.xlsx',
        '과학기술정보통신부_이공계인력실태조사_박사근로소득_20101231.csv',
        '산림청_산불통계_2015-2024.xls',
        '소방청_119안전센터_현황_20240630.csv',
      ].sort(),
    );
  });
});
