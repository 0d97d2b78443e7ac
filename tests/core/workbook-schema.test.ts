import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { nextScenarioId } from '../../core/scenarios';
import { applyEdit } from '../../core/workbook-edits';
import { parseProjectText, SCHEMA_VERSION, serializeProject } from '../../core/workbook-schema';

const sampleText = readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8');
const sample = () => parseProjectText(sampleText);

describe('project schema', () => {
  it('the sample is current and ships the three scenarios', () => {
    expect(JSON.parse(sampleText).schemaVersion).toBe(SCHEMA_VERSION);
    expect(sample().scenarios.map((s) => s.name)).toEqual(['반복 성장 11.5%', 'CAGR 2022–26', '선형 추세']);
  });

  it('opens a version 1 file: its projection becomes the baseline scenario', () => {
    const { scenarios: _s, baselineScenarioId: _b, ...rest } = sample();
    const v1 = JSON.stringify({ format: 'analyst-workbook', schemaVersion: 1, workbook: { ...rest, projection: { seriesId: 'budget', rate: 0.13, horizon: 2032 } } });
    const wb = parseProjectText(v1);
    expect(wb.scenarios).toEqual([{ id: 's1', name: '반복 성장 13%', seriesId: 'budget', method: { kind: 'growth', rate: 0.13 }, horizon: 2032, split: null }]);
    expect(wb.baselineScenarioId).toBe('s1');
    const auto = parseProjectText(v1.replace('"rate":0.13', '"rate":null'));
    expect(auto.scenarios[0]!.name).toBe('반복 성장 (최근 증감률)');
    // Saved again it is written as the current version.
    expect(JSON.parse(serializeProject(wb)).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses scenarios with nonsense parameters', () => {
    const bad = (patch: object) => {
      const wb = sample();
      const text = serializeProject({ ...wb, scenarios: [{ ...wb.scenarios[0]!, ...patch }] });
      try {
        parseProjectText(text);
        return 'ok';
      } catch (e) {
        return (e as AppError).detail;
      }
    };
    expect(bad({ method: { kind: 'growth', rate: -1 } })).toMatch(/rate/);
    expect(bad({ method: { kind: 'cagr', window: { from: 2026, to: 2026 } } })).toMatch(/two years/);
    expect(bad({ method: { kind: 'custom', rates: [] } })).toMatch(/scenarios/);
    expect(bad({ method: { kind: 'magic' } })).toMatch(/scenarios/);
    expect(bad({ seriesId: 'nope' })).toMatch(/missing series/);
    expect(bad({ id: 'other' })).toMatch(/baseline/);
  });
});

describe('workbook edits', () => {
  it('adds, copies, updates and removes scenarios, keeping a baseline', () => {
    let wb = sample();
    wb = applyEdit(wb, { kind: 'addScenario', id: nextScenarioId(wb.scenarios), copyOf: 's2', name: '낙관' });
    expect(applyEdit(wb, { kind: 'addScenario', id: 's4', copyOf: null, name: 'dup' })).toBe(wb);
    expect(wb.scenarios.at(-1)).toMatchObject({ id: 's4', name: '낙관', method: { kind: 'cagr' } });
    wb = applyEdit(wb, { kind: 'updateScenario', id: 's4', patch: { method: { kind: 'growth', rate: 0.2 }, horizon: 2035 } });
    expect(wb.scenarios.at(-1)).toMatchObject({ method: { kind: 'growth', rate: 0.2 }, horizon: 2035 });
    wb = applyEdit(wb, { kind: 'setBaseline', id: 's4' });
    wb = applyEdit(wb, { kind: 'removeScenario', id: 's4' });
    expect(wb.baselineScenarioId).toBe('s1');
    expect(wb.scenarios).toHaveLength(3);
    for (const id of ['s1', 's2', 's3']) wb = applyEdit(wb, { kind: 'removeScenario', id });
    expect(wb.scenarios).toHaveLength(1);
  });

  it('never mutates its input', () => {
    const wb = sample();
    const before = JSON.stringify(wb);
    applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 1 });
    applyEdit(wb, { kind: 'removeCenters', ids: ['c1'] });
    applyEdit(wb, { kind: 'updateScenario', id: 's1', patch: { horizon: 2040 } });
    expect(JSON.stringify(wb)).toBe(before);
  });
});

describe('older project files', () => {
  it('opens a version 2 file (scenarios, no provenance) unchanged', () => {
    const wb = sample();
    const v2 = JSON.stringify({ format: 'analyst-workbook', schemaVersion: 2, workbook: wb });
    expect(parseProjectText(v2)).toEqual(wb);
  });
});
