/** Money units of Korean tables and their conversion to 억원 (1억원 = 100백만원 = 100,000천원 = 100,000,000원; 1조원 = 10,000억원). */

/** Money units we convert. */
export const MONEY_UNITS = ['원', '천원', '백만원', '억원', '조원'] as const;
/** A money unit. */
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Each unit as a power of ten of 원 (억원 = 10⁸원). */
const EXPONENT: Record<MoneyUnit, number> = { 원: 0, 천원: 3, 백만원: 6, 억원: 8, 조원: 12 };

/** Whether a unit is a money unit we can convert. */
export const isMoneyUnit = (u: string | null): u is MoneyUnit => u !== null && (MONEY_UNITS as readonly string[]).includes(u);

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

/**
 * Finds a unit in a piece of text: "(단위: 억원)", "단위:백만원", "(천원)", "예산(억원)", "전력량 (억㎾h)".
 * Text is NFKC-folded first, so ㎾h reads as kWh. Returns null when there is none.
 */
export function findUnit(text: string): string | null {
  const s = text.normalize('NFKC');
  const note = /단위\s*[:：]?\s*([^\s)\],]+)/.exec(s);
  if (note) return cleanUnit(note[1]!);
  const paren = /[([]\s*([^()[\]]{1,12}?)\s*[)\]]\s*$/.exec(s) ?? /[([]\s*((?:천|백만|억|조)?원)\s*[)\]]/.exec(s);
  if (paren) {
    const u = cleanUnit(paren[1]!);
    if (u && (isMoneyUnit(u) || KNOWN_UNIT.test(u))) return u;
  }
  return null;
}

// Units a label may carry in parentheses: counts with a Korean multiplier (천명, 만건, 개소), SI-style
// measures (억kWh, ha, km2, m3, 천톤), and percentages. Anything else in parentheses is not a unit ("(AI)", "(1)").
const KNOWN_UNIT =
  /^(?:(?:천|만|백만|억|조)?(?:명|개|건|대|톤|가구|세대|호|회|개소|곳|종|점|달러|원)|(?:천|만|백만|억)?(?:k|M|G|T)?(?:Wh|W|m[23]?|g|t|l|L|ha|toe|TOE)|USD|US\$|\$|%|‰|%p)$/;

function cleanUnit(u: string): string | null {
  const t = u.replace(/[:：]/g, '').trim();
  return t.length === 0 || t.length > 10 ? null : t;
}
