/** Text of an imported value's source, shown on hover in the grids. */
import type { TFunction } from 'i18next';
import { formatEntered } from '../../../core/format';
import type { Lang, Provenance } from '../../../core/types';

/**
 * "출처: file · sheet · C7 (백만원 × 0.01) · 기간: 2011.10월 누계 기준/잠정", or undefined for values typed in the app.
 * A CSV's one sheet is the file itself: it is named once.
 */
export function provenanceText(t: TFunction, source: Provenance | undefined, lang: Lang): string | undefined {
  if (!source) return undefined;
  const where = [source.file, source.sheet !== source.file ? source.sheet : null, source.cell].filter(Boolean).join(' · ');
  const unit =
    source.factor !== 1 && source.unit ? t('import.sourceUnit', { unit: source.unit, factor: formatEntered(source.factor, lang) }) : '';
  const period = source.period ? t('import.sourcePeriod', { period: source.period }) : '';
  return t('import.source', { where }) + unit + period;
}
