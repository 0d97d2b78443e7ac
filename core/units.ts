/**
 * Units, in one place for every layer: which units the app offers, which are money and how money
 * converts (1억원 = 100백만원 = 100,000천원 = 10,000만원 = 100,000,000원; 1조원 = 10,000억원), what a
 * person may type after a number, and how a unit is named in English. The series table, the importer,
 * typed entries, the briefing and the dialogs all ask here.
 */

/** Money units we convert, smallest first. */
export const MONEY_UNITS = ['원', '천원', '만원', '백만원', '억원', '십억원', '조원'] as const;
/** A money unit. */
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** The unit a new workbook (and a new series in it) starts with. */
export const DEFAULT_UNIT: MoneyUnit = '억원';

/** Units the dialogs offer first (any other can be typed). */
export const COMMON_UNITS: readonly string[] = ['억원', '백만원', '조원', '십억원', '천원', '만원', '원', '명', '천명', '%', '건', '개'];

/** Each money unit as a power of ten of 원 (억원 = 10⁸원). */
const EXPONENT: Record<MoneyUnit, number> = { 원: 0, 천원: 3, 만원: 4, 백만원: 6, 억원: 8, 십억원: 9, 조원: 12 };

/** Whether a unit is a money unit we can convert. */
export const isMoneyUnit = (u: string | null | undefined): u is MoneyUnit => typeof u === 'string' && u in EXPONENT;

/** Factor that converts a value in `from` into `to` (both money units), e.g. 백만원 → 억원 = 0.01. */
export function conversionFactor(from: MoneyUnit, to: MoneyUnit): number {
  const d = EXPONENT[from] - EXPONENT[to];
  return d >= 0 ? 10 ** d : 1 / 10 ** -d;
}

/**
 * Converts a value between money units. Dividing by an exact power of ten (161,500 / 100) keeps
 * results exact where multiplying by 0.01 would give 1615.0000000000002.
 */
export function convertMoney(value: number, from: MoneyUnit, to: MoneyUnit): number {
  const d = EXPONENT[from] - EXPONENT[to];
  return d >= 0 ? value * 10 ** d : value / 10 ** -d;
}

/** `convertUnit` from `from` to `to` as one function, its power of ten worked out once (for a column of 160,000 values); null when they do not convert. */
export function unitConverter(from: string, to: string): ((value: number) => number) | null {
  if (from === to) return (v) => v;
  if (!isMoneyUnit(from) || !isMoneyUnit(to)) return null;
  const d = EXPONENT[from] - EXPONENT[to];
  const power = 10 ** Math.abs(d);
  return d >= 0 ? (v) => v * power : (v) => v / power;
}

/** A value in `from` expressed in `to`: the same unit passes, money converts, anything else cannot (null). */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  return isMoneyUnit(from) && isMoneyUnit(to) ? convertMoney(value, from, to) : null;
}

/** The factor `convertUnit` applies from `from` to `to` (1 for the same unit), or null when they do not convert. */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  return isMoneyUnit(from) && isMoneyUnit(to) ? conversionFactor(from, to) : null;
}

/** Money suffixes a person types after a number, longest first: every money unit, and 억 and 조 alone. */
export const MONEY_SUFFIXES: readonly (readonly [string, MoneyUnit])[] = [
  ...[...MONEY_UNITS].sort((a, b) => b.length - a.length).map((u) => [u, u] as const),
  ['억', '억원'] as const,
  ['조', '조원'] as const,
];

const ENGLISH_NAMES: Record<string, string> = {
  원: 'KRW',
  천원: 'KRW thousand',
  만원: 'KRW 10 thousand',
  백만원: 'KRW million',
  억원: '100M KRW',
  십억원: 'KRW billion',
  조원: 'KRW trillion',
  명: 'persons',
  천명: 'thousand persons',
  건: 'cases',
  개: 'units',
  개소: 'sites',
};

/** A unit as the UI and exports show it: Korean units as they are, English names for the common ones. */
export function unitLabel(unit: string, lang: 'ko' | 'en'): string {
  if (lang !== 'en') return unit;
  const known = ENGLISH_NAMES[unit];
  if (known) return known;
  // A formula's unit: a ratio or product of known units (억원/개 → 100M KRW per unit).
  const ratio = unit.split('/');
  if (ratio.length === 2 && ratio.every((u) => ENGLISH_NAMES[u] || u === '1'))
    return `${ENGLISH_NAMES[ratio[0]!] ?? '1'} per ${(ENGLISH_NAMES[ratio[1]!] ?? ratio[1]!).replace(/s$/, '')}`;
  const product = unit.split('·');
  if (product.length === 2 && product.every((u) => ENGLISH_NAMES[u])) return product.map((u) => ENGLISH_NAMES[u]).join(' × ');
  return unit;
}

/**
 * An amount of 1조 or more in 억원 written as Korean reports do, 조 and 억 (2조 6,850억원, 3조원), with
 * `format` for the numbers; null for any other unit or a smaller amount.
 */
export function joEokText(value: number, unit: string, format: (n: number) => string): string | null {
  const eokTotal = Math.round(Math.abs(value));
  if (unit !== '억원' || eokTotal < 10_000) return null;
  const jo = Math.floor(eokTotal / 10_000);
  const eok = eokTotal - jo * 10_000;
  return `${format(jo)}조${eok === 0 ? '원' : ` ${format(eok)}억원`}`;
}
