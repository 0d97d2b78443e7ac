/** The common derived series built without typing (share, real terms, per unit, difference, YoY %), and name completion for typed formulas. */

/** A preset's kind, in the order the dialog offers them. */
export const FORMULA_PRESETS = ['share', 'real', 'perUnit', 'difference', 'yoy'] as const;
/** One of them. */
export type FormulaPreset = (typeof FORMULA_PRESETS)[number];

/** Whether a preset needs a second series (the deflator, the per-unit count, the subtracted series). */
export const presetNeedsSecond = (p: FormulaPreset): boolean => p === 'real' || p === 'perUnit' || p === 'difference';

/** The formula a preset builds from the series it was given. */
export function presetFormula(preset: FormulaPreset, a: string, b: string, baseYear: number): string {
  switch (preset) {
    case 'share':
      return `=SHARE([${a}])`;
    case 'real':
      return `=REAL([${a}], [${b}], ${baseYear})`;
    case 'perUnit':
      return `=[${a}] / [${b}]`;
    case 'difference':
      return `=[${a}] - [${b}]`;
    case 'yoy':
      return `=YOY([${a}])`;
  }
}

/** What the user is typing inside an unclosed `[` at the caret: the text typed so far and where it starts. */
export function nameAtCaret(text: string, caret: number): { from: number; typed: string } | null {
  const open = text.lastIndexOf('[', caret - 1);
  if (open < 0 || text.lastIndexOf(']', caret - 1) > open) return null;
  return { from: open + 1, typed: text.slice(open + 1, caret) };
}

/** Series names that complete what is typed (those starting with it first), at most `max`. */
export function completeName(names: readonly string[], typed: string, max = 8): string[] {
  const q = typed.trim().toLowerCase();
  const starts = names.filter((n) => n.toLowerCase().startsWith(q));
  const contains = names.filter((n) => !n.toLowerCase().startsWith(q) && n.toLowerCase().includes(q));
  return [...starts, ...contains].slice(0, max);
}

/** The formula with the name at the caret completed (and its `]` closed); the caret goes after it. */
export function insertName(text: string, caret: number, name: string): { text: string; caret: number } {
  const at = nameAtCaret(text, caret);
  if (!at) return { text: `${text.slice(0, caret)}[${name}]${text.slice(caret)}`, caret: caret + name.length + 2 };
  const rest = text.slice(caret);
  const close = rest.indexOf(']');
  const after = close >= 0 && !rest.slice(0, close).includes('[') ? rest.slice(close + 1) : rest;
  const head = `${text.slice(0, at.from)}${name}]`;
  return { text: head + after, caret: head.length };
}
