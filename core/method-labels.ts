/** Human-readable names and one-line descriptions of projection methods, in Korean and English. */
import { formatNumber, formatPercent } from './format';
import type { MethodKind, MethodParameters } from './projection-methods';
import type { Lang } from './types';

const names: Record<Lang, Record<MethodKind, string>> = {
  ko: { growth: '반복 성장', cagr: 'CAGR', average: '평균 증감률', linear: '선형 추세', custom: '연도별 성장률' },
  en: { growth: 'Repeat growth', cagr: 'CAGR', average: 'Average change', linear: 'Linear trend', custom: 'Custom rates' },
};

/** Name of a method kind. */
export const methodName = (kind: MethodKind, lang: Lang): string => names[lang][kind];

/** What a method assumed, e.g. "CAGR 2022–2026: +13.6%/yr" or "선형 추세 2022–2026: 연 +257.9". */
export function describeMethod(kind: MethodKind, p: MethodParameters, lang: Lang): string {
  const name = methodName(kind, lang);
  const window = p.window ? ` ${p.window.from}–${p.window.to}` : '';
  const perYear = lang === 'ko' ? '연 ' : '';
  const suffix = lang === 'ko' ? '' : '/yr';
  if (kind === 'linear' && p.slope !== undefined)
    return `${name}${window}: ${perYear}${p.slope >= 0 ? '+' : '−'}${formatNumber(Math.abs(p.slope), lang, 1)}${suffix}`;
  if (kind === 'custom' && p.rates) return `${name}: ${p.rates.map((r) => formatPercent(r, lang)).join(', ')}`;
  if (p.rate !== undefined) return `${name}${window}: ${perYear}${formatPercent(p.rate, lang)}${suffix}`;
  return name;
}
