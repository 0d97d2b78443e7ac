/** The budget book's long tables (열린재정 layout): recognised by their year column, pivoted into items × stages × years in 억원. */
import { describe, expect, it } from 'vitest';
import { arrayRows, defaultLevels, detectLongTable, itemValues, pivotLongTable, type LongCell } from '../../core/import/long-table';
import { HEADERS } from '../budget/budget-files';

const ITEMS = [
  ['산업혁신기반구축', 161_500_000, 160_000_000],
  ['산업기술국제협력', 52_300_000, 52_300_000],
  ['산업기술기반조성', 30_000_000, 31_250_000],
  ['디자인혁신역량강화', 12_345_678, 12_000_000],
] as const;
const text = (n: number) => n.toLocaleString('en-US');

/** 12 rows: 4 세부사업 × 2024–2026, amounts as text with separators, 계정명 blank, 2026 downloaded before the vote (국회확정 0). */
function rows(): LongCell[][] {
  let no = 0;
  return [2024, 2025, 2026].flatMap((year) =>
    ITEMS.map(([name, gov, final], i) => [
      ++no,
      String(year),
      year === 2026 ? '산업통상부' : '산업통상자원부',
      '일반회계',
      null,
      '산업·중소기업및에너지',
      '산업·중소기업일반',
      '산업혁신기반',
      i < 2 ? '산업기술기반' : '산업기술인프라',
      name,
      '사업비',
      '정부안',
      text(gov + (year - 2024) * 1_000_000),
      year === 2026 ? '0' : text(final + (year - 2024) * 1_000_000),
    ]),
  );
}

describe('long budget tables', () => {
  it('recognises the layout: 회계연도 as the year, text keys (계정명 blank too), the two amount columns; No. is neither', () => {
    const shape = detectLongTable(HEADERS, rows())!;
    expect(shape.yearCol).toBe(1);
    expect(shape.amountCols).toEqual([12, 13]);
    expect(shape.keyCols).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(defaultLevels(HEADERS, shape)).toEqual([2, 7, 8, 9]);
    // A list without a year column is not one.
    expect(detectLongTable(['센터명', '장비 수'], [['A', 3]])).toBeNull();
  });

  it('pivots into one item per 세부사업, each stage per year in 억원 exactly, and 2026’s 국회확정 as not decided (no zero)', () => {
    const shape = detectLongTable(HEADERS, rows())!;
    const pivot = pivotLongTable(HEADERS, arrayRows(rows()), {
      yearCol: shape.yearCol,
      levels: [7, 8, 9],
      amountCols: shape.amountCols,
      fromUnit: '천원',
      toUnit: '억원',
    });
    expect(pivot.stages).toEqual(['정부안', '국회확정']);
    expect(pivot.items.map((i) => i.path.join(' › '))).toEqual([
      '산업혁신기반 › 산업기술기반 › 산업혁신기반구축',
      '산업혁신기반 › 산업기술기반 › 산업기술국제협력',
      '산업혁신기반 › 산업기술인프라 › 산업기술기반조성',
      '산업혁신기반 › 산업기술인프라 › 디자인혁신역량강화',
    ]);
    const first = pivot.items[0]!;
    expect(itemValues(pivot, first, 2024)).toEqual([1615, 1600]);
    expect(itemValues(pivot, first, 2026)).toEqual([1635, null]);
    expect(itemValues(pivot, pivot.items[3]!, 2024)![0]).toBeCloseTo(123.45678, 12);
    expect(pivot.years).toEqual([2024, 2025, 2026]);
    expect(pivot.undecided).toEqual([{ stage: '국회확정', year: 2026 }]);
    expect(pivot.duplicates).toEqual([]);
  });

  it('drops the open API’s zero-budget copies and reports any other duplicate, summing it only when asked', () => {
    const base = rows();
    const zeroCopy = [...base[0]!];
    zeroCopy[12] = '0';
    zeroCopy[13] = '0';
    const realCopy = [...base[1]!];
    realCopy[12] = '1,000,000';
    const options = { yearCol: 1, levels: [9], amountCols: [12, 13], fromUnit: '천원', toUnit: '억원' };
    const pivot = pivotLongTable(HEADERS, arrayRows([zeroCopy, ...base, realCopy]), options);
    expect(itemValues(pivot, pivot.items[0]!, 2024)).toEqual([1615, 1600]);
    expect(itemValues(pivot, pivot.items[1]!, 2024)).toEqual([523, 523]);
    // The kept row is the real one, not the zero copy that came first: its provenance.
    expect(pivot.items[0]!.rows[0]).toBe(1);
    expect(pivot.duplicates).toEqual([
      { path: ['산업혁신기반구축'], year: 2024, rows: 2, droppedZeros: true },
      { path: ['산업기술국제협력'], year: 2024, rows: 2, droppedZeros: false },
    ]);
    const summed = pivotLongTable(HEADERS, arrayRows([...base, realCopy]), { ...options, sumDuplicates: true });
    expect(itemValues(summed, summed.items[1]!, 2024)).toEqual([533, 1046]);
  });
});
