/** Formatting and parsing of 억원 amounts, percentages and typed numbers. */
import type { Lang } from './types';
import { unitLabel } from './units';

/** The BCP 47 locale of a UI language, for numbers and dates. */
export const localeOf = (lang: Lang): string => (lang === 'ko' ? 'ko-KR' : 'en-US');
const locale = localeOf;
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** A number with thousands separators and a fixed number of decimals ('' for null). */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return numberFormat(lang, digits).format(value);
}

/** How many decimals a number was written with (its shortest form; at most `max`): 3.69 → 2, 1615 → 0. */
export function decimalsOf(value: number, max = 6): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Rounding noise (0.1 + 0.2) is not a decimal anyone entered.
  const text = String(Math.abs(Number(value.toFixed(max))));
  if (text.includes('e')) return max;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(max, text.length - dot - 1);
}

/** A number as it was entered: thousands separators and its own decimals, never padded (1,615 · 3.69 · 0.115). */
export const formatEntered = (value: number | null | undefined, lang: Lang): string =>
  value === null || value === undefined ? '' : formatNumber(value, lang, decimalsOf(value));

/** A computed value (a derived series): its own decimals, at most two (10.43%, 8.59억원/개, 2,405). */
export const formatComputed = (value: number | null | undefined, lang: Lang): string =>
  value === null || value === undefined ? '' : formatNumber(value, lang, Math.min(2, decimalsOf(value)));

/** A fraction as a signed percentage, e.g. 0.115 → "+11.5%". */
export function formatPercent(fraction: number | null | undefined, lang: Lang, digits = 1, signed = true): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '';
  const pct = fraction * 100;
  const text = formatNumber(Math.abs(pct), lang, digits);
  const sign = pct < 0 && text !== formatNumber(0, lang, digits) ? '−' : signed && pct > 0 ? '+' : '';
  return `${sign}${text}%`;
}

/**
 * Parses a number the way analysts type it: "2,685", " 2685 ", "２，６８５" (full-width),
 * "△120" or "▲120" (Korean minus), "(120)", "−120". Returns null for empty input and NaN for garbage.
 */
export function parseNumberInput(text: string): number | null {
  let s = text.normalize('NFKC').trim();
  if (s === '' || s === '-') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[△▲−-]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/,/g, '');
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number.NaN;
  const n = Number(s);
  return negative ? -n : n;
}

/** Parses a percentage typed as "11.5", "11.5%" or "+11.5 %" into a fraction (0.115). */
export function parsePercentInput(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/%/g, '').replace(/^\+/, '').trim();
  const n = parseNumberInput(cleaned);
  return n === null || Number.isNaN(n) ? n : n / 100;
}

/** A value with its unit: "2,685억원" / "2,685 100M KRW"; "12.5%" for percent units. */
export function formatWithUnit(value: number | null | undefined, unit: string, lang: Lang, digits = 0): string {
  const n = formatNumber(value, lang, digits);
  if (!n) return '';
  if (unit === '%') return `${n}%`;
  if (lang === 'ko') return `${n}${unit}`;
  return unit ? `${n} ${unitLabel(unit, lang)}` : n;
}
