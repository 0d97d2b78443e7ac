/** Applying an import: matching centers by name + institution, diffs before anything changes, and merges (linear time). */
import { LIMITS } from '../limits';
import type { Center, CenterField, SeriesPoint } from '../types';

/** Characters NFKC leaves alone: printable ASCII and Hangul syllables (most names), so most keys skip normalising. */
const NFKC_STABLE = /^[\x21-\x7e\uac00-\ud7a3]*$/;
const squash = (s: string) => {
  const folded = s.replace(/\s+/g, '');
  return NFKC_STABLE.test(folded) ? folded : folded.normalize('NFKC').replace(/\s+/g, '');
};
/**
 * The current centers by matching key (name + institution, folded), and the key of an incoming center:
 * null when no current center has its name, so a large import into a short list builds no key strings
 * for its new rows. A list repeats a few hundred institutions over many rows: each is folded once.
 */
function centerIndex(current: readonly Center[]) {
  const institutions = new Map<string, string>();
  const fold = (institution: string) => {
    let f = institutions.get(institution);
    if (f === undefined) institutions.set(institution, (f = squash(institution)));
    return f;
  };
  const names = new Set<string>();
  const keys = current.map((c) => {
    const name = squash(c.name);
    names.add(name);
    return `${name}|${fold(c.institution)}`;
  });
  const byKey = new Map(current.map((c, i) => [keys[i]!, c]));
  const keyOf = (c: Pick<Center, 'name' | 'institution'>): string | null => {
    const name = squash(c.name);
    return names.has(name) ? `${name}|${fold(c.institution)}` : null;
  };
  return { byKey, keys, keyOf };
}
const COMPARED: CenterField[] = ['name', 'institution', 'region', 'field', 'established', 'equipment'];

/** How an import of centers is applied. */
export interface CenterImportOptions {
  /** Fields the file provides; the others keep their current values on matched rows. */
  fields: readonly CenterField[];
  /** Keep centers that are not in the file (otherwise they are removed). */
  keepMissing: boolean;
}

/** A matched row after import: the file's fields over the current row. */
function overlay(before: Center, incoming: Center, fields: readonly CenterField[]): Center {
  const out: Center = { ...before, source: incoming.source };
  for (const f of fields) (out as unknown as Record<string, unknown>)[f] = incoming[f];
  if (incoming.extra) out.extra = { ...before.extra, ...incoming.extra };
  return out;
}

/** What an import changes in the center list, rows matched by center name + institution. */
export interface CenterDiff {
  added: Center[];
  removed: Center[];
  changed: { before: Center; after: Center; fields: { field: string; from: string | number | null; to: string | number | null }[] }[];
  unchanged: number;
}

/** Compares the current list with an imported one. */
export function diffCenters(
  current: readonly Center[],
  incoming: readonly Center[],
  options: CenterImportOptions = { fields: COMPARED, keepMissing: false },
): CenterDiff {
  const { byKey, keys, keyOf } = centerIndex(current);
  const seen = new Set<string>();
  const diff: CenterDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const c of incoming) {
    const k = keyOf(c);
    const before = k === null ? undefined : byKey.get(k);
    if (!before || seen.has(k!)) {
      diff.added.push(c);
      continue;
    }
    seen.add(k!);
    const after = overlay(before, c, options.fields);
    const fields: CenterDiff['changed'][number]['fields'] = COMPARED.filter((f) => before[f] !== after[f]).map((f) => ({
      field: f,
      from: before[f],
      to: after[f],
    }));
    for (const [name, v] of Object.entries(c.extra ?? {}))
      if ((before.extra?.[name] ?? null) !== v) fields.push({ field: name, from: before.extra?.[name] ?? null, to: v });
    if (fields.length) diff.changed.push({ before, after, fields });
    else diff.unchanged++;
  }
  diff.removed = options.keepMissing ? [] : current.filter((_, i) => !seen.has(keys[i]!));
  return diff;
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

/**
 * The center list after applying an import: matched rows (same ids) take the file's fields, new rows get
 * fresh ids from a counter, and rows missing from the file are removed unless `keepMissing` (then kept rows
 * stay where they were and new rows go to the end). Linear in the size of both lists.
 */
export function mergeCenters(
  current: readonly Center[],
  incoming: readonly Center[],
  options: CenterImportOptions = { fields: COMPARED, keepMissing: false },
): Center[] {
  const { byKey, keyOf } = centerIndex(current);
  const matched = new Map<string, Center>();
  // Kept rows stay where they were and new rows follow them; otherwise the file's order is the list's.
  const merged: Center[] = options.keepMissing ? current.slice() : [];
  const at = new Map(options.keepMissing ? current.map((c, i) => [c.id, i]) : []);
  let next = maxCenterNumber(current) + 1;
  for (const c of incoming) {
    const k = keyOf(c);
    const before = k === null ? undefined : byKey.get(k);
    if (before && !matched.has(before.id)) {
      const after = overlay(before, c, options.fields);
      matched.set(before.id, after);
      if (options.keepMissing) merged[at.get(before.id)!] = after;
      else merged.push(after);
    } else merged.push({ ...c, id: `c${next++}` });
  }
  return merged.length > LIMITS.centers ? merged.slice(0, LIMITS.centers) : merged;
}

/** Which years an imported series adds or changes. */
export function diffSeries(
  current: readonly SeriesPoint[],
  incoming: readonly SeriesPoint[],
): { year: number; from: number | null | undefined; to: number | null }[] {
  const byYear = new Map(current.map((p) => [p.year, p.value]));
  return incoming
    .filter((p) => !byYear.has(p.year) || byYear.get(p.year) !== p.value)
    .map((p) => ({ year: p.year, from: byYear.has(p.year) ? byYear.get(p.year) : undefined, to: p.value }));
}

/** The series points after an import: imported years replace or add, other years stay. */
export function mergeSeriesPoints(current: readonly SeriesPoint[], incoming: readonly SeriesPoint[]): SeriesPoint[] {
  const map = new Map(current.map((p) => [p.year, p]));
  for (const p of incoming) map.set(p.year, { ...p, note: map.get(p.year)?.note ?? p.note });
  return [...map.values()].sort((a, b) => a.year - b.year);
}
