/** Reading cell values as agencies write them: numbers in many notations, years in many forms. */
import { parseNumberInput } from '../format';

/** A raw cell from a reader: text, number, or empty. */
export type RawValue = string | number | null;

/** Marks for "no value" in published tables. */
const EMPTY_MARKS = new Set(['', '-', '–', '—', '…', '...', 'x', 'X', 'n/a', 'N/A', '.']);

/** Result of reading a cell as a number: a value, empty, or text that is not a number. */
export type NumberRead = { kind: 'number'; value: number; percent: boolean } | { kind: 'empty' } | { kind: 'text' };

// Plain ASCII numbers ("2685", "-3.5", "1,234,567") take a fast path: most cells of a big file are like this.
const PLAIN_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
// Characters NFKC changes that agencies use: full-width forms, compatibility symbols (㎾), odd spaces.
const NEEDS_NFKC = /[\u00a0\u2000-\u33ff\uff00-\uffef]/;

/** Whether a cell is blank (null, empty or only spaces), without normalising it. */
export function isBlank(raw: RawValue): boolean {
  if (raw === null || raw === '') return true;
  if (typeof raw !== 'string') return false;
  // Most cells start with a visible character: no trimmed copy needed to know they are not blank.
  return raw.charCodeAt(0) > 32 && raw.charCodeAt(0) !== 0xa0 && raw.charCodeAt(0) !== 0x3000 ? false : raw.trim() === '';
}

/** The number a plain ASCII numeral cell holds ("2685", "-3.5", "1,234"), else undefined: the common case, without allocating. */
export function plainNumber(raw: RawValue): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (raw === null || !PLAIN_NUMBER.test(raw)) return undefined;
  return raw.length <= 15 && !raw.includes('.') ? plainInteger(raw) : Number(raw.replace(/,/g, ''));
}

/** A plain integer's value read digit by digit (15 characters at most: exact): a budget book has 160,000 of them, and no string is made per cell. */
function plainInteger(raw: string): number {
  let value = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
  }
  return raw.charCodeAt(0) === 45 ? -value : value;
}

/** True when a cell holds text that is not a number (and not empty). Allocation-free for the common cases. */
export function isNonNumericText(raw: RawValue): boolean {
  if (raw === null || typeof raw === 'number') return false;
  if (raw === '' || PLAIN_NUMBER.test(raw)) return false;
  return readNumber(raw).kind === 'text';
}

/**
 * Reads a cell as a number: 1,234 / １，２３４ (full-width) / △120 and ▲120 (decreases) / (120) /
 * 12.5% (as 0.125) / numbers stored as text. "-" or blank are empty.
 */
export function readNumber(raw: RawValue): NumberRead {
  if (raw === null) return { kind: 'empty' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw, percent: false } : { kind: 'text' };
  const plain = raw.trim();
  if (PLAIN_NUMBER.test(plain))
    return { kind: 'number', value: Number(plain.includes(',') ? plain.replace(/,/g, '') : plain), percent: false };
  const s = NEEDS_NFKC.test(plain) ? plain.normalize('NFKC').trim() : plain;
  if (EMPTY_MARKS.has(s)) return { kind: 'empty' };
  const percent = s.endsWith('%');
  const n = parseNumberInput(percent ? s.slice(0, -1) : s);
  if (n === null) return { kind: 'empty' };
  if (Number.isNaN(n)) return { kind: 'text' };
  return { kind: 'number', value: percent ? n / 100 : n, percent };
}

/**
 * Whether text holds only printable ASCII, Hangul syllables and single spaces: what most cells hold, and
 * text that neither NFKC nor space folding changes (checked without a regular expression per cell).
 */
function isPlainText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f) || (c >= 0xac00 && c <= 0xd7a3)) continue;
    if (c === 0x20 && s.charCodeAt(i + 1) !== 0x20) continue;
    return false;
  }
  return true;
}

/** Plain text of a cell, trimmed and with compatibility characters folded (㎾ → kW, full-width → ASCII). */
export function cellText(raw: RawValue): string {
  if (raw === null) return '';
  if (typeof raw === 'number') return String(raw);
  if (isPlainText(raw)) return raw.trim();
  const s = NEEDS_NFKC.test(raw) ? raw.normalize('NFKC') : raw;
  return /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/**
 * Reads a year written as 2022, "2022", 2022년, 2022년도, FY2022, '22, `25, 22년.
 * Two-digit years are 2000–2049 below 50 and 1950–1999 otherwise. Returns null for anything else.
 */
export function readYear(raw: RawValue): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1900 && raw <= 2100 ? raw : null;
  if (raw === null || raw.length > 12) return null;
  const s = cellText(raw).replace(/\s/g, '');
  let m = /^(?:FY)?(\d{4})(?:년도|년)?$/i.exec(s);
  if (m) {
    const y = Number(m[1]);
    return y >= 1900 && y <= 2100 ? y : null;
  }
  m = /^(?:['`’‘](\d{2})|(\d{2})년(?:도)?)$/.exec(s);
  if (m) {
    const yy = Number(m[1] ?? m[2]);
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }
  return null;
}
