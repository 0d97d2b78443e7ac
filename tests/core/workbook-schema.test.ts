import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AppError } from '../../core/errors';
import { baselineFor, nextScenarioId } from '../../core/scenarios';
import type { Scenario, Workbook } from '../../core/types';
import { applyEdit } from '../../core/workbook-edits';
import { FILE_LIMITS } from '../../core/limits';
import { parseProjectText, SCHEMA_VERSION, serializeProject } from '../../core/workbook-schema';

const sampleText = readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8');
const sample = () => parseProjectText(sampleText);
const scenario = (patch: Partial<Scenario>): Scenario => ({
  id: 'sx',
  name: 'x',
  seriesId: 'budget',
  method: { kind: 'growth', rate: 0.1 },
  horizon: 2030,
  split: null,
  scope: 'series',
  ...patch,
});

/** The sample as a version 3 file: one workbook-wide baseline, series without parent or note, no versions. */
function asV3(wb: Workbook): Record<string, unknown> {
  const { versions: _v, defaultUnit: _d, ...rest } = wb;
  return {
    ...rest,
    baselineScenarioId: 's2',
    series: wb.series.map(({ parentId: _p, note: _n, baselineScenarioId: _b, ...s }) => s),
    scenarios: wb.scenarios.map(({ scope: _s, ...s }) => s),
  };
}

describe('project schema', () => {
  it('the sample is current: series from the seed sources, scenarios, a group with its flagged 2022', () => {
    expect(JSON.parse(sampleText).schemaVersion).toBe(SCHEMA_VERSION);
    const wb = sample();
    expect(wb.scenarios.map((s) => s.name)).toEqual(['반복 성장 11.5%', 'CAGR 2022–26', '선형 추세', '신규 280억원 유지']);
    expect(wb.series.map((s) => [s.name, s.unit, s.parentId])).toEqual([
      ['예산 총액', '억원', null],
      ['계속과제', '억원', 'budget'],
      ['신규과제', '억원', 'budget'],
      ['신규과제 수', '건', null],
      ['계속과제 수', '건', null],
      ['연구기반센터 수', '개', null],
      ['신규과제 비중', '%', null],
      ['센터당 예산', '억원/개', null],
    ]);
    // Two derived series over the published figures, computed when the file opens.
    expect(wb.series.slice(-2).map((s) => [s.formula, s.points.filter((p) => p.value !== null).length])).toEqual([
      ['=[신규과제] / [예산 총액] * 100', 4],
      ['=[예산 총액] / [연구기반센터 수]', 2],
    ]);
    const total = wb.series[0]!.points.map((p) => [p.year, p.value]);
    expect(total).toEqual([
      [2021, 1868],
      [2022, 1615],
      [2023, 1969],
      [2024, 1910],
      [2025, 2408],
      [2026, 2685],
    ]);
    // Every value carries its source.
    for (const s of wb.series.filter((x) => !x.formula)) for (const p of s.points) expect(p.note, `${s.name} ${p.year}`).not.toBe('');
  });

  it('opens a version 1 file: its projection becomes the series’ baseline scenario', () => {
    const { scenarios: _s, versions: _v, defaultUnit: _d, ...rest } = sample();
    const v1 = JSON.stringify({
      format: 'analyst-workbook',
      schemaVersion: 1,
      workbook: {
        ...rest,
        series: rest.series.map(({ parentId: _p, note: _n, baselineScenarioId: _b, ...s }) => s),
        projection: { seriesId: 'budget', rate: 0.13, horizon: 2032 },
      },
    });
    const wb = parseProjectText(v1);
    expect(wb.scenarios).toEqual([
      {
        id: 's1',
        name: '반복 성장 13%',
        seriesId: 'budget',
        method: { kind: 'growth', rate: 0.13 },
        horizon: 2032,
        split: null,
        scope: 'series',
      },
    ]);
    expect(baselineFor(wb, 'budget')?.id).toBe('s1');
    const auto = parseProjectText(v1.replace('"rate":0.13', '"rate":null'));
    expect(auto.scenarios[0]!.name).toBe('반복 성장 (최근 증감률)');
    // Saved again it is written as the current version.
    expect(JSON.parse(serializeProject(wb)).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('opens version 2 and 3 files with the same meaning: the workbook baseline becomes its series’ baseline', () => {
    const wb = sample();
    for (const version of [2, 3]) {
      const old = parseProjectText(JSON.stringify({ format: 'analyst-workbook', schemaVersion: version, workbook: asV3(wb) }));
      expect(old.series.map((s) => ({ ...s, baselineScenarioId: null }))).toEqual(
        wb.series.map((s) => ({ ...s, parentId: null, note: '', baselineScenarioId: null })),
      );
      expect(old.series[0]!.baselineScenarioId).toBe('s2');
      expect(old.scenarios).toEqual(wb.scenarios);
      expect(old.defaultUnit).toBe('억원');
      expect(old.versions).toEqual([]);
      expect(old.centers).toEqual(wb.centers);
    }
  });

  it('refuses scenarios with nonsense parameters and broken references', () => {
    const bad = (edit: (wb: Workbook) => Workbook) => {
      try {
        parseProjectText(serializeProject(edit(sample())));
        return 'ok';
      } catch (e) {
        return (e as AppError).detail;
      }
    };
    const withScenario = (patch: Partial<Scenario>) => (wb: Workbook) => ({ ...wb, scenarios: [...wb.scenarios, scenario(patch)] });
    expect(bad(withScenario({ method: { kind: 'growth', rate: -1 } }))).toMatch(/rate/);
    expect(bad(withScenario({ method: { kind: 'cagr', window: { from: 2026, to: 2026 } } }))).toMatch(/two years/);
    expect(bad(withScenario({ method: { kind: 'custom', rates: [] } }))).toMatch(/scenarios/);
    expect(bad(withScenario({ seriesId: 'nope' }))).toMatch(/missing series/);
    expect(bad(withScenario({ id: 's1' }))).toMatch(/unique/);
    expect(bad((wb) => ({ ...wb, series: wb.series.map((s, i) => (i === 0 ? { ...s, baselineScenarioId: 's4' } : s)) }))).toMatch(
      /another series/,
    );
    expect(bad((wb) => ({ ...wb, series: wb.series.map((s, i) => (i === 0 ? { ...s, parentId: 'new' } : s)) }))).toMatch(/loop/);
    expect(bad((wb) => ({ ...wb, series: wb.series.map((s, i) => (i === 0 ? { ...s, parentId: 'ghost' } : s)) }))).toMatch(
      /missing series/,
    );
    expect(bad((wb) => wb)).toBe('ok');
  });

  it('writes small projects pretty-printed and large ones compact', () => {
    const wb = sample();
    expect(serializeProject(wb)).toContain('\n  "workbook"');
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ ...wb.centers.rows[0]!, id: `c${i + 1}` }));
    const big = serializeProject({ ...wb, centers: { illustrative: false, rows } });
    expect(big.length).toBeGreaterThan(FILE_LIMITS.prettyPrintChars);
    expect(big.split('\n')).toHaveLength(2);
    expect(parseProjectText(big).centers.rows).toHaveLength(30_000);
  });
});

describe('workbook edits', () => {
  it('adds, updates and removes scenarios; a series’ baseline falls back to its first scenario', () => {
    let wb = sample();
    const id = nextScenarioId(wb.scenarios);
    wb = applyEdit(wb, { kind: 'addScenario', scenario: scenario({ id, name: '낙관', method: { kind: 'cagr', window: null } }) });
    expect(applyEdit(wb, { kind: 'addScenario', scenario: scenario({ id }) })).toBe(wb);
    expect(applyEdit(wb, { kind: 'addScenario', scenario: scenario({ id: 'other', seriesId: 'ghost' }) })).toBe(wb);
    expect(wb.scenarios.at(-1)).toMatchObject({ id: 's5', name: '낙관', method: { kind: 'cagr' } });
    wb = applyEdit(wb, { kind: 'updateScenario', id: 's5', patch: { method: { kind: 'growth', rate: 0.2 }, horizon: 2035 } });
    expect(wb.scenarios.at(-1)).toMatchObject({ method: { kind: 'growth', rate: 0.2 }, horizon: 2035 });
    // A scenario of another series cannot be this series' baseline.
    expect(applyEdit(wb, { kind: 'setBaseline', seriesId: 'budget', scenarioId: 's4' })).toBe(wb);
    wb = applyEdit(wb, { kind: 'setBaseline', seriesId: 'budget', scenarioId: 's5' });
    expect(baselineFor(wb, 'budget')?.id).toBe('s5');
    wb = applyEdit(wb, { kind: 'removeScenario', id: 's5' });
    expect(wb.series[0]!.baselineScenarioId).toBeNull();
    expect(baselineFor(wb, 'budget')?.id).toBe('s1');
    for (const sid of ['s1', 's2', 's3', 's4']) wb = applyEdit(wb, { kind: 'removeScenario', id: sid });
    expect(wb.scenarios).toHaveLength(0);
    expect(baselineFor(wb, 'budget')).toBeUndefined();
    expect(() => parseProjectText(serializeProject(wb))).not.toThrow();
  });

  it('adds, renames, groups, moves and removes series; a removed group’s children move up, its scenarios go', () => {
    let wb = sample();
    const blank = { id: 'ai', name: 'AI 기반구축', unit: '억원', parentId: 'new', note: '', baselineScenarioId: null, points: [] };
    wb = applyEdit(wb, { kind: 'addSeries', series: blank });
    wb = applyEdit(wb, { kind: 'updateSeries', id: 'ai', patch: { name: 'AI 인프라', unit: '백만원' } });
    expect(wb.series.at(-1)).toMatchObject({ name: 'AI 인프라', unit: '백만원', parentId: 'new' });
    // A group cannot become its own descendant.
    expect(applyEdit(wb, { kind: 'updateSeries', id: 'budget', patch: { parentId: 'ai' } })).toBe(wb);
    wb = applyEdit(wb, { kind: 'moveSeries', id: 'new', offset: -1 });
    expect(wb.series.map((s) => s.id).slice(0, 3)).toEqual(['budget', 'new', 'continuing']);
    expect(applyEdit(wb, { kind: 'moveSeries', id: 'new', offset: -1 })).toBe(wb);
    wb = applyEdit(wb, { kind: 'removeSeries', ids: ['new'] });
    expect(wb.series.find((s) => s.id === 'ai')!.parentId).toBe('budget');
    expect(wb.scenarios.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    wb = applyEdit(wb, { kind: 'setPointValue', seriesId: 'ai', year: 2026, value: 11200 });
    expect(wb.series.find((s) => s.id === 'ai')!.points).toEqual([{ year: 2026, value: 11200, note: '' }]);
    expect(() => parseProjectText(serializeProject(wb))).not.toThrow();
  });

  it('keeps named versions (oldest pruned past the limit), restores one and removes one', () => {
    let wb = sample();
    wb = applyEdit(wb, { kind: 'saveVersion', id: 'v1', label: '제출본 11/20', createdAt: '2026-11-20T09:00:00Z' });
    wb = applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 });
    expect(wb.versions[0]!.snapshot.series[0]!.points.at(-1)!.value).toBe(2685);
    wb = applyEdit(wb, { kind: 'restoreVersion', id: 'v1' });
    expect(wb.series[0]!.points.at(-1)!.value).toBe(2685);
    expect(wb.versions).toHaveLength(1);
    for (let i = 2; i <= 25; i++)
      wb = applyEdit(wb, { kind: 'saveVersion', id: `v${i}`, label: `v${i}`, createdAt: '2026-11-21T09:00:00Z' });
    expect(wb.versions).toHaveLength(20);
    expect(wb.versions[0]!.id).toBe('v6');
    wb = applyEdit(wb, { kind: 'removeVersion', id: 'v6' });
    expect(wb.versions[0]!.id).toBe('v7');
    expect(parseProjectText(serializeProject(wb)).versions).toHaveLength(19);
  });

  it('applies a batch as one edit and never mutates its input', () => {
    const wb = sample();
    const before = JSON.stringify(wb);
    const after = applyEdit(wb, {
      kind: 'batch',
      edits: [
        { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 1 },
        { kind: 'removeCenters', ids: ['c1'] },
        { kind: 'updateScenario', id: 's1', patch: { horizon: 2040 } },
        { kind: 'setProps', patch: { title: '새 제목' } },
      ],
    });
    expect(after.series[0]!.points.at(-1)!.value).toBe(1);
    expect(after.centers.rows).toHaveLength(29);
    expect(after.title).toBe('새 제목');
    expect(JSON.stringify(wb)).toBe(before);
  });
});
