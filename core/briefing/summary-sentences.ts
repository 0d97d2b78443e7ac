/**
 * The sentences a report's 개조식 summary is made of, generated from the figures (groundwork of issue
 * #20's briefing content model; every output document will render these same sentences):
 *   □ 2026년 예산 총액은 2,685억원으로 전년(2,408억원) 대비 277억원(11.5%) 증가
 *   ○ 11.5% 증가가 지속될 경우 2030년 4,150억원 전망
 *   ○ 2030년 4,000억원 달성에 필요한 연평균 증가율 10.5%
 * Korean report conventions: 억원 amounts from 1조 upward as "2조 6,850억원", △ for a decrease, one
 * decimal for rates, particles chosen by the word before them (core/messages resolves them).
 */
import { formatNumber } from '../format';
import { formatMessage, type MessageKey, type MessageParams } from '../messages';
import type { Lang } from '../types';
import { joEokText, unitLabel } from '../units';

/** A year's value. */
export interface YearValue {
  year: number;
  value: number;
}

const say = (lang: Lang, key: string, params: MessageParams) => formatMessage(lang, `summary.${key}` as MessageKey, params);

/** An amount with its unit as a report writes it: 2,685억원, 2조 6,850억원, 1,234명; in English 2,685 (100M KRW). */
export function amountText(value: number, unit: string, lang: Lang, digits = 0): string {
  const round = (v: number) => formatNumber(v, lang, digits);
  if (lang === 'en') return unit ? `${round(value)} (${unitLabel(unit, lang)})` : round(value);
  const abs = Math.abs(value);
  const sign = value < 0 ? '△' : '';
  const large = joEokText(abs, unit, (n) => formatNumber(n, lang));
  if (large) return `${sign}${large}`;
  return `${sign}${round(abs)}${unit === '%' ? '%' : unit}`;
}

/** A rate as a report writes it: one decimal, △ for a fall in Korean (11.5%, △3.0%). */
export function rateText(rate: number, lang: Lang): string {
  const pct = formatNumber(Math.abs(rate * 100), lang, 1);
  if (lang === 'en') return `${rate < 0 ? '−' : ''}${pct}%`;
  return `${rate < 0 && pct !== formatNumber(0, lang, 1) ? '△' : ''}${pct}%`;
}

/**
 * The headline: a year's value and its change on the year before it (or on the last earlier year with a
 * value, named), or the value alone when there is none to compare with.
 */
export function changeSentence(lang: Lang, name: string, unit: string, latest: YearValue, before: YearValue | null): string {
  const value = amountText(latest.value, unit, lang);
  if (!before) return say(lang, 'valueOnly', { year: latest.year, name, value });
  const then = before.year === latest.year - 1 ? say(lang, 'previousYear', {}) : say(lang, 'thatYear', { year: before.year });
  const beforeValue = amountText(before.value, unit, lang);
  const diff = latest.value - before.value;
  if (formatNumber(diff, lang) === formatNumber(0, lang) || diff === 0)
    return say(lang, 'unchanged', { year: latest.year, name, value, then, before: beforeValue });
  const rate = before.value === 0 ? null : diff / Math.abs(before.value);
  const by = amountText(Math.abs(diff), unit, lang);
  return say(lang, diff > 0 ? 'increase' : 'decrease', {
    year: latest.year,
    name,
    value,
    then,
    before: beforeValue,
    by: diff < 0 && lang === 'ko' ? `△${by}` : by,
    // Korean marks the fall's rate with △ as well; English says "down" once.
    rate: rate === null ? '' : say(lang, 'rateInBrackets', { rate: rateText(lang === 'ko' ? rate : Math.abs(rate), lang) }),
  });
}

/** A projection: at a constant rate ("11.5% 증가가 지속될 경우"), or by a named scenario. */
export function projectionSentence(lang: Lang, unit: string, end: YearValue, how: { rate: number } | { scenario: string }): string {
  const value = amountText(end.value, unit, lang, 0);
  if ('rate' in how)
    return say(lang, how.rate < 0 ? 'projectedFall' : 'projectedRate', { rate: rateText(Math.abs(how.rate), lang), year: end.year, value });
  return say(lang, 'projectedScenario', { scenario: how.scenario, year: end.year, value });
}

/** What reaching a target takes: the constant yearly rate from the last actual year. */
export function goalSentence(lang: Lang, unit: string, target: YearValue, rate: number): string {
  return say(lang, 'goal', { year: target.year, value: amountText(target.value, unit, lang), rate: rateText(rate, lang) });
}
