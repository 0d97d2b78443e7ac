/**
 * Reading a value a person types or pastes into a cell: every notation the importer reads
 * (1,234 · １，２３４ · △120 · (120) · 12.5%) plus a money unit after the number (2,700억 · 0.27조 ·
 * 270,000백만원), converted into the unit of the series it goes into.
 */
import { readNumber } from './import/cell-values';
import { convertMoney, isMoneyUnit, MONEY_SUFFIXES } from './units';

/** The result of reading an entry: a value (null for an emptied cell), or why it cannot be read. */
export type EntryRead = { ok: true; value: number | null; unit: string | null } | { ok: false; reason: 'notNumber' | 'unitMismatch' };

/** Reads `text` as a value for a series in `unit`. */
export function readEntry(text: string, unit: string): EntryRead {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return { ok: true, value: null, unit: null };
  for (const [suffix, money] of MONEY_SUFFIXES) {
    if (!trimmed.endsWith(suffix)) continue;
    const n = readNumber(trimmed.slice(0, -suffix.length).trim());
    if (n.kind !== 'number' || n.percent) return { ok: false, reason: 'notNumber' };
    if (!isMoneyUnit(unit)) return { ok: false, reason: 'unitMismatch' };
    return { ok: true, value: convertMoney(n.value, money, unit), unit: money };
  }
  const n = readNumber(trimmed);
  if (n.kind === 'empty') return { ok: true, value: null, unit: null };
  if (n.kind !== 'number') return { ok: false, reason: 'notNumber' };
  // "11.5%" in a series kept in % is 11.5; elsewhere a percentage is not a value of the series.
  if (n.percent)
    return unit === '%' ? { ok: true, value: Math.round(n.value * 1e12) / 1e10, unit: '%' } : { ok: false, reason: 'notNumber' };
  return { ok: true, value: n.value, unit: null };
}
