/** Header synonyms that map an agency's column to a center field. */
import type { CenterField } from '../types';
import { isFigureColumn, type ColumnType, type MappingConfidence } from './import-table';

export type { MappingConfidence } from './import-table';

const SYNONYMS: Record<CenterField, string[]> = {
  name: ['센터명', '센터', '센터이름', '연구기반센터', '연구기반센터명', '센터명칭', '명칭', 'center', 'centername', 'name'],
  institution: [
    '기관명',
    '운영기관',
    '운영기관명',
    '주관기관',
    '주관기관명',
    '기관',
    '수행기관',
    'institution',
    'operator',
    'organization',
  ],
  region: ['지역', '소재지', '시도', '시·도', '광역시도', '소재지역', '시도본부', '위치', '소재', '권역', 'region', 'province', 'location'],
  field: ['분야', '기술분야', '산업분야', '지원분야', '전문분야', 'field', 'sector', 'area'],
  established: ['구축연도', '구축년도', '설립연도', '설립년도', '개소연도', '개소년도', '구축시기', 'established', 'year'],
  equipment: ['장비수', '장비', '보유장비', '보유장비수', '장비대수', '구축장비', 'equipment', 'equipmentcount'],
};

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-·.()]/g, '')
    .replace(/\(.*?\)/g, '');

/** A header's field and how sure that is. */
export interface FieldMatch {
  field: CenterField;
  confidence: MappingConfidence;
}

/** The center field a header names, by exact synonym first, then by a synonym it ends with (e.g. "119안전센터명"). */
export function fieldForHeader(header: string): FieldMatch | null {
  const h = norm(header.replace(/\(.*?\)/g, ''));
  if (!h) return null;
  for (const [field, words] of Object.entries(SYNONYMS) as [CenterField, string[]][])
    if (words.some((w) => norm(w) === h)) return { field, confidence: 'exact' };
  for (const [field, words] of Object.entries(SYNONYMS) as [CenterField, string[]][])
    if (words.some((w) => norm(w).length >= 2 && h.endsWith(norm(w)))) return { field, confidence: 'partial' };
  return null;
}

/** Maps headers to fields, each field at most once (an exact match wins over a partial one, then the first column). */
export function mapHeaders(headers: readonly string[]): (FieldMatch | null)[] {
  const matches = headers.map(fieldForHeader);
  const winner = new Map<CenterField, number>();
  matches.forEach((m, i) => {
    if (!m) return;
    const at = winner.get(m.field);
    if (at === undefined || (matches[at]!.confidence === 'partial' && m.confidence === 'exact')) winner.set(m.field, i);
  });
  return matches.map((m, i) => (m && winner.get(m.field) === i ? m : null));
}

/**
 * Whether a column of `type` can fill a use: text fields take text (a date column stays its text), years
 * and counts take numbers or years; an extra or ignored column takes anything. A column of numbers is
 * never a 운영기관. Detection's mapping and the dialog's choices both ask this.
 */
export function fitsField(use: CenterField | 'extra' | 'ignore', type: ColumnType): boolean {
  if (use === 'extra' || use === 'ignore') return true;
  if (use === 'established' || use === 'equipment') return isFigureColumn(type);
  return type === 'text' || type === 'date';
}
