import { describe, expect, it } from 'vitest';
import { summarizeCenters, nextCenterId } from '../../core/centers';
import { formatWithUnit, formatNumber, formatPercent, parseNumberInput, parsePercentInput } from '../../core/format';
import { addYear, lastChange, removeYears, withChanges } from '../../core/series';
import type { Center, Series } from '../../core/types';

const series: Series = {
  id: 'budget',
  name: '예산',
  unit: '억원',
  parentId: null,
  note: '',
  baselineScenarioId: null,
  points: [2024, 2022, 2026, 2023, 2025].map((year) => ({
    year,
    value: { 2022: 1615, 2023: 1969, 2024: 1910, 2025: 2408, 2026: 2685 }[year]!,
    note: '',
  })),
};

describe('series', () => {
  it('sorts by year and derives year-on-year change', () => {
    const rows = withChanges(series.points);
    expect(rows.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(rows[0]!.change).toBeNull();
    expect(rows[1]!.change).toBeCloseTo(1969 / 1615 - 1, 12); // +21.9%
    expect(rows[2]!.change).toBeCloseTo(-0.0299644, 6); // 1,910 / 1,969 − 1
    expect(lastChange(series.points)).toBeCloseTo(0.11503322, 7);
  });

  it('has no change across a gap year or from an empty value', () => {
    const rows = withChanges([
      { year: 2020, value: 10, note: '' },
      { year: 2022, value: 12, note: '' },
      { year: 2023, value: null, note: '' },
      { year: 2024, value: 5, note: '' },
    ]);
    expect(rows.map((r) => r.change)).toEqual([null, null, null, null]);
  });

  it('adds a year after the last or before the first and removes years', () => {
    expect(addYear(series).points.at(-1)).toEqual({ year: 2027, value: null, note: '' });
    expect(addYear(series, 'before').points[0]).toEqual({ year: 2021, value: null, note: '' });
    expect(
      removeYears(series, [2022, 2026])
        .points.map((p) => p.year)
        .sort(),
    ).toEqual([2023, 2024, 2025]);
  });
});

describe('formatting and parsing', () => {
  it('formats 억원 and percentages with separators in both languages', () => {
    expect(formatWithUnit(2685, '억원', 'ko')).toBe('2,685억원');
    expect(formatWithUnit(4149.958555, '억원', 'ko', 1)).toBe('4,150.0억원');
    expect(formatWithUnit(2685, '억원', 'en')).toBe('2,685 100M KRW');
    expect(formatWithUnit(12.5, '%', 'en', 1)).toBe('12.5%');
    expect(formatWithUnit(1200, '천명', 'en')).toBe('1,200 thousand persons');
    expect(formatNumber(1234567.891, 'ko', 2)).toBe('1,234,567.89');
    expect(formatPercent(0.115, 'ko')).toBe('+11.5%');
    expect(formatPercent(-0.02996, 'ko')).toBe('−3.0%');
    expect(formatPercent(0, 'ko')).toBe('0.0%');
    expect(formatPercent(null, 'ko')).toBe('');
  });

  it('parses numbers as analysts type them', () => {
    expect(parseNumberInput('2,685')).toBe(2685);
    expect(parseNumberInput(' ２，６８５ ')).toBe(2685);
    expect(parseNumberInput('△120')).toBe(-120);
    expect(parseNumberInput('▲ 1,200.5')).toBe(-1200.5);
    expect(parseNumberInput('(120)')).toBe(-120);
    expect(parseNumberInput('−3')).toBe(-3);
    expect(parseNumberInput('')).toBeNull();
    expect(parseNumberInput('-')).toBeNull();
    expect(parseNumberInput('12a')).toBeNaN();
    expect(parseNumberInput('1,2,3x')).toBeNaN();
    expect(parsePercentInput('11.5%')).toBeCloseTo(0.115, 12);
    expect(parsePercentInput('+13')).toBeCloseTo(0.13, 12);
    expect(parsePercentInput('abc')).toBeNaN();
  });
});

describe('center summary', () => {
  const c = (id: string, institution: string, region: string): Center => ({
    id,
    name: id,
    institution,
    region,
    field: '',
    established: null,
    equipment: null,
  });
  it('counts centers, distinct institutions and centers per region', () => {
    const s = summarizeCenters([c('c1', 'KITECH', '충남'), c('c2', 'KITECH ', '경기'), c('c3', 'KTL', '경기'), c('c4', '', '')]);
    expect(s.centers).toBe(4);
    expect(s.institutions).toBe(2);
    expect(s.byRegion).toEqual([
      { region: '경기', count: 2 },
      { region: '—', count: 1 },
      { region: '충남', count: 1 },
    ]);
  });
  it('gives new rows an unused id', () => {
    expect(nextCenterId([c('c1', '', ''), c('c9', '', ''), c('x', '', '')])).toBe('c10');
    expect(nextCenterId([])).toBe('c1');
  });
});
