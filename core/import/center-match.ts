/**
 * Matching an imported list with the workbook's centers, and the plan that applying it carries out. A row is
 * known by a key that identifies it: by default its name and region (and institution when the file has
 * one), or a column the user picks (an ID such as 데이터고유번호). Where one key stands for several rows on
 * either side, rows equal in every imported field pair first (a list imported twice matches itself); what
 * is left on both sides is ambiguous, listed for the user and never guessed. The plan is what the dialog
 * shows and exactly what apply does (applyCenterPlan).
 */
import { LIMITS } from '../limits';
import type { Center, CenterField } from '../types';
import { normaliseRegion } from './regions';

/** How rows are matched: name + region + institution (those the file gives), or the values of one column. */
export type CenterKey = { kind: 'default' } | { kind: 'column'; field: CenterField } | { kind: 'column'; extra: string };

/** What to do with the file's rows that match several centers (or share their key with others): add them, or leave them out. */
export type AmbiguousChoice = 'skip' | 'add';

/** Options of a plan. */
export interface CenterPlanOptions {
  /** Fields the file provides; the others keep their values on matched rows. */
  fields: readonly CenterField[];
  /** Keep centers the file does not list (otherwise they are removed). */
  keepMissing: boolean;
  key: CenterKey;
  /** Unset while the user has not chosen; ambiguous rows are then left out. */
  ambiguous?: AmbiguousChoice;
}

/** A matched row: the current center, and what it becomes. */
export interface CenterChange {
  before: Center;
  after: Center;
  fields: { field: string; from: string | number | null; to: string | number | null }[];
}

/** A key that stands for several rows: the file's and the workbook's, left for the user. */
export interface AmbiguousGroup {
  key: string;
  file: Center[];
  current: Center[];
}

/** What an import does to the center list. */
export interface CenterPlan {
  /** File rows that become new centers (ids are given on apply). */
  added: Center[];
  changed: CenterChange[];
  /** Matched centers the file leaves as they are. */
  unchanged: Center[];
  /** Centers the file does not list, removed (empty when they are kept). */
  removed: Center[];
  /** Centers the file does not list, whether or not they are removed. */
  missing: number;
  ambiguous: AmbiguousGroup[];
}

const COMPARED: CenterField[] = ['name', 'institution', 'region', 'field', 'established', 'equipment'];

/** Characters NFKC leaves alone: printable ASCII and Hangul syllables (most names), so most keys skip normalising. */
const NFKC_STABLE = /^[\x21-\x7e\uac00-\ud7a3]*$/;
const squash = (s: string) => {
  const folded = s.replace(/\s+/g, '');
  return NFKC_STABLE.test(folded) ? folded : folded.normalize('NFKC').replace(/\s+/g, '');
};
const valueText = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : squash(String(v)));

/** The key of a center under a matching rule (regions compared as 시도, so 서울특별시 and 서울 agree). */
function keyFunction(key: CenterKey, fields: readonly CenterField[]): (c: Center) => string {
  if (key.kind === 'column') {
    if ('field' in key) return (c) => valueText(c[key.field]);
    return (c) => valueText(c.extra?.[key.extra]);
  }
  // A part of the key the file does not give (no region column) cannot tell rows apart: it is left out.
  const withRegion = fields.includes('region');
  const withInstitution = fields.includes('institution');
  const regions = new Map<string, string>();
  const region = (r: string) => {
    let v = regions.get(r);
    if (v === undefined) regions.set(r, (v = squash(normaliseRegion(r) ?? r)));
    return v;
  };
  const institutions = new Map<string, string>();
  const institution = (i: string) => {
    let v = institutions.get(i);
    if (v === undefined) institutions.set(i, (v = squash(i)));
    return v;
  };
  return (c) => `${squash(c.name)}${withRegion ? `|${region(c.region)}` : ''}${withInstitution ? `|${institution(c.institution)}` : ''}`;
}

/** A matched row after import: the file's fields over the current row. */
function overlay(before: Center, incoming: Center, fields: readonly CenterField[]): Center {
  const out: Center = { ...before, source: incoming.source };
  for (const f of fields) (out as unknown as Record<string, unknown>)[f] = incoming[f];
  if (incoming.extra) out.extra = { ...before.extra, ...incoming.extra };
  return out;
}

/** What changes when `incoming` goes over `before` (empty: nothing). */
function changes(before: Center, after: Center, incoming: Center): CenterChange['fields'] {
  const out: CenterChange['fields'] = COMPARED.filter((f) => before[f] !== after[f]).map((f) => ({
    field: f,
    from: before[f],
    to: after[f],
  }));
  for (const [name, v] of Object.entries(incoming.extra ?? {}))
    if ((before.extra?.[name] ?? null) !== v) out.push({ field: name, from: before.extra?.[name] ?? null, to: v });
  return out;
}

/** Groups rows by key, in order. */
function byKey(rows: readonly Center[], keyOf: (c: Center) => string): Map<string, Center[]> {
  const groups = new Map<string, Center[]>();
  for (const c of rows) {
    const k = keyOf(c);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return groups;
}

/** Plans the import of `incoming` into `current` (new rows in file order). Linear in both lists (plus the size of each shared key's group). */
export function planCenterImport(current: readonly Center[], incoming: readonly Center[], options: CenterPlanOptions): CenterPlan {
  const keyOf = keyFunction(options.key, options.fields);
  const now = byKey(current, keyOf);
  const plan: CenterPlan = { added: [], changed: [], unchanged: [], removed: [], missing: 0, ambiguous: [] };
  const matched = new Set<Center>();
  const settle = (before: Center, file: Center) => {
    matched.add(before);
    const after = overlay(before, file, options.fields);
    const fields = changes(before, after, file);
    if (fields.length) plan.changed.push({ before, after, fields });
    else plan.unchanged.push(before);
  };
  // Only rows whose key the workbook has are grouped; the rest (most rows of a first import) are added
  // in file order without building a key, a map entry or a group each: a name the workbook does not have
  // settles it before the rest of the key is made.
  const names = options.key.kind === 'default' ? new Set(current.map((c) => squash(c.name))) : null;
  const shared = new Map<string, Center[]>();
  for (const f of incoming) {
    if (names && !names.has(squash(f.name))) {
      plan.added.push(f);
      continue;
    }
    const key = keyOf(f);
    if (key === '' || !now.has(key)) {
      plan.added.push(f);
      continue;
    }
    const group = shared.get(key);
    if (group) group.push(f);
    else shared.set(key, [f]);
  }
  for (const [key, file] of shared) {
    const mine = now.get(key)!;
    if (file.length === 1 && mine.length === 1) {
      settle(mine[0]!, file[0]!);
      continue;
    }
    // One key, several rows: rows equal in every imported field pair first (by signature: linear however large the group).
    const extras = [...new Set(file.flatMap((f) => Object.keys(f.extra ?? {})))];
    const signature = (c: Center) => JSON.stringify([options.fields.map((f) => c[f]), extras.map((k) => c.extra?.[k] ?? null)]);
    const twins = byKey(mine, signature);
    const left: Center[] = [];
    for (const f of file) {
      const twin = twins.get(signature(f))?.shift();
      if (twin) settle(twin, f);
      else left.push(f);
    }
    const open = mine.filter((c) => !matched.has(c));
    if (left.length > 0 && open.length === 0) plan.added.push(...left);
    else if (left.length === 1 && open.length === 1) settle(open[0]!, left[0]!);
    else if (left.length > 0) {
      plan.ambiguous.push({ key, file: left, current: open });
      // What is left of the workbook's rows under an unresolved key is never removed by a guess.
      for (const c of open) matched.add(c);
      if (options.ambiguous === 'add') plan.added.push(...left);
    }
  }
  for (const c of current) {
    if (matched.has(c)) continue;
    plan.missing++;
    if (!options.keepMissing) plan.removed.push(c);
  }
  return plan;
}

/** The largest N among ids of the form c<N>, so new ids can be handed out by a counter. */
function maxCenterNumber(rows: readonly Center[]): number {
  let max = 0;
  for (const c of rows) {
    if (c.id.charCodeAt(0) !== 99 /* c */) continue;
    const n = Number(c.id.slice(1));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max;
}

/** A plan as data an edit carries: the rows that change (by id), the new rows, the ids removed. */
export interface CenterMerge {
  updates: Center[];
  added: Center[];
  removed: string[];
}

/** The edit data of a plan. */
export const mergeOf = (plan: CenterPlan): CenterMerge => ({
  updates: plan.changed.map((c) => c.after),
  added: plan.added,
  removed: plan.removed.map((c) => c.id),
});

/**
 * The center list after a merge: changed rows in place (same ids), removed rows gone, every other row kept
 * where it was, new rows at the end with fresh ids. Exactly the plan; linear in the list.
 */
export function applyCenterMerge(current: readonly Center[], merge: CenterMerge): Center[] {
  const updates = new Map(merge.updates.map((c) => [c.id, c]));
  const removed = new Set(merge.removed);
  const out: Center[] = [];
  for (const c of current) if (!removed.has(c.id)) out.push(updates.get(c.id) ?? c);
  let next = maxCenterNumber(current) + 1;
  for (const c of merge.added) {
    if (out.length >= LIMITS.centers) break;
    out.push({ ...c, id: `c${next++}` });
  }
  return out;
}
