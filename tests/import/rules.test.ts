/** Every reading rule of the importer, on small made-up tables. */
import { describe, expect, it } from 'vitest';
import { cellAddress } from '../../core/a1';
import { readNumber, readYear } from '../../core/import/cell-values';
import { fieldForHeader } from '../../core/import/center-fields';
import { detectTable, type RawSheet } from '../../core/import/detect-table';
import { applyCenterMerge, mergeOf, planCenterImport, type CenterPlanOptions } from '../../core/import/center-match';
import { planSeriesImport, seriesCandidates } from '../../core/import/series-import';
import { centersFromTable } from '../../core/import/to-workbook';
import { normaliseRegion } from '../../core/import/regions';
import { blankWorkbook } from '../../core/workbook-diff';
import type { ImportTable } from '../../core/import/import-table';
import { findUnit } from '../../core/import/unit-text';
import { conversionFactor, convertMoney } from '../../core/units';
import type { Center, CenterField } from '../../core/types';
import { importWarningText } from '../../core/import/import-warnings';

const num = (v: string | number | null) => {
  const r = readNumber(v);
  return r.kind === 'number' ? r.value : r.kind;
};
const sheet = (rows: (string | number | null)[][], merges: RawSheet['merges'] = []): RawSheet => ({ name: 'S', rows, merges });

describe('values', () => {
  it('reads numbers as agencies write them', () => {
    expect(num('1,234')).toBe(1234);
    expect(num('１，２３４')).toBe(1234);
    expect(num('△120')).toBe(-120);
    expect(num('▲ 1,200')).toBe(-1200);
    expect(num('(120)')).toBe(-120);
    expect(num('12.5%')).toBe(0.125);
    expect(num(' 2685 ')).toBe(2685);
    expect(num(3.5)).toBe(3.5);
    expect(num('-')).toBe('empty');
    expect(num('')).toBe('empty');
    expect(num(null)).toBe('empty');
    expect(num('02-577-2540')).toBe('text');
    expect(num('n/a?')).toBe('text');
  });

  it('reads years in every common form', () => {
    for (const [text, year] of [
      ['2022', 2022],
      [2022, 2022],
      ['2022년', 2022],
      ['2022년도', 2022],
      ['FY2022', 2022],
      ["'22", 2022],
      ['`25', 2025],
      ['22년', 2022],
      ['95년', 1995],
      ['FY 2026', 2026],
    ] as const) {
      expect(readYear(text), String(text)).toBe(year);
    }
    for (const text of ['1800', '20222', '예산', '2022.5', null]) expect(readYear(text)).toBeNull();
    expect(cellAddress(4, 2)).toBe('C5');
    expect(cellAddress(0, 27)).toBe('AB1');
  });

  it('finds units in notes and headers and converts money exactly', () => {
    expect(findUnit('(단위: 억원)')).toBe('억원');
    expect(findUnit('단위:백만원')).toBe('백만원');
    expect(findUnit('(천원)')).toBe('천원');
    expect(findUnit('예산(억원)')).toBe('억원');
    expect(findUnit('상용 월평균 임금 (원)')).toBe('원');
    // Read folded (㎾h is kWh to the rules), kept as the file writes it.
    expect(findUnit('전력량 (억㎾h)')).toBe('억㎾h');
    expect(findUnit('저수량 (㎥)')).toBe('㎥');
    expect(findUnit('(단위: 천㎥)')).toBe('천㎥');
    expect(findUnit('ＧＤＰ（억원）')).toBe('억원');
    expect(findUnit('(2025년 기준)')).toBeNull();
    expect(findUnit('센터명')).toBeNull();
    expect(conversionFactor('백만원', '억원')).toBe(0.01);
    expect(conversionFactor('천원', '억원')).toBe(0.00001);
    expect(conversionFactor('원', '억원')).toBe(1e-8);
    expect(conversionFactor('조원', '억원')).toBe(10000);
    expect(convertMoney(161500, '백만원', '억원')).toBe(1615);
    expect(convertMoney(100_000, '천원', '억원')).toBe(1);
    expect(convertMoney(100_000_000, '원', '억원')).toBe(1);
    expect(convertMoney(1, '조원', '억원')).toBe(10000);
  });

  it('maps headers to center fields by synonym', () => {
    expect(fieldForHeader('센터명')).toEqual({ field: 'name', confidence: 'exact' });
    // Only the end of the header names the field: a guess the user confirms.
    expect(fieldForHeader('119안전센터명')).toEqual({ field: 'name', confidence: 'partial' });
    expect(fieldForHeader('주관기관')?.field).toBe('institution');
    expect(fieldForHeader('소재지')?.field).toBe('region');
    expect(fieldForHeader('기술분야')?.field).toBe('field');
    expect(fieldForHeader('설립연도')?.field).toBe('established');
    expect(fieldForHeader('장비 수')?.field).toBe('equipment');
    expect(fieldForHeader('비고')).toBeNull();
  });
});

describe('finding the table', () => {
  it('skips title, date and unit rows, stops at footnotes, keeps totals aside and checks them', () => {
    const t = detectTable(
      sheet([
        ['2026년 예산 현황'],
        ['작성일: 2026. 1. 15.'],
        ['(단위: 백만원)'],
        [],
        ['구분', '2024', '2025'],
        ['가', 10, 20],
        ['나', '5', '△2'],
        ['합계', 15, 99],
        [],
        ['※ 잠정치'],
        ['자료: 산업부'],
      ]),
    );
    expect(t.headerRow).toBe(5);
    expect(t.firstDataRow).toBe(6);
    expect(t.unit).toBe('백만원');
    expect(t.kind).toBe('series');
    expect(t.orientation).toBe('years-in-columns');
    expect(t.rows.map((r) => r.row)).toEqual([6, 7]);
    expect(t.totals).toEqual([
      {
        row: 8,
        label: '합계',
        checked: true,
        mismatches: [{ column: '2025', total: 99, sum: 18 }],
        members: [6, 7],
        cells: ['합계', 15, 99],
      },
    ]);
    expect(t.warnings).toEqual([{ code: 'totalMismatch', cell: 'C8', label: '합계', column: '2025', total: 99, sum: 18 }]);
    expect(importWarningText('ko', t.warnings[0]!)).toBe('C8 합계의 2025 값은 99인데 합하는 행들의 합은 18입니다.');
    expect(importWarningText('en', t.warnings[0]!)).toBe('C8 합계: 2025 is 99, but the rows it sums add up to 18.');
  });

  it('flattens a two-row header under merged cells', () => {
    const t = detectTable(
      sheet(
        [['기관별 예산'], ['구분', '2025년', null, '2026년', null], [null, '예산', '집행', '예산', '집행'], ['A', 1, 2, 3, 4]],
        [
          { top: 1, left: 1, bottom: 1, right: 2 },
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 0, bottom: 2, right: 0 },
        ],
      ),
    );
    expect(t.headerRow).toBe(3);
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns.map((c) => c.name)).toEqual(['구분', '2025년 · 예산', '2025년 · 집행', '2026년 · 예산', '2026년 · 집행']);
    expect(t.columns.map((c) => c.measure)).toEqual(['구분', '예산', '집행', '예산', '집행']);
    expect(t.columns.map((c) => c.year)).toEqual([null, 2025, 2025, 2026, 2026]);
  });

  it('fills group labels down, reports text in number columns with its address, honours a header row override', () => {
    const rows = [
      ['그룹', '항목', '값'],
      ['남한', '수력', 1],
      ['', '화력', 'x1'],
      ['북한', '수력', 3],
    ];
    const t = detectTable(sheet(rows));
    expect(t.rows.map((r) => r.cells[0])).toEqual(['남한', '남한', '북한']);
    expect(t.warnings).toContainEqual({ code: 'notNumber', cell: 'C3', text: 'x1' });
    expect(t.rows.map((r) => r.key)).toEqual(['남한 · 수력', '남한 · 화력', '북한 · 수력']);
    const o = detectTable(sheet(rows), { headerRow: 2 });
    expect(o.headerRow).toBe(2);
    expect(o.columns.map((c) => c.name)).toEqual(['남한', '수력', '1']);
  });

  it('finds years in rows and ignores 1,000 empty columns', () => {
    const wide = [
      ['연도', '예산(억원)', ...Array(998).fill(null)],
      ["'22", '1,615'],
      ['2023년', 1969],
    ];
    const t = detectTable(sheet(wide));
    expect(t.columns).toHaveLength(2);
    expect(t.orientation).toBe('years-in-rows');
    expect(t.unit).toBe('억원');
  });
});

/** A column of an import table as the detector describes it. */
const col = (
  index: number,
  name: string,
  type: ImportTable['columns'][number]['type'],
  year: number | null,
  field: CenterField | null,
) => ({
  index,
  name,
  type,
  year,
  field,
  period: null,
  measure: year === null ? name : '',
  confidence: field ? ('exact' as const) : null,
  unit: null,
  unitSource: null,
});

describe('into the workbook', () => {
  const table = (rows: (string | number | null)[][], columns: ImportTable['columns']): ImportTable => ({
    sheet: 'S',
    headerRow: 1,
    headerRows: [1],
    firstDataRow: 2,
    unit: '백만원',
    unitSource: 'note',
    kind: 'series',
    orientation: 'years-in-columns',
    snapshotYear: null,
    snapshotPeriod: null,
    columns,
    rowCount: rows.length,
    stats: columns.map(() => ({ filled: rows.length, min: null, max: null })),
    rows: rows.map((values, i) => ({ row: i + 2, values, key: typeof values[0] === 'string' ? values[0] : '', unit: null })),
    totals: [],
    warnings: [],
  });

  it('offers each row as a series, converted to 억원 with provenance', () => {
    const t = table(
      [['기반구축', 161500, 196900]],
      [col(0, '구분', 'text', null, null), col(1, '2022', 'number', 2022, null), col(2, '2023', 'number', 2023, null)],
    );
    const [c] = seriesCandidates(t);
    expect(c!.label).toBe('기반구축');
    const wb = {
      ...blankWorkbook('w'),
      series: [{ id: 'b', name: '예산', unit: '억원', parentId: null, note: '', baselineScenarioId: null, points: [] }],
    };
    const plan = planSeriesImport(wb, t, {
      file: 'f.xlsx',
      sheet: 'S',
      unit: '백만원',
      choices: new Map([[0, { kind: 'update', seriesId: 'b' }]]),
      parentId: null,
      totalsAsParent: false,
      overrideUnits: false,
      defaultUnit: '억원',
    });
    expect(plan.ok && plan.updated[0]!.points).toEqual([
      { year: 2022, value: 1615, note: '', source: { file: 'f.xlsx', sheet: 'S', cell: 'B2', unit: '백만원', factor: 0.01 } },
      { year: 2023, value: 1969, note: '', source: { file: 'f.xlsx', sheet: 'S', cell: 'C2', unit: '백만원', factor: 0.01 } },
    ]);
  });

  it('plans a center import by name + region (+ institution) and keeps ids of matched rows', () => {
    const c = (id: string, name: string, institution: string, equipment: number | null): Center => ({
      id,
      name,
      institution,
      region: '',
      field: '',
      established: null,
      equipment,
    });
    const current = [c('c1', 'A센터', 'KITECH', 3), c('c2', 'B센터', 'KTL', 5), c('c3', 'C센터', 'KERI', 1)];
    const incoming = [c('', 'A센터', 'KITECH', 3), c('', 'B 센터', 'KTL', 7), c('', 'D센터', 'KIST', 2)];
    const options: CenterPlanOptions = {
      fields: ['name', 'institution', 'region', 'field', 'established', 'equipment'],
      keepMissing: false,
      key: { kind: 'default' },
    };
    const d = planCenterImport(current, incoming, options);
    expect(d.unchanged).toHaveLength(1);
    expect(d.added.map((x) => x.name)).toEqual(['D센터']);
    expect(d.removed.map((x) => x.id)).toEqual(['c3']);
    expect(d.changed[0]!.fields).toEqual([
      { field: 'name', from: 'B센터', to: 'B 센터' },
      { field: 'equipment', from: 5, to: 7 },
    ]);
    expect(applyCenterMerge(current, mergeOf(d)).map((x) => x.id)).toEqual(['c1', 'c2', 'c4']);
  });

  it('keeps unknown columns as extras and reads numbers into fields', () => {
    const t: ImportTable = {
      ...table(
        [['A센터', '서울', 34, '비고1']],
        [
          col(0, '센터명', 'text', null, 'name'),
          col(1, '지역', 'text', null, 'region'),
          col(2, '장비 수', 'number', null, 'equipment'),
          col(3, '비고', 'text', null, null),
        ],
      ),
      kind: 'list',
      orientation: null,
    };
    const {
      centers: [center],
    } = centersFromTable(t, ['name', 'region', 'equipment', 'extra'], 'f.csv');
    expect(center).toMatchObject({
      name: 'A센터',
      region: '서울',
      equipment: 34,
      extra: { 비고: '비고1' },
      source: { file: 'f.csv', cell: 'A2:D2' },
    });
  });

  it('folds region names to the 17 시도 short forms, keeps the original, and lists names it cannot place', () => {
    const regions = ['서울특별시', '경기북부', '강원특별자치도', '전북특별자치도', '창원시', '세종', '서울특별시 강남구', '해외', ''];
    const t: ImportTable = {
      ...table(
        regions.map((r, i) => [`센터${i}`, r]),
        [col(0, '센터명', 'text', null, 'name'), col(1, '시도본부', 'text', null, 'region')],
      ),
      kind: 'list',
      orientation: null,
    };
    const { centers, unknownRegions } = centersFromTable(t, ['name', 'region'], 'f.csv');
    expect(centers.map((c) => c.region)).toEqual(['서울', '경기', '강원', '전북', '경남', '세종', '서울', '해외', '']);
    expect(centers[0]!.extra).toEqual({ '시도본부 (원문)': '서울특별시' });
    expect(centers[5]!.extra).toBeUndefined();
    expect(unknownRegions).toEqual(['해외']);
    expect(normaliseRegion('제주도')).toBe('제주');
    expect(normaliseRegion('Seoul')).toBeNull();
  });
});

describe('importing a partial list', () => {
  const c = (id: string, name: string, region: string, field: string, equipment: number | null): Center => ({
    id,
    name,
    institution: 'I',
    region,
    field,
    established: null,
    equipment,
  });
  it('keeps fields the file does not have and, on request, centers it does not list', () => {
    const current = [c('c1', 'A', '서울', 'AI', 3), c('c2', 'B', '부산', '소재', 5)];
    const incoming = [c('', 'A', '', '', 9)];
    // The file has no region: rows match by name (+ institution), and regions stay.
    const options: CenterPlanOptions = { fields: ['name', 'institution', 'equipment'], keepMissing: true, key: { kind: 'default' } };
    const d = planCenterImport(current, incoming, options);
    expect(d.changed[0]!.fields).toEqual([{ field: 'equipment', from: 3, to: 9 }]);
    expect(d.removed).toEqual([]);
    const merged = applyCenterMerge(current, mergeOf(d));
    expect(merged.map((x) => [x.id, x.region, x.field, x.equipment])).toEqual([
      ['c1', '서울', 'AI', 9],
      ['c2', '부산', '소재', 5],
    ]);
    expect(
      applyCenterMerge(current, mergeOf(planCenterImport(current, incoming, { ...options, keepMissing: false }))).map((x) => x.id),
    ).toEqual(['c1']);
  });
});
