/**
 * What a budget-book import cannot match by path, and the pairings it suggests: a 소관 (or any level)
 * renamed, whose items all reappear under a new name; an item moved (the same name under another parent);
 * an item renamed (one missing and one new under the same parent, with the nearest amounts). Suggestions
 * are never applied by themselves: the analyst confirms each one.
 */
import { pathKey } from './budget-paths';

/** An item on one side: its path and its values by year (any stage; the first stage with a value). */
export interface MatchItem {
  path: string[];
  values: Map<number, number | null>;
}

/** A pairing the import suggests: `from` (the workbook's path) reads as `to` (the file's). */
export interface PairingSuggestion {
  kind: 'rename' | 'move';
  from: string[];
  to: string[];
}

/** Items of the file the workbook lacks, items of the workbook the file lacks, and the suggested pairings. */
export interface MatchReport {
  inFile: string[][];
  inWorkbook: string[][];
  suggested: PairingSuggestion[];
}

const under = (path: readonly string[], prefix: readonly string[]) => prefix.every((n, i) => path[i] === n) && path.length > prefix.length;
const parentKey = (path: readonly string[]) => pathKey(path.slice(0, -1));

/**
 * Levels renamed as a whole: a prefix the file no longer has at all, whose items mostly reappear under a
 * prefix of the same parent that the workbook does not have at all.
 */
function levelRenames(gone: MatchItem[], fresh: MatchItem[], file: readonly MatchItem[], book: readonly MatchItem[], depth: number) {
  const out: PairingSuggestion[] = [];
  const prefixesOf = (items: readonly MatchItem[], d: number) => new Set(items.map((it) => pathKey(it.path.slice(0, d))));
  for (let d = 1; d < depth; d++) {
    const inFile = prefixesOf(file, d);
    const inBook = prefixesOf(book, d);
    const prefixes = (items: MatchItem[]) => {
      const m = new Map<string, { prefix: string[]; rests: Set<string> }>();
      for (const it of items) {
        if (it.path.length <= d) continue;
        const prefix = it.path.slice(0, d);
        const k = pathKey(prefix);
        const e = m.get(k) ?? { prefix, rests: new Set<string>() };
        e.rests.add(pathKey(it.path.slice(d)));
        m.set(k, e);
      }
      return m;
    };
    const old = new Map([...prefixes(gone)].filter(([k]) => !inFile.has(k)));
    const neu = new Map([...prefixes(fresh)].filter(([k]) => !inBook.has(k)));
    for (const o of old.values()) {
      let best: { prefix: string[]; score: number } | null = null;
      for (const n of neu.values()) {
        if (parentKey(n.prefix) !== parentKey(o.prefix) || pathKey(n.prefix) === pathKey(o.prefix)) continue;
        const shared = [...o.rests].filter((r) => n.rests.has(r)).length;
        const score = shared / Math.max(o.rests.size, 1);
        if (score >= 0.5 && (!best || score > best.score)) best = { prefix: n.prefix, score };
      }
      if (best && !out.some((s) => pathKey(s.to) === pathKey(best.prefix))) out.push({ kind: 'rename', from: o.prefix, to: best.prefix });
    }
    if (out.length > 0) return out; // the outermost renamed level explains the levels under it
  }
  return out;
}

/** How far apart two items' amounts are: over common years, else the workbook's last year against the file's first. */
function distance(a: MatchItem, b: MatchItem): number {
  const common = [...a.values].filter(([y, v]) => v !== null && (b.values.get(y) ?? null) !== null);
  const ratio = (x: number, y: number) => Math.abs(Math.log((Math.abs(x) + 1) / (Math.abs(y) + 1)));
  if (common.length > 0) return common.reduce((s, [y, v]) => s + ratio(v!, b.values.get(y)!), 0) / common.length;
  const last = [...a.values].filter(([, v]) => v !== null).sort((x, y) => y[0] - x[0])[0];
  const first = [...b.values].filter(([, v]) => v !== null).sort((x, y) => x[0] - y[0])[0];
  return last && first ? ratio(last[1]!, first[1]!) : Infinity;
}

/**
 * Compares the file's items with the workbook's (both by their paths as the pairings already read them)
 * and suggests pairings for what is left over: level renames first, then moves, then renames.
 */
export function matchItems(file: readonly MatchItem[], workbook: readonly MatchItem[], depth: number): MatchReport {
  const inBook = new Set(workbook.map((w) => pathKey(w.path)));
  const inFileKeys = new Set(file.map((f) => pathKey(f.path)));
  let fresh = file.filter((f) => !inBook.has(pathKey(f.path)));
  let gone = workbook.filter((w) => !inFileKeys.has(pathKey(w.path)));
  const report: MatchReport = { inFile: fresh.map((f) => f.path), inWorkbook: gone.map((w) => w.path), suggested: [] };
  if (fresh.length === 0 || gone.length === 0) return report;

  const levels = levelRenames(gone, fresh, file, workbook, depth);
  report.suggested.push(...levels);
  // Items a level rename explains are paired by it: leave them out of the item suggestions.
  gone = gone.filter((g) => !levels.some((s) => under(g.path, s.from)));
  fresh = fresh.filter((f) => !levels.some((s) => under(f.path, s.to)));

  // Moves: the same name, once on each side, under different parents.
  const count = (items: MatchItem[]) => {
    const m = new Map<string, MatchItem[]>();
    for (const it of items) m.set(it.path.at(-1)!, [...(m.get(it.path.at(-1)!) ?? []), it]);
    return m;
  };
  const goneByName = count(gone);
  const freshByName = count(fresh);
  const moved = new Set<MatchItem>();
  for (const [name, olds] of goneByName) {
    const news = freshByName.get(name);
    if (olds.length === 1 && news?.length === 1 && parentKey(olds[0]!.path) !== parentKey(news[0]!.path)) {
      report.suggested.push({ kind: 'move', from: olds[0]!.path, to: news[0]!.path });
      moved.add(olds[0]!).add(news[0]!);
    }
  }
  gone = gone.filter((g) => !moved.has(g));
  fresh = fresh.filter((f) => !moved.has(f));

  // Renames: under the same parent, nearest amounts first, within a factor of two.
  const pairs: { g: MatchItem; f: MatchItem; d: number }[] = [];
  for (const g of gone) for (const f of fresh) if (parentKey(g.path) === parentKey(f.path)) pairs.push({ g, f, d: distance(g, f) });
  pairs.sort((a, b) => a.d - b.d);
  const used = new Set<MatchItem>();
  const alone = (items: MatchItem[], it: MatchItem) => items.filter((x) => parentKey(x.path) === parentKey(it.path)).length === 1;
  for (const p of pairs) {
    // Far amounts pair only when each is the one left under their parent.
    if (used.has(p.g) || used.has(p.f) || (p.d > Math.log(2) && !(alone(gone, p.g) && alone(fresh, p.f)))) continue;
    used.add(p.g).add(p.f);
    report.suggested.push({ kind: 'rename', from: p.g.path, to: p.f.path });
  }
  return report;
}
