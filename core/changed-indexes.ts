/**
 * Where a new array of series differs from the last one: an edit of one value makes a new array with
 * one new object in it. What is computed per array (a stage's series, the table's sums) is patched at
 * those places instead of being computed again over a budget book's 20,000 series.
 */

/** Indexes where `after` holds another object than `before`, or null when their lengths differ or more than `max` places changed. */
export function changedIndexes<T>(before: readonly T[], after: readonly T[], max: number): number[] | null {
  if (before.length !== after.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    if (after[i] === before[i]) continue;
    if (changed.length >= max) return null;
    changed.push(i);
  }
  return changed;
}

/** A change small enough to patch: at most an eighth of the series (more, and computing afresh is as quick). */
export const patchLimit = (length: number): number => Math.max(8, length >> 3);
