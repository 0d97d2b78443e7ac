/** Names and one-line descriptions of projection methods, from the message catalogs. */
import { formatNumber, formatPercent } from './format';
import { formatMessage } from './messages';
import type { MethodKind, MethodParameters } from './projection-methods';
import type { Lang } from './types';

/** Name of a method kind. */
export const methodName = (kind: MethodKind, lang: Lang): string => formatMessage(lang, `methods.${kind}`);

/** What a method assumed, e.g. "CAGR 2022–2026: 연 +13.6%" or "선형 추세 2022–2026: 연 +257.9". */
export function describeMethod(kind: MethodKind, p: MethodParameters, lang: Lang): string {
  const name = methodName(kind, lang);
  const window = p.window ? ` ${p.window.from}–${p.window.to}` : '';
  if (p.children !== undefined) return formatMessage(lang, 'methods.children', { name, count: p.children });
  if (kind === 'linear' && p.slope !== undefined) {
    const slope = `${p.slope >= 0 ? '+' : '−'}${formatNumber(Math.abs(p.slope), lang, 1)}`;
    return formatMessage(lang, 'methods.slope', { name, window, slope });
  }
  if (kind === 'custom' && p.rates)
    return formatMessage(lang, 'methods.rates', { name, rates: p.rates.map((r) => formatPercent(r, lang)).join(', ') });
  if (p.rate !== undefined) return formatMessage(lang, 'methods.rate', { name, window, rate: formatPercent(p.rate, lang) });
  return name;
}
