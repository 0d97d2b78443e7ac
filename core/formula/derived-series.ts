/**
 * Derived series in a workbook: a series with a formula holds no typed values; its points are computed
 * from the series it names, year by year, every time the workbook changes (applyEdit and opening a file
 * both call `withDerived`), so every reader — table, chart, CSV, briefing, projections — sees one set of
 * values. Derived series are computed in dependency order; a year an input lacks gets no value.
 */
import { changedIndexes, patchLimit } from '../changed-indexes';
import { isStorableValue } from '../limits';
import { seriesTable } from '../series-table';
import type { Series, SeriesPoint, Workbook } from '../types';
import { evaluateFormula, formulaCycle, formulaUnit, type FormulaContext, type FormulaValue } from './formula-eval';
import { parseFormula, renameInFormula, type FormulaNode, type FormulaProblem } from './formula-parse';

/** Whether a series is derived (has a formula). */
export const isDerived = (s: Pick<Series, 'formula'>): boolean => typeof s.formula === 'string' && s.formula !== '';

const parsed = new Map<string, ReturnType<typeof parseFormula>>();

/** How many derived series the last array checked held: an edit's new array is counted at its changed places only. */
let lastCount: { series: readonly Series[]; derived: number } | null = null;

/** How many of the series are derived (formulas), without a pass over a 20,000-series book on every edit. */
function derivedCount(series: readonly Series[]): number {
  const last = lastCount;
  const changed = last && changedIndexes(last.series, series, patchLimit(series.length));
  let derived: number;
  if (last && changed) {
    derived = last.derived;
    for (const i of changed) derived += Number(isDerived(series[i]!)) - Number(isDerived(last.series[i]!));
  } else derived = series.filter(isDerived).length;
  lastCount = { series, derived };
  return derived;
}

/** A formula's parse, remembered per text (formulas are few and re-read on every edit). */
export function parsedFormula(text: string): ReturnType<typeof parseFormula> {
  let p = parsed.get(text);
  if (!p) {
    if (parsed.size > 500) parsed.clear();
    p = parseFormula(text);
    parsed.set(text, p);
  }
  return p;
}

/** Series by name (the first of a name, as a formula reads it). */
export function seriesByName(series: readonly Series[]): Map<string, Series> {
  const byName = new Map<string, Series>();
  for (const s of series) if (!byName.has(s.name)) byName.set(s.name, s);
  return byName;
}

/** The names a series' formula reads (none for a plain series or a formula that does not parse). */
export function formulaInputs(s: Pick<Series, 'formula'>): string[] {
  if (!isDerived(s)) return [];
  const p = parsedFormula(s.formula!);
  return p.ok ? p.names : [];
}

/** Every series a formula reads: those it names, and the group of each it takes a SHARE of. */
export function seriesRead(s: Pick<Series, 'formula'>, series: readonly Series[]): string[] {
  if (!isDerived(s)) return [];
  const p = parsedFormula(s.formula!);
  if (!p.ok) return [];
  const names = new Set(p.names);
  const byName = seriesByName(series);
  const visit = (n: FormulaNode): void => {
    if (n.kind === 'call') {
      const [arg] = n.args;
      if (n.fn === 'SHARE' && arg?.kind === 'series') {
        const parentId = byName.get(arg.name)?.parentId;
        const parent = parentId ? series.find((x) => x.id === parentId) : undefined;
        if (parent) names.add(parent.name);
      }
      n.args.forEach(visit);
    } else if (n.kind === 'binary') {
      visit(n.left);
      visit(n.right);
    } else if (n.kind === 'negate') visit(n.arg);
  };
  visit(p.node);
  return [...names];
}

/** What formulas read in a workbook: every series' value by name and year (group sums included), unit and parent. */
export function formulaContext(series: readonly Series[], values?: (name: string, year: number) => number | null): FormulaContext {
  const byName = seriesByName(series);
  const cells = seriesValues(series);
  return {
    value:
      values ??
      ((name, year) => {
        const s = byName.get(name);
        return s ? (cells(s).get(year) ?? null) : null;
      }),
    unit: (name) => byName.get(name)?.unit ?? '',
    parent: (name) => {
      const p = byName.get(name)?.parentId;
      return p ? (series.find((s) => s.id === p)?.name ?? null) : null;
    },
  };
}

/**
 * Each series' values by year as the table shows them, made when first asked for: a plain item's own
 * points; a group's sums from a table of its own subtree. A budget book has tens of thousands of series
 * and a formula reads a few of them, so no table of every series is made.
 */
const valuesCache = new WeakMap<readonly Series[], (s: Series) => Map<number, number | null>>();
function seriesValues(series: readonly Series[]): (s: Series) => Map<number, number | null> {
  const known = valuesCache.get(series);
  if (known) return known;
  let kids: Map<string, Series[]> | null = null;
  const kidsOf = (id: string) => {
    if (!kids) {
      kids = new Map();
      for (const s of series) {
        if (s.parentId === null) continue;
        const list = kids.get(s.parentId);
        if (list) list.push(s);
        else kids.set(s.parentId, [s]);
      }
    }
    return kids.get(id) ?? [];
  };
  const done = new Map<string, Map<number, number | null>>();
  const of = (root: Series) => {
    let out = done.get(root.id);
    if (out) return out;
    if (kidsOf(root.id).length === 0) out = new Map(root.points.map((p) => [p.year, p.value]));
    else {
      const tree = [root];
      for (let i = 0; i < tree.length; i++) tree.push(...kidsOf(tree[i]!.id));
      const top = seriesTable(tree.map((x) => (x === root ? { ...x, parentId: null } : x))).rows[0];
      out = new Map([...(top?.cells ?? new Map<number, { value: number | null }>())].map(([y, c]) => [y, c.value]));
    }
    done.set(root.id, out);
    return out;
  };
  valuesCache.set(series, of);
  return of;
}

/** Derived series in an order where each comes after the derived series it reads. */
function dependencyOrder(series: readonly Series[]): Series[] {
  const byName = seriesByName(series);
  const out: Series[] = [];
  const seen = new Set<string>();
  const visit = (s: Series, depth: number) => {
    if (seen.has(s.id) || depth > series.length) return;
    seen.add(s.id);
    for (const name of formulaInputs(s)) {
      const input = byName.get(name);
      if (input && isDerived(input)) visit(input, depth + 1);
    }
    out.push(s);
  };
  for (const s of series) if (isDerived(s)) visit(s, 0);
  return out;
}

/** The years a formula can have values in: every year any of its inputs has (LAG and YOY read earlier ones). */
function inputYears(
  series: readonly Series[],
  s: Series,
  byName: Map<string, Series>,
  computed: Map<string, Map<number, number | null>>,
): number[] {
  const years = new Set<number>();
  const values = seriesValues(series);
  for (const name of formulaInputs(s)) {
    const done = computed.get(name);
    if (done) for (const y of done.keys()) years.add(y);
    else {
      const input = byName.get(name);
      if (input) for (const y of values(input).keys()) years.add(y);
    }
  }
  return [...years].sort((a, b) => a - b);
}

const samePoints = (a: readonly SeriesPoint[], b: readonly SeriesPoint[]) =>
  a.length === b.length && a.every((p, i) => p.year === b[i]!.year && p.value === b[i]!.value && p.note === b[i]!.note);

/**
 * The workbook with every derived series' points recomputed. One table of the plain series serves them
 * all (a derived series is never summed into a group), and each derived series reads those computed
 * before it; series whose values did not change keep their objects, so memoised views (the table,
 * projections, the grid's rows) stay as they are.
 */
export function withDerived<T extends Pick<Workbook, 'series'>>(wb: T): T {
  if (derivedCount(wb.series) === 0) return wb;
  const base = formulaContext(wb.series);
  const byName = seriesByName(wb.series);
  const computed = new Map<string, Map<number, number | null>>();
  const ctx: FormulaContext = {
    ...base,
    value: (name, year) => {
      const own = computed.get(name);
      return own ? (own.get(year) ?? null) : base.value(name, year);
    },
  };
  const replaced = new Map<string, Series>();
  for (const d of dependencyOrder(wb.series)) {
    const p = parsedFormula(d.formula!);
    const notes = new Map(d.points.map((x) => [x.year, x.note]));
    const points: SeriesPoint[] = p.ok
      ? inputYears(wb.series, d, byName, computed).map((year) => {
          const v = storable(evaluateFormula(p.node, year, ctx));
          return { year, value: v.ok ? v.value : null, note: notes.get(year) ?? '' };
        })
      : d.points.map((x) => ({ ...x, value: null }));
    // Only the first series of a name is what formulas read by that name.
    if (byName.get(d.name) === d) computed.set(d.name, new Map(points.map((x) => [x.year, x.value])));
    if (!samePoints(points, d.points)) replaced.set(d.id, { ...d, points });
  }
  return replaced.size === 0 ? wb : { ...wb, series: wb.series.map((s) => replaced.get(s.id) ?? s) };
}

/** Why a derived series has no value in a year (null when it has one, or is not derived). */
export function derivedValueAt(series: readonly Series[], id: string, year: number): FormulaValue | null {
  const s = series.find((x) => x.id === id);
  if (!s || !isDerived(s)) return null;
  const p = parsedFormula(s.formula!);
  if (!p.ok) return { ok: false, gap: { code: 'missing', name: s.name, year } };
  return storable(evaluateFormula(p.node, year, formulaContext(series)));
}

/** A value past what a project file stores (±1e18, a huge ratio of tiny inputs) is no value, with its reason: the workbook stays savable. */
function storable(v: FormulaValue): FormulaValue {
  return v.ok && !isStorableValue(v.value) ? { ok: false, gap: { code: 'tooLarge' } } : v;
}

/** A formula as entered for series `selfId` (null for a new series named `selfName`): parsed, its names known, no loop, units that agree. */
export function checkFormula(
  series: readonly Series[],
  selfId: string | null,
  selfName: string,
  text: string,
): { ok: true; node: FormulaNode; unit: string } | { ok: false; problem: FormulaProblem } {
  const p = parsedFormula(text);
  if (!p.ok) return p;
  const byName = seriesByName(series.filter((s) => s.id !== selfId));
  const unknown = p.names.find((n) => !byName.has(n) || n === selfName);
  if (unknown !== undefined) {
    if (unknown === selfName) return { ok: false, problem: { code: 'formulaCycle', names: [selfName, selfName] } };
    return { ok: false, problem: { code: 'formulaUnknownName', name: unknown } };
  }
  const uses = (name: string): readonly string[] | null => {
    if (name === selfName) return p.names;
    const s = byName.get(name);
    return s && isDerived(s) ? formulaInputs(s) : null;
  };
  const loop = formulaCycle(selfName, uses);
  if (loop) return { ok: false, problem: { code: 'formulaCycle', names: loop } };
  const unit = formulaUnit(p.node, (name) => byName.get(name)?.unit ?? '');
  return unit.ok ? { ok: true, node: p.node, unit: unit.unit } : unit;
}

/** Every formula with `from` renamed to `to` (a renamed series renames itself where it is used). */
export function renameInFormulas(series: Series[], from: string, to: string): Series[] {
  if (from === to) return series;
  return series.map((s) => {
    if (!isDerived(s) || !formulaInputs(s).includes(from)) return s;
    return { ...s, formula: renameInFormula(s.formula!, from, to) };
  });
}
