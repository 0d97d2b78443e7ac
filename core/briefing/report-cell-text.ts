/**
 * How a report table's number reads, the same in every document renderer: thousands separators,
 * one decimal where the figure has one, rates with one decimal and %, years bare, and in Korean
 * reports △ for a negative (a government table's minus sign).
 */
import { formatNumber } from '../format';
import type { Lang } from '../types';
import type { ReportCell } from './briefing-content';
import { rateText } from './summary-sentences';

/** A report cell as text (an empty cell for no value). */
export function reportCellText(cell: ReportCell, lang: Lang): string {
  if (cell.kind === 'text') return cell.text;
  const v = cell.value;
  if (v === null) return '';
  if (cell.format === 'year') return String(v);
  // A table's minus is the ASCII one in English (as its whole numbers), so spreadsheets read the text back.
  if (cell.format === 'pct') return lang === 'en' ? rateText(v, lang).replace('−', '-') : rateText(v, lang);
  const digits = cell.format === 'one' ? 1 : 0;
  const abs = formatNumber(Math.abs(v), lang, digits);
  // "−0" and "△0" read as a fall where the rounded figure has none.
  const negative = v < 0 && abs !== formatNumber(0, lang, digits);
  return negative ? `${lang === 'ko' ? '△' : '-'}${abs}` : abs;
}
