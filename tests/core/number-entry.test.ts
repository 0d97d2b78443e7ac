import { describe, expect, it } from 'vitest';
import { readEntry } from '../../core/number-entry';

describe('reading what a person types into a cell', () => {
  it('reads every notation the importer reads', () => {
    for (const [text, value] of [
      ['2,700', 2700],
      ['２，７００', 2700],
      ['△120', -120],
      ['(120)', -120],
      ['−3.5', -3.5],
      [' 1615 ', 1615],
      ['', null],
      ['-', null],
    ] as const)
      expect(readEntry(text, '억원'), text).toEqual({ ok: true, value, unit: null });
  });

  it('converts a money unit after the number into the series’ unit', () => {
    expect(readEntry('2,700억', '억원')).toMatchObject({ ok: true, value: 2700 });
    expect(readEntry('0.27조', '억원')).toMatchObject({ ok: true, value: 2700 });
    expect(readEntry('270,000백만원', '억원')).toMatchObject({ ok: true, value: 2700 });
    expect(readEntry('2700억원', '백만원')).toMatchObject({ ok: true, value: 270000 });
    expect(readEntry('△120억', '억원')).toMatchObject({ ok: true, value: -120 });
  });

  it('keeps 11.5% in a % series and refuses what does not fit', () => {
    expect(readEntry('11.5%', '%')).toMatchObject({ ok: true, value: 11.5 });
    expect(readEntry('11.5%', '억원')).toEqual({ ok: false, reason: 'notNumber' });
    expect(readEntry('2,700억', '명')).toEqual({ ok: false, reason: 'unitMismatch' });
    expect(readEntry('이천칠백', '억원')).toEqual({ ok: false, reason: 'notNumber' });
    expect(readEntry('억', '억원')).toEqual({ ok: false, reason: 'notNumber' });
  });
});
