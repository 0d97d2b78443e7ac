/**
 * Paths and stages of budget-book series: a series' path is its ancestors' names and its own, top first
 * (소관 › 프로그램 › 단위사업 › 세부사업); each stage (정부안, 국회확정) is its own tree. Pairings the analyst
 * confirmed (a rename, a move, a renamed 소관) make an old path read as its new one.
 */
import { changedIndexes, patchLimit } from '../changed-indexes';
import type { PathPairing, Series } from '../types';

/** Joins a path into one map key (names never hold U+0001). */
export const pathKey = (path: readonly string[]): string => path.join('\u0001');

/** A path for reading: names joined with › (as the UI, the CLI and the diff show them). */
export const pathText = (path: readonly string[]): string => path.join(' › ');

/** Each series' path (ancestors' names, top first, then its own), computed once per series array. */
const pathCache = new WeakMap<readonly Series[], Map<string, string[]>>();
export function seriesPaths(series: readonly Series[]): Map<string, string[]> {
  const known = pathCache.get(series);
  if (known) return known;
  const byId = new Map(series.map((s) => [s.id, s]));
  const paths = new Map<string, string[]>();
  const pathOf = (s: Series, depth: number): string[] => {
    const done = paths.get(s.id);
    if (done) return done;
    const parent = s.parentId === null ? undefined : byId.get(s.parentId);
    const path = parent && depth < 50 ? [...pathOf(parent, depth + 1), s.name] : [s.name];
    paths.set(s.id, path);
    return path;
  };
  for (const s of series) pathOf(s, 0);
  pathCache.set(series, paths);
  return paths;
}

const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length <= path.length && prefix.every((name, i) => path[i] === name);

/**
 * The path an old one reads as under the pairings: the longest pairing whose `from` starts the path
 * replaces that part with its `to`, again until none applies (a rename of a rename), at most once per pairing.
 */
export function canonicalPath(path: readonly string[], pairings: readonly PathPairing[]): string[] {
  let out = [...path];
  const used = new Set<number>();
  for (;;) {
    let best = -1;
    pairings.forEach((p, i) => {
      if (!used.has(i) && startsWith(out, p.from) && (best < 0 || p.from.length > pairings[best]!.from.length)) best = i;
    });
    if (best < 0) return out;
    used.add(best);
    out = [...pairings[best]!.to, ...out.slice(pairings[best]!.from.length)];
  }
}

const stagesCache = new WeakMap<readonly Series[], string[]>();
/** The last series array whose stages were listed (an edit's new array differs from it in a few places). */
let lastStages: { series: readonly Series[]; stages: string[] } | null = null;

/** The stages the workbook's series have, in the order they first appear (once per series array). */
export function workbookStages(series: readonly Series[]): string[] {
  const known = stagesCache.get(series);
  if (known) return known;
  // A few series replaced by ones of the same stage each (a value edited): the same stages, in the same order.
  const last = lastStages;
  const changed = last && changedIndexes(last.series, series, patchLimit(series.length));
  const same = last && changed?.every((i) => last.series[i]!.stage === series[i]!.stage);
  const out = same ? last.stages : listStages(series);
  stagesCache.set(series, out);
  lastStages = { series, stages: out };
  return out;
}

function listStages(series: readonly Series[]): string[] {
  const stages = new Set<string>();
  for (const s of series) if (s.stage !== undefined) stages.add(s.stage);
  return [...stages];
}

/** The stage shown: the one chosen if the workbook still has it, else its first stage (null: it has none). */
export function shownStage(wb: { series: readonly Series[]; stageShown?: string }): string | null {
  const stages = workbookStages(wb.series);
  return wb.stageShown !== undefined && stages.includes(wb.stageShown) ? wb.stageShown : (stages[0] ?? null);
}

const stageCache = new WeakMap<readonly Series[], Map<string | null, readonly Series[]>>();
/** Each stage's last filtering: its input, its output, and where each input series sits in it (-1: not in it). */
const lastOfStage = new Map<string, { series: readonly Series[]; out: Series[]; at: Int32Array }>();

/**
 * The series a stage shows: those of that stage and those of none (a sample's own series, a formula);
 * the same array for the same input, so what is computed per series array (the table, its sums) is kept.
 * An edit's new array is patched from the last one where its changed series keep their stage.
 */
export function seriesOfStage(series: readonly Series[], stage: string | null): readonly Series[] {
  if (stage === null) return series;
  const byStage = stageCache.get(series) ?? new Map<string | null, readonly Series[]>();
  stageCache.set(series, byStage);
  let out = byStage.get(stage);
  if (!out) {
    out = patchedStage(series, stage) ?? filterStage(series, stage);
    byStage.set(stage, out);
  }
  return out;
}

const inStage = (s: Series, stage: string) => s.stage === undefined || s.stage === stage;

function filterStage(series: readonly Series[], stage: string): Series[] {
  const at = new Int32Array(series.length).fill(-1);
  const out: Series[] = [];
  series.forEach((s, i) => {
    if (inStage(s, stage)) at[i] = out.push(s) - 1;
  });
  lastOfStage.set(stage, { series, out, at });
  return out;
}

function patchedStage(series: readonly Series[], stage: string): Series[] | null {
  const last = lastOfStage.get(stage);
  const changed = last && changedIndexes(last.series, series, patchLimit(series.length));
  if (!last || !changed || !changed.every((i) => inStage(series[i]!, stage) === last.at[i]! >= 0)) return null;
  const out = last.out.slice();
  for (const i of changed) if (last.at[i]! >= 0) out[last.at[i]!] = series[i]!;
  lastOfStage.set(stage, { series, out, at: last.at });
  return out;
}

/** Series beyond which a workbook is laid out as a book (the series table gets most of the window). */
const BOOK_SERIES = 40;

/** Whether a workbook reads as a budget book: it has stages, or more series than a page of panels shows. */
export const isBudgetBook = (wb: { series: readonly Series[] }): boolean =>
  wb.series.length > BOOK_SERIES || workbookStages(wb.series).length > 0;
