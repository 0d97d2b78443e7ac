import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProjectText } from '../../core/workbook-schema';
import { documentReducer, emptyDocument, isDirty, type DocumentModel } from '../../renderer/src/document/document-state';

const sample = parseProjectText(readFileSync(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url), 'utf8'));
const value2026 = (d: DocumentModel) => d.workbook!.series[0]!.points.find((p) => p.year === 2026)!.value;

describe('document history', () => {
  it('undoes and redoes edits; undoing back to the saved state is not dirty', () => {
    let d = documentReducer(emptyDocument, { type: 'loaded', workbook: sample, fileName: 'a.awb' });
    expect(isDirty(d)).toBe(false);
    d = documentReducer(d, { type: 'edit', edit: { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 }, at: 0 });
    d = documentReducer(d, { type: 'edit', edit: { kind: 'removeCenters', ids: ['c1'] }, at: 10 });
    expect(isDirty(d)).toBe(true);
    d = documentReducer(d, { type: 'undo' });
    expect(d.workbook!.centers.rows).toHaveLength(30);
    d = documentReducer(d, { type: 'undo' });
    expect(value2026(d)).toBe(2685);
    expect(isDirty(d)).toBe(false);
    expect(documentReducer(d, { type: 'undo' })).toBe(d);
    d = documentReducer(d, { type: 'redo' });
    expect(value2026(d)).toBe(3000);
    // A new edit clears redo.
    d = documentReducer(d, { type: 'edit', edit: { kind: 'addCenter' }, at: 20 });
    expect(d.future).toEqual([]);
  });

  it('typing into one scenario field is one undo step, but not across a pause or another field', () => {
    let d = documentReducer(emptyDocument, { type: 'loaded', workbook: sample, fileName: null });
    const rate = (r: number, at: number) => ({
      type: 'edit' as const,
      edit: { kind: 'updateScenario' as const, id: 's1', patch: { method: { kind: 'growth' as const, rate: r } } },
      at,
    });
    d = documentReducer(d, rate(0.1, 1000));
    d = documentReducer(d, rate(0.13, 1200));
    expect(d.past).toHaveLength(1);
    d = documentReducer(d, rate(0.14, 5000));
    expect(d.past).toHaveLength(2);
    d = documentReducer(d, { type: 'edit', edit: { kind: 'updateScenario', id: 's1', patch: { horizon: 2035 } }, at: 5100 });
    expect(d.past).toHaveLength(3);
    d = documentReducer(d, { type: 'undo' });
    d = documentReducer(d, { type: 'undo' });
    expect(d.workbook!.scenarios[0]!.method).toEqual({ kind: 'growth', rate: 0.13 });
  });

  it('saving marks the current workbook as saved', () => {
    let d = documentReducer(emptyDocument, { type: 'loaded', workbook: sample, fileName: null });
    d = documentReducer(d, { type: 'edit', edit: { kind: 'addCenter' }, at: 0 });
    d = documentReducer(d, { type: 'saved', fileName: 'b.awb', workbook: d.workbook! });
    expect(isDirty(d)).toBe(false);
    d = documentReducer(d, { type: 'undo' });
    expect(isDirty(d)).toBe(true);
  });
});
