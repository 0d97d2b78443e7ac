/** Every limit the UI enforces is the schema's: the edge value is accepted and saves; one past it is refused. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEdit } from '../../core/edit-checks';
import { LIMITS } from '../../core/limits';
import { applyEdit, type WorkbookEdit } from '../../core/workbook-edits';
import { parseProjectText, serializeProject, validateWorkbook } from '../../core/workbook-schema';

const sample = () =>
  parseProjectText(readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8'));
const text = (n: number) => '가'.repeat(n);

/** An edit at the limit and one past it. */
const edges: [string, WorkbookEdit, WorkbookEdit, string][] = [
  [
    'center name',
    { kind: 'setCenterField', id: 'c1', field: 'name', value: text(LIMITS.centerName) },
    { kind: 'setCenterField', id: 'c1', field: 'name', value: text(LIMITS.centerName + 1) },
    'tooLong',
  ],
  [
    'institution',
    { kind: 'setCenterField', id: 'c1', field: 'institution', value: text(LIMITS.institution) },
    { kind: 'setCenterField', id: 'c1', field: 'institution', value: text(LIMITS.institution + 1) },
    'tooLong',
  ],
  [
    'region',
    { kind: 'setCenterField', id: 'c1', field: 'region', value: text(LIMITS.region) },
    { kind: 'setCenterField', id: 'c1', field: 'region', value: text(LIMITS.region + 1) },
    'tooLong',
  ],
  [
    'equipment',
    { kind: 'setCenterField', id: 'c1', field: 'equipment', value: LIMITS.equipmentMax },
    { kind: 'setCenterField', id: 'c1', field: 'equipment', value: LIMITS.equipmentMax + 1 },
    'equipmentRange',
  ],
  [
    'established',
    { kind: 'setCenterField', id: 'c1', field: 'established', value: LIMITS.yearMax },
    { kind: 'setCenterField', id: 'c1', field: 'established', value: LIMITS.yearMax + 1 },
    'yearRange',
  ],
  [
    'point note',
    { kind: 'setPointNote', seriesId: 'budget', year: 2026, note: text(LIMITS.note) },
    { kind: 'setPointNote', seriesId: 'budget', year: 2026, note: text(LIMITS.note + 1) },
    'tooLong',
  ],
  [
    'value',
    { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: LIMITS.valueMax },
    { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: LIMITS.valueMax * 10 },
    'valueRange',
  ],
  [
    'year of a value',
    { kind: 'setPointValue', seriesId: 'budget', year: LIMITS.yearMax, value: 1 },
    { kind: 'setPointValue', seriesId: 'budget', year: LIMITS.yearMax + 1, value: 1 },
    'yearRange',
  ],
  [
    'title',
    { kind: 'setProps', patch: { title: text(LIMITS.title) } },
    { kind: 'setProps', patch: { title: text(LIMITS.title + 1) } },
    'tooLong',
  ],
  [
    'source',
    { kind: 'setProps', patch: { source: text(LIMITS.source) } },
    { kind: 'setProps', patch: { source: text(LIMITS.source + 1) } },
    'tooLong',
  ],
  [
    'unit',
    { kind: 'updateSeries', id: 'budget', patch: { unit: text(LIMITS.unit) } },
    { kind: 'updateSeries', id: 'budget', patch: { unit: text(LIMITS.unit + 1) } },
    'tooLong',
  ],
  [
    'series name',
    { kind: 'updateSeries', id: 'budget', patch: { name: text(LIMITS.seriesName) } },
    { kind: 'updateSeries', id: 'budget', patch: { name: text(LIMITS.seriesName + 1) } },
    'tooLong',
  ],
  [
    'scenario name',
    { kind: 'updateScenario', id: 's1', patch: { name: text(LIMITS.scenarioName) } },
    { kind: 'updateScenario', id: 's1', patch: { name: text(LIMITS.scenarioName + 1) } },
    'tooLong',
  ],
  [
    'horizon',
    { kind: 'updateScenario', id: 's1', patch: { horizon: LIMITS.horizonMax } },
    { kind: 'updateScenario', id: 's1', patch: { horizon: LIMITS.horizonMax + 1 } },
    'horizonRange',
  ],
  [
    'rate',
    { kind: 'updateScenario', id: 's1', patch: { method: { kind: 'growth', rate: 99.99 } } },
    { kind: 'updateScenario', id: 's1', patch: { method: { kind: 'growth', rate: -1 } } },
    'rateRange',
  ],
  [
    'version label',
    { kind: 'saveVersion', id: 'v', label: text(LIMITS.versionLabel), createdAt: '2026-11-27T00:00:00Z' },
    { kind: 'saveVersion', id: 'v', label: text(LIMITS.versionLabel + 1), createdAt: '2026-11-27T00:00:00Z' },
    'tooLong',
  ],
];

describe('edit checks share the schema’s limits', () => {
  for (const [name, atLimit, past, code] of edges) {
    it(`${name}: the limit is accepted and saves, one past it is refused (${code})`, () => {
      const wb = sample();
      expect(checkEdit(wb, atLimit)).toBeNull();
      const edited = applyEdit(wb, atLimit);
      expect(() => parseProjectText(serializeProject(edited))).not.toThrow();
      expect(checkEdit(wb, past)).toMatchObject({ code });
    });
  }

  it('adding years stops at the last storable year, with the range in the message', () => {
    let wb = sample();
    wb = applyEdit(wb, { kind: 'setPointValue', seriesId: 'budget', year: LIMITS.yearMax, value: 1 });
    expect(checkEdit(wb, { kind: 'addYear', seriesId: 'budget', where: 'after' })).toEqual({
      code: 'yearRange',
      min: LIMITS.yearMin,
      max: LIMITS.yearMax,
    });
    expect(checkEdit(wb, { kind: 'addYear', seriesId: 'budget', where: 'before' })).toBeNull();
  });

  it('a batch is refused as a whole when one of its edits is', () => {
    const wb = sample();
    const ok: WorkbookEdit = { kind: 'setPointValue', seriesId: 'budget', year: 2027, value: 3000 };
    const bad: WorkbookEdit = { kind: 'setCenterField', id: 'c1', field: 'equipment', value: -1 };
    expect(checkEdit(wb, { kind: 'batch', edits: [ok] })).toBeNull();
    expect(checkEdit(wb, { kind: 'batch', edits: [ok, bad] })).toMatchObject({ code: 'equipmentRange' });
  });

  it('refuses a group that would contain itself', () => {
    expect(checkEdit(sample(), { kind: 'updateSeries', id: 'budget', patch: { parentId: 'new' } })).toEqual({ code: 'groupLoop' });
  });
});

describe('edit checks and the schema accept and refuse the same edits', () => {
  const wb = sample();
  /** Whether the workbook after an edit is one the project file's schema takes (as it is, before JSON hides Infinity). */
  const saves = (edit: WorkbookEdit) => {
    try {
      validateWorkbook(applyEdit(wb, edit));
      return true;
    } catch {
      return false;
    }
  };
  const year = fc.integer({ min: LIMITS.yearMin - 50, max: LIMITS.yearMax + 50 });
  const rate = fc.oneof(fc.double({ min: -3, max: 150, noNaN: false }), fc.constantFrom(-1, LIMITS.rateMax, 0, Infinity));
  const window = fc.option(fc.record({ from: year, to: year }), { nil: null });
  const method = fc.oneof(
    fc.record({ kind: fc.constant('growth' as const), rate: fc.option(rate, { nil: null }) }),
    fc.record({ kind: fc.constantFrom('cagr' as const, 'average' as const, 'linear' as const), window }),
    fc.record({ kind: fc.constant('custom' as const), rates: fc.array(rate, { minLength: 0, maxLength: LIMITS.customRates + 2 }) }),
  );
  const scenarioEdit = fc.record(
    {
      horizon: year,
      method,
      name: fc.string({ maxLength: LIMITS.scenarioName + 2 }),
      split: fc.option(fc.record({ label: fc.string({ maxLength: 3 }), share: fc.double({ min: -0.5, max: 1.5 }) }), { nil: null }),
    },
    { requiredKeys: [] },
  );
  const value = fc.oneof(fc.double({ noNaN: false }), fc.constantFrom(LIMITS.valueMax, -LIMITS.valueMax, Infinity, null));

  it('for every scenario change (horizon, method, rates, window, name, split)', () => {
    fc.assert(
      fc.property(scenarioEdit, (patch) => {
        const edit: WorkbookEdit = { kind: 'updateScenario', id: 's1', patch };
        expect(checkEdit(wb, edit) === null).toBe(saves(edit));
      }),
      { numRuns: 400 },
    );
  });

  it('for every value, year and note typed into a series', () => {
    fc.assert(
      fc.property(value, year, fc.string({ maxLength: 3 }), (v, y, note) => {
        const set: WorkbookEdit = { kind: 'setPointValue', seriesId: 'budget', year: y, value: v };
        expect(checkEdit(wb, set) === null).toBe(saves(set));
        const noted: WorkbookEdit = { kind: 'setPointNote', seriesId: 'budget', year: y, note };
        expect(checkEdit(wb, noted) === null).toBe(saves(noted));
      }),
      { numRuns: 300 },
    );
  });

  it('for every center field typed', () => {
    const field = fc.constantFrom('equipment' as const, 'established' as const);
    fc.assert(
      fc.property(field, fc.oneof(fc.integer({ min: -10, max: LIMITS.equipmentMax + 10 }), fc.double(), fc.constant(null)), (f, v) => {
        const edit: WorkbookEdit = { kind: 'setCenterField', id: 'c1', field: f, value: v };
        expect(checkEdit(wb, edit) === null).toBe(saves(edit));
      }),
      { numRuns: 300 },
    );
  });
});
