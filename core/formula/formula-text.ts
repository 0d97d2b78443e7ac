/** A formula's problems and gaps as sentences in a language (the UI's notice and hover, the CLI's error). */
import { formatMessage, type MessageKey } from '../messages';
import type { Lang, Series } from '../types';
import { derivedValueAt } from './derived-series';
import type { FormulaGap } from './formula-eval';
import type { FormulaProblem } from './formula-parse';

const unitName = (lang: Lang, unit: string) => (unit === '' ? formatMessage(lang, 'formula.noUnit') : unit);

/** Why a formula cannot be used, in one sentence. */
export function formulaProblemText(lang: Lang, p: FormulaProblem): string {
  const key = `formula.${p.code}` as MessageKey;
  switch (p.code) {
    case 'formulaCycle':
      return formatMessage(lang, key, { loop: p.names.map((n) => `[${n}]`).join(' → ') });
    case 'formulaUnits':
      return formatMessage(lang, key, { left: unitName(lang, p.left), right: unitName(lang, p.right) });
    default:
      return formatMessage(lang, key, { ...p });
  }
}

/** Why a derived series has no value in a year, in one sentence (the cell's hover). */
export function formulaGapText(lang: Lang, g: FormulaGap): string {
  const key = `formula.gap.${g.code}` as MessageKey;
  return formatMessage(lang, key, 'name' in g ? { name: g.name, ...('year' in g && { year: g.year }) } : {});
}

/** A derived series' cell hover: its formula, and why the year has no value when it has none (undefined for a plain series). */
export function formulaHover(all: readonly Series[], series: Series, year: number, lang: Lang): string | undefined {
  if (!series.formula) return undefined;
  const v = derivedValueAt(all, series.id, year);
  return v && !v.ok ? `${series.formula}\n${formulaGapText(lang, v.gap)}` : series.formula;
}
