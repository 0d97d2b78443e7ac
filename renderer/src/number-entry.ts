/** A cell entry read into a series' unit (core's rule), in the shape the grids use. */
import { readEntry } from '../../core/number-entry';

/** The value to store, or not readable. */
export function readCellNumber(text: string, unit: string): { ok: true; value: number | null } | { ok: false } {
  const r = readEntry(text, unit);
  return r.ok ? { ok: true, value: r.value } : { ok: false };
}
