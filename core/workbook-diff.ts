/** What differs between two states of one workbook (a version or a recovered journal against now), matched by id. */
import type { Center, Scenario, Series, WorkbookContent } from './types';
import { DEFAULT_UNIT } from './units';

/** A changed item with the names of the fields that differ. */
export interface Changed<T> {
  before: T;
  after: T;
  fields: string[];
}

/** A series whose values or properties changed. */
export interface SeriesChange extends Changed<Series> {
  values: { year: number; from: number | null; to: number | null }[];
}

/** Added, removed and changed items of one kind. */
export interface ItemDiff<T, C = Changed<T>> {
  added: T[];
  removed: T[];
  changed: C[];
}

/** Everything that differs. */
export interface WorkbookDiff {
  props: { field: 'title' | 'programme' | 'source' | 'defaultUnit'; from: string; to: string }[];
  series: ItemDiff<Series, SeriesChange>;
  scenarios: ItemDiff<Scenario>;
  centers: ItemDiff<Center>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function byId<T extends { id: string }, C extends Changed<T>>(
  before: readonly T[],
  after: readonly T[],
  compare: (a: T, b: T) => C | null,
): ItemDiff<T, C> {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  const diff: ItemDiff<T, C> = { added: [], removed: before.filter((x) => !now.has(x.id)), changed: [] };
  for (const x of after) {
    const prev = old.get(x.id);
    if (!prev) diff.added.push(x);
    else if (prev !== x) {
      const c = compare(prev, x);
      if (c) diff.changed.push(c);
    }
  }
  return diff;
}

function fieldsOf<T extends object>(a: T, b: T, skip: readonly string[] = []): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !skip.includes(k) && !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function seriesChange(a: Series, b: Series): SeriesChange | null {
  const old = new Map(a.points.map((p) => [p.year, p.value]));
  const now = new Map(b.points.map((p) => [p.year, p.value]));
  const years = [...new Set([...old.keys(), ...now.keys()])].sort((x, y) => x - y);
  const values = years
    .filter((y) => (old.get(y) ?? null) !== (now.get(y) ?? null))
    .map((year) => ({ year, from: old.get(year) ?? null, to: now.get(year) ?? null }));
  const notes = !same(
    a.points.map((p) => [p.year, p.note]),
    b.points.map((p) => [p.year, p.note]),
  );
  const fields = fieldsOf(a, b, ['points']);
  if (notes) fields.push('notes');
  return values.length || fields.length ? { before: a, after: b, fields, values } : null;
}

const simple = <T extends object>(a: T, b: T): Changed<T> | null => {
  const fields = fieldsOf(a, b);
  return fields.length ? { before: a, after: b, fields } : null;
};

/** The differences from `before` to `after` (versions are not compared). */
export function diffWorkbooks(before: WorkbookContent, after: WorkbookContent): WorkbookDiff {
  const props = (['title', 'programme', 'source', 'defaultUnit'] as const)
    .filter((f) => before[f] !== after[f])
    .map((field) => ({ field, from: before[field], to: after[field] }));
  return {
    props,
    series: byId(before.series, after.series, seriesChange),
    scenarios: byId(before.scenarios, after.scenarios, simple),
    centers: byId(before.centers.rows, after.centers.rows, simple),
  };
}

/** Whether a diff has nothing in it. */
export function isEmptyDiff(d: WorkbookDiff): boolean {
  const none = (x: ItemDiff<unknown, unknown>) => x.added.length + x.removed.length + x.changed.length === 0;
  return d.props.length === 0 && none(d.series) && none(d.scenarios) && none(d.centers);
}

/** A blank workbook: no series, scenarios or centers yet, in the analyst's unit. */
export function blankWorkbook(title: string, defaultUnit: string = DEFAULT_UNIT): WorkbookContent & { versions: [] } {
  return {
    title,
    programme: '',
    source: '',
    defaultUnit,
    series: [],
    centers: { illustrative: false, rows: [] },
    scenarios: [],
    chart: { seriesIds: [] },
    versions: [],
  };
}
