/**
 * Re-importing a list never changes a row it should not: rows are matched by name + region (+ institution),
 * or a column the user picks; duplicate names are told apart by region; rows that match several centers are
 * listed, never guessed; importing the same list twice changes nothing; and the plan the dialog shows is
 * exactly what apply does (a property test over lists full of duplicate names).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCenterMerge, mergeOf, planCenterImport, type CenterPlanOptions } from '../../core/import/center-match';
import type { Center } from '../../core/types';

const center = (id: string, name: string, region: string, phone: string, code = ''): Center => ({
  id,
  name,
  institution: '',
  region,
  field: '',
  established: null,
  equipment: null,
  extra: { 전화번호: phone, ...(code && { 관리번호: code }) },
});
/** The 119안전센터 list as a look-alike: 98 names shared by 230 centers in the real one, here a few. */
const workbookRows = [
  center('c1', '삼성119안전센터', '서울', '02-6981-7556', 'S-001'),
  center('c2', '삼성119안전센터', '대전', '042-609-1234', 'D-001'),
  center('c3', '삼성119안전센터', '충북', '043-230-5678', 'C-001'),
  center('c4', '중앙119안전센터', '경기', '031-111-0001', 'G-001'),
  center('c5', '중앙119안전센터', '경기', '031-111-0002', 'G-002'),
  center('c6', '개포119안전센터', '서울', '02-577-2540', 'S-002'),
];
const fileRow = (c: Center): Center => ({ ...c, id: '' });
const fields: CenterPlanOptions['fields'] = ['name', 'region'];
const options: CenterPlanOptions = { fields, keepMissing: true, key: { kind: 'default' } };

describe('matching centers on re-import', () => {
  it('the same list imported again changes nothing (duplicates included)', () => {
    const plan = planCenterImport(workbookRows, workbookRows.map(fileRow), options);
    expect({ added: plan.added.length, changed: plan.changed.length, unchanged: plan.unchanged.length, ambiguous: plan.ambiguous }).toEqual(
      {
        added: 0,
        changed: 0,
        unchanged: 6,
        ambiguous: [],
      },
    );
    expect(applyCenterMerge(workbookRows, mergeOf(plan))).toEqual(workbookRows);
  });

  it('a name shared by three regions changes only the region the file gives', () => {
    const file = [fileRow({ ...workbookRows[0]!, extra: { 전화번호: '02-0000-0000' } })];
    const plan = planCenterImport(workbookRows, file, options);
    expect(plan.changed.map((c) => [c.before.id, c.fields])).toEqual([
      ['c1', [{ field: '전화번호', from: '02-6981-7556', to: '02-0000-0000' }]],
    ]);
    const after = applyCenterMerge(workbookRows, mergeOf(plan));
    expect(after.find((c) => c.id === 'c3')).toEqual(workbookRows[2]);
    expect(after.find((c) => c.id === 'c2')).toEqual(workbookRows[1]);
  });

  it('a row that matches several centers is listed and never guessed; the user adds it, leaves it out, or matches by an ID column', () => {
    // 경기 중앙: the file's row differs from both of the workbook's.
    const file = [fileRow({ ...workbookRows[3]!, extra: { 전화번호: '031-999-9999', 관리번호: 'G-001' } })];
    const plan = planCenterImport(workbookRows, file, options);
    expect(plan.ambiguous).toHaveLength(1);
    expect(plan.ambiguous[0]!.current.map((c) => c.id)).toEqual(['c4', 'c5']);
    expect({ added: plan.added.length, changed: plan.changed.length }).toEqual({ added: 0, changed: 0 });
    // Removing what the file lacks never removes a row whose match is open.
    expect(planCenterImport(workbookRows, file, { ...options, keepMissing: false }).removed.map((c) => c.id)).toEqual([
      'c1',
      'c2',
      'c3',
      'c6',
    ]);
    expect(planCenterImport(workbookRows, file, { ...options, ambiguous: 'add' }).added).toHaveLength(1);
    const byId = planCenterImport(workbookRows, file, { ...options, key: { kind: 'column', extra: '관리번호' } });
    expect(byId.ambiguous).toEqual([]);
    expect(byId.changed.map((c) => c.before.id)).toEqual(['c4']);
  });

  it('the plan is what apply does, on lists full of duplicate names', () => {
    const names = ['삼성', '중앙', '개포', '세곡'];
    const regions = ['서울', '대전', '경기'];
    const row = fc.record({ name: fc.constantFrom(...names), region: fc.constantFrom(...regions), phone: fc.constantFrom('1', '2', '3') });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 14 }),
        fc.array(row, { maxLength: 14 }),
        fc.boolean(),
        fc.constantFrom<'add' | 'skip' | undefined>('add', 'skip', undefined),
        (mine, theirs, keepMissing, ambiguous) => {
          const current = mine.map((r, i) => center(`c${i + 1}`, r.name, r.region, r.phone));
          const incoming = theirs.map((r) => center('', r.name, r.region, r.phone));
          const plan = planCenterImport(current, incoming, { ...options, keepMissing, ambiguous });
          const after = applyCenterMerge(current, mergeOf(plan));
          const byId = new Map(after.map((c) => [c.id, c]));
          // Changed rows changed as planned, removed rows are gone, every other row is exactly as it was.
          for (const c of plan.changed) expect(byId.get(c.before.id)).toEqual(c.after);
          for (const c of plan.removed) expect(byId.has(c.id)).toBe(false);
          const touched = new Set([...plan.changed.map((c) => c.before.id), ...plan.removed.map((c) => c.id)]);
          for (const c of current) if (!touched.has(c.id)) expect(byId.get(c.id)).toBe(c);
          // New rows are the planned ones, and only they.
          expect(after.length).toBe(current.length - plan.removed.length + plan.added.length);
          // No file row counts twice; each is added, matched, or left open (ambiguous, not added).
          const open = plan.ambiguous.reduce((n, g) => n + g.file.length, 0);
          expect(plan.changed.length + plan.unchanged.length + plan.added.length + (ambiguous === 'add' ? 0 : open)).toBe(incoming.length);
          // Importing the result's own rows again changes nothing.
          const again = planCenterImport(after, after.map(fileRow), { ...options, keepMissing: true });
          expect({ added: again.added.length, changed: again.changed.length, open: again.ambiguous.length }).toEqual({
            added: 0,
            changed: 0,
            open: 0,
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
