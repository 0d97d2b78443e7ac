/** Finding the unit a table, a header or a label states in its text. */
import { isMoneyUnit } from '../units';

/**
 * Finds a unit in a piece of text: "(단위: 억원)", "단위:백만원", "(천원)", "예산(억원)", "전력량 (억㎾h)",
 * "< 분기별 동향(억 달러, 전년동기 대비, %) >" (the first unit of a list). The text is read NFKC-folded
 * (full-width letters, ㎾h as kWh), and the unit is returned as the file writes it (㎥ stays ㎥).
 * Returns null when there is none.
 */
export function findUnit(text: string): string | null {
  const folded = text.normalize('NFKC');
  const unit = findFoldedUnit(folded);
  return unit === null || folded === text ? unit : asWritten(text, unit);
}

/** The piece of `text` that folds to `unit` (cleaned as units are), or the folded unit when there is none. */
function asWritten(text: string, unit: string): string {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 1; j <= Math.min(chars.length, i + 12); j++) {
      const piece = chars.slice(i, j).join('');
      if (cleanUnit(piece.normalize('NFKC')) === unit && cleanUnit(piece) === piece.trim()) return cleanUnit(piece)!;
    }
  }
  return unit;
}

function findFoldedUnit(s: string): string | null {
  // A label that is only a unit: "%", "(%)", "(명)".
  const bare = cleanUnit(s.replace(/^[([]\s*|\s*[)\]]$/g, ''));
  if (
    bare &&
    /^[([]?\s*\S{1,6}\s*[)\]]?$/.test(s.trim()) &&
    (isMoneyUnit(bare) || KNOWN_UNIT.test(bare)) &&
    (bare === '%' || s.trim() !== bare || isMoneyUnit(bare))
  )
    return bare;
  const note = /단위\s*[:：]?\s*((?:천|만|백만|억|십억|조)\s+[^\s)\],]+|[^\s)\],]+)/.exec(s);
  if (note) return cleanUnit(note[1]!);
  const groups = [...s.matchAll(/[([]\s*([^()[\]]{1,40}?)\s*[)\]]/g)].map((m) => m[1]!);
  // The last parenthesis names the unit ("예산(억원)"); a list in it starts with the unit ("억 달러, %").
  for (const group of groups.reverse()) {
    const end = s.trimEnd().replace(/[>〉」』\s]+$/, '');
    if (!end.endsWith(')') && !end.endsWith(']') && !/^(?:천|백만|억|조)?원$/.test(group.trim())) continue;
    for (const part of group.split(/[,，/]/)) {
      const u = cleanUnit(part);
      if (u && (isMoneyUnit(u) || KNOWN_UNIT.test(u))) return u;
    }
    break;
  }
  return null;
}

// Units a label may carry in parentheses: counts with a Korean multiplier (천명, 만건, 개소), money in
// 원 or other currencies (억달러), SI-style measures (억kWh, ha, km2, m3, 천톤), and percentages.
// Anything else in parentheses is not a unit ("(AI)", "(1)", "(전년동기 대비)").
const KNOWN_UNIT =
  /^(?:(?:천|만|백만|억|십억|조)?(?:명|개|건|대|톤|가구|세대|호|회|개소|곳|종|점|달러|원|엔|유로|위안)|(?:천|만|백만|억)?(?:k|M|G|T)?(?:Wh|W|m[23]?|g|t|l|L|ha|toe|TOE)|USD|US\$|\$|%|‰|%p)$/;

function cleanUnit(u: string): string | null {
  // "억 달러" and "억달러" are one unit.
  const t = u
    .replace(/[:：]/g, '')
    .trim()
    .replace(/^(천|만|백만|억|십억|조)\s+/, '$1');
  return t.length === 0 || t.length > 10 ? null : t;
}
