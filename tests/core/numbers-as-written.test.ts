/** Message parameters as people write them: counts with thousands separators, years and names as given. */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../core/messages';

describe('message parameters', () => {
  it('counts get thousands separators in both languages; years stay bare', () => {
    expect(formatMessage('ko', 'centers.shown', { shown: 1133 })).toBe('1,133개 표시 중');
    expect(formatMessage('ko', 'import.tableSize', { rows: 48000, cols: 12 })).toBe('48,000행 × 12열');
    expect(formatMessage('en', 'import.tableSize', { rows: 48000, cols: 12 })).toMatch(/^48,000 rows × 12/);
    expect(formatMessage('ko', 'scenario.newName', { n: 3 })).toBe('시나리오 3');
  });
});

describe('years shown bare', () => {
  it('a year column, or a number column named for years with whole years in range, never gets separators', async () => {
    const { showsAsYears } = await import('../../core/import/import-table');
    expect(showsAsYears({ name: '발생일시_년', type: 'number' }, { min: 2015, max: 2024 })).toBe(true);
    expect(showsAsYears({ name: '기준연도', type: 'number' }, { min: 2015, max: 2024 })).toBe(true);
    expect(showsAsYears({ name: '시점', type: 'number' }, { min: 1990, max: 2016 })).toBe(true);
    expect(showsAsYears({ name: '연도', type: 'year' }, { min: null, max: null })).toBe(true);
    // Amounts that happen to fall in the range, and names that only end in 년 inside a word, are numbers.
    expect(showsAsYears({ name: '예산', type: 'number' }, { min: 2015, max: 2024 })).toBe(false);
    expect(showsAsYears({ name: '청소년', type: 'number' }, { min: 2015, max: 2024 })).toBe(false);
    expect(showsAsYears({ name: '발생일시_년', type: 'number' }, { min: 0.5, max: 2024 })).toBe(false);
  });
});
