/** Readable, unique ids for rows of a project file (c1, c2, … / s1, s2, …). */

/** The next free id `<prefix><N>` after the largest N among `items`' ids. */
export function nextPrefixedId(prefix: string, items: readonly { id: string }[]): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let max = 0;
  for (const item of items) {
    const m = pattern.exec(item.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}
