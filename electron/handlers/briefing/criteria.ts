/**
 * COUNTIF criteria built from user text. A region named `*` or `<>부산` is a pattern or a comparison
 * to Excel; escaping the wildcards (~*, ~?, ~~) and starting with "=" makes it an exact match, so the
 * recalculated count equals the cached one. Excel compares text case-insensitively, so do we.
 */

/** The criterion text that matches `text` exactly. */
function exactCriterion(text: string): string {
  return `=${text.replace(/[~*?]/g, (c) => `~${c}`)}`;
}

/** The criterion as a string literal inside a formula. */
export function criterionLiteral(text: string): string {
  return `"${exactCriterion(text).replace(/"/g, '""')}"`;
}

/** Counts of values as COUNTIF with an exact criterion counts them: trimmed, case-insensitive; labels as first seen. */
export function exactCounts(values: Iterable<string>): { label: string; count: number }[] {
  const byKey = new Map<string, { label: string; count: number }>();
  for (const raw of values) {
    const label = raw.trim();
    const key = label.toLowerCase();
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { label, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ko'));
}
