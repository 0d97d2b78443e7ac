/** A new series starts with the workbook's years, empty, so the by-year grid is ready for typing. */
import { describe, expect, it } from 'vitest';
import { startingYears } from '../../core/series';
import type { Series } from '../../core/types';

const series = (years: number[]): Series => ({
  id: 'x',
  name: 'x',
  unit: '억원',
  parentId: null,
  note: '',
  baselineScenarioId: null,
  points: years.map((year) => ({ year, value: 1, note: '' })),
});

describe('starting years', () => {
  it('the years of the other series, in order, each once', () => {
    expect(startingYears([series([2023, 2021]), series([2022, 2023])], 2026)).toEqual([2021, 2022, 2023]);
  });
  it('the five years up to this one in a workbook without years', () => {
    expect(startingYears([], 2026)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(startingYears([series([])], 2026)).toEqual([2022, 2023, 2024, 2025, 2026]);
  });
});
