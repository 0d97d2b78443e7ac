/**
 * The importer on real agency files from ../shared/fixtures/agency/ (not committed; CI always has them).
 * Expected values were checked by hand against the files (see the folder's README).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectLoaded, type InspectReport } from '../../electron/handlers/import/inspect';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { openProjectFile } from '../../electron/handlers/project-files';
import { runCliCaptured, tempDir } from '../electron/helpers';

const CORPUS = fileURLToPath(new URL('../../../shared/fixtures/agency/', import.meta.url));
const present = existsSync(CORPUS);
// Like a missing Chromium or LibreOffice: on CI the corpus must be there; elsewhere its absence is a clear skip.
if (!present && process.env.CI === 'true') throw new Error(`the agency corpus is required on CI: ${CORPUS} does not exist`);
if (!present) console.warn(`\n[agency corpus] SKIPPED: ${CORPUS} does not exist (it does on CI and in the workplace)\n`);

const report = async (name: string): Promise<InspectReport> => inspectLoaded(await loadSpreadsheet(join(CORPUS, name)), { limit: 10_000 });
const sha = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(CORPUS, name)))
    .digest('hex');

describe.runIf(present)('agency corpus', () => {
  it('KOSIS 남북한 발전전력량: text year headers, unit 억㎾h in the first header, group labels, 합계 subtotals, "-"', async () => {
    const r = await report('kosis_남북한발전전력량_1990-2016.xlsx');
    expect(r.skipped).toEqual([]);
    const [t] = r.tables;
    expect(t).toMatchObject({
      sheet: '데이터',
      headerRows: [1],
      firstDataRow: 2,
      unit: '억kWh',
      unitSource: 'header',
      kind: 'series',
      rowCount: 7,
    });
    expect(t!.columns).toHaveLength(29);
    // The unit of the first header cell is the unit of every year, and leaves the column's name.
    expect(t!.columns[0]).toMatchObject({ name: '전력량', type: 'text', unit: null });
    expect(t!.columns[2]).toMatchObject({ name: '1990', field: null, type: 'number', unit: '억kWh', unitSource: 'header' });
    expect(t!.rowKeys).toEqual(
      ['남한 · 수력', '남한 · 화력', '남한 · 원자력', '남한 · 신재생', '북한 · 수력', '북한 · 화력', '북한 · 원자력'].slice(
        0,
        t!.rowKeys.length,
      ),
    );
    expect(t!.rows[0]!.slice(0, 6)).toEqual(['남한', '수력', 64, 51, 49, 60]);
    expect(t!.rows[2]!.at(-1)).toBe(1620); // 남한 원자력 2016
    expect(t!.rows[3]!.slice(0, 4)).toEqual(['남한', '신재생', null, null]);
    expect(t!.rows[4]!.slice(0, 3)).toEqual(['북한', '수력', 156]);
    expect(t!.totals.map((x) => [x.row, x.label, x.checked, x.mismatches.length])).toEqual([
      [2, '남한 · 합계', true, 0],
      [7, '북한 · 합계', true, 0],
    ]);
    expect(t!.warnings).toEqual([]);
  });

  it('KOSIS 월평균 임금: unit in the item column, 전국 as an average row, "-" for 세종, metadata sheet skipped', async () => {
    const r = await report('kosis_월평균_임금_시도_2011-2021.xlsx');
    expect(r.sheets).toEqual(['데이터', '메타정보']);
    expect(r.skipped).toEqual([{ sheet: '메타정보', reason: '표가 아니라 메타정보나 설명입니다', code: 'metadata' }]);
    const [t] = r.tables;
    expect(t).toMatchObject({ headerRows: [1], firstDataRow: 2, unit: '원', unitSource: 'item', kind: 'series', rowCount: 17 });
    expect(t!.columns[2]).toMatchObject({ name: '2011', unit: '원', unitSource: 'item' });
    // 전국 is the national figure: an average of wages, not a sum, so it is not checked and not a warning.
    expect(t!.totals).toEqual([{ row: 2, label: '전국 · 상용 월평균 임금 (원)', checked: false, mismatches: [] }]);
    expect(t!.warnings).toEqual([]);
    expect(t!.rowKeys[0]).toBe('서울특별시 · 상용 월평균 임금 (원)');
    expect(t!.rows[0]!.slice(0, 3)).toEqual(['서울특별시', '상용 월평균 임금 (원)', 2921496]);
    const sejong = t!.rows.find((row) => String(row[0]).startsWith('세종'))!;
    expect(sejong[2]).toBeNull();
  });

  it('과기정통부 박사 근로소득 (CP949): 전체평균 kept aside, no unit invented, an empty cell stays empty', async () => {
    const r = await report('과학기술정보통신부_이공계인력실태조사_박사근로소득_20101231.csv');
    expect(r.encoding).toBe('cp949');
    const [t] = r.tables;
    expect(t).toMatchObject({ headerRows: [1], unit: null, unitSource: null, kind: 'list', rowCount: 13 });
    expect(t!.columns.map((c) => c.name)).toEqual(['구분1', '구분2', '전체', '공공연구기관', '기업', '기타', '대학']);
    expect(t!.columns.every((c) => c.unit === null)).toBe(true);
    expect(t!.totals).toEqual([{ row: 2, label: '전체평균', checked: false, mismatches: [] }]);
    expect(t!.warnings).toEqual([]);
    expect(t!.rowKeys.slice(0, 3)).toEqual(['성별 · 남성', '성별 · 여성', '연령별 · 30대']);
    expect(t!.rows[0]).toEqual(['성별', '남성', 6979, 6789, 7166, 5717, 7076]);
    expect(t!.rows.find((row) => row[1] === '60대 이상')).toEqual(['연령별', '60대 이상', 7559, 5867, 5071, null, 8817]);
  });

  it('소방청 119안전센터 (CP949, CRLF, 1,133 rows): a list, phone numbers stay text', async () => {
    const r = await report('소방청_119안전센터_현황_20240630.csv');
    expect(r.encoding).toBe('cp949');
    const [t] = r.tables;
    expect(t).toMatchObject({ headerRows: [1], firstDataRow: 2, kind: 'list', rowCount: 1133, unit: null });
    // 시도본부 is a known name of a region column; 119안전센터명 only ends with 센터명: a guess the user confirms.
    expect(t!.columns.map((c) => [c.name, c.type, c.field, c.confidence])).toEqual([
      ['순번', 'number', null, null],
      ['시도본부', 'text', 'region', 'exact'],
      ['119안전센터명', 'text', 'name', 'partial'],
      ['주소', 'text', null, null],
      ['전화번호', 'text', null, null],
      ['FAX', 'text', null, null],
    ]);
    expect(t!.rowKeys.slice(0, 2)).toEqual(['개포119안전센터', '삼성119안전센터']);
    expect(t!.warnings).toEqual([]);
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

  it('산림청 산불통계 (.xls, BIFF8, every cell stored as text): read through SheetJS, title and blank row skipped, file unchanged', async () => {
    const name = '산림청_산불통계_2015-2024.xls';
    const before = sha(name);
    const r = await report(name);
    expect(r).toMatchObject({ format: 'xls', sheets: ['Sheet1', 'Sheet2'], skipped: [] });
    const [all, big] = r.tables;
    expect(all).toMatchObject({ sheet: 'Sheet1', headerRows: [3], firstDataRow: 4, kind: 'list', rowCount: 5455, unit: null });
    expect(all!.columns.map((c) => c.name).slice(0, 3)).toEqual(['발생일시_년', '발생일시_월', '발생일시_일']);
    expect(all!.columns.at(-1)).toMatchObject({ name: '피해면적_합계', type: 'number' });
    // Numbers stored as text read as numbers; times and names stay text.
    expect(all!.rows[0]).toEqual([
      2023,
      4,
      2,
      '11:19',
      '일',
      2023,
      4,
      4,
      '17:00',
      '충남',
      '충남',
      '당진',
      '대호지',
      '사성',
      '입',
      '기타(직접입력)',
      '입산자실화',
      98.54,
    ]);
    expect(all!.rows.at(-1)!.slice(0, 4)).toEqual([2015, 1, 13, '10:57']);
    expect(all!.rows.at(-1)!.at(-1)).toBe(0.01);
    expect(all!.warnings).toEqual([]);
    expect(big).toMatchObject({ sheet: 'Sheet2', headerRows: [1], firstDataRow: 2, rowCount: 596 });
    expect(big!.rows[0]!.at(-1)).toBe(16301.98);
    expect(sha(name)).toBe(before);
  });

  it('소방청 119안전센터 imported twice: the second time changes nothing; 1,133 centers, duplicate names told apart by 시도', async () => {
    const { path, cleanup } = await tempDir();
    try {
      const w = path('w.awb');
      const csv = join(CORPUS, '소방청_119안전센터_현황_20240630.csv');
      const before = sha('소방청_119안전센터_현황_20240630.csv');
      expect((await runCliCaptured('new', '--out', w)).code).toBe(0);
      const args = ['import', csv, '--into', w, '--as', 'centers', '--map', '119안전센터명=name', '--json'];
      // Names repeat within a 시도 too (경기도 has several 중앙119안전센터): the first import into an empty list adds them all.
      const first = JSON.parse((await runCliCaptured(...args)).out);
      expect(first).toMatchObject({ added: 1133, changed: 0, removed: 0 });
      const second = await runCliCaptured(...args);
      expect(second.code).toBe(0);
      expect(JSON.parse(second.out)).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 1133, ambiguous: 0 });
      const wb = await openProjectFile(w);
      expect(wb.centers.rows).toHaveLength(1133);
      expect(
        wb.centers.rows
          .filter((c) => c.name === '삼성119안전센터')
          .map((c) => c.region)
          .sort(),
      ).toEqual(['대전', '서울', '충북']);
      expect(sha('소방청_119안전센터_현황_20240630.csv')).toBe(before);
    } finally {
      await cleanup();
    }
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
