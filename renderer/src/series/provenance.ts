/** Text of an imported value's source, shown on hover in the grids. */
import type { TFunction } from 'i18next';
import type { Provenance } from '../../../core/types';

/** "Source: file · sheet · C7 (백만원 × 0.01)" or undefined for values typed in the app. */
export function provenanceText(t: TFunction, source: Provenance | undefined): string | undefined {
  if (!source) return undefined;
  const base = t('import.source', { file: source.file, sheet: source.sheet, cell: source.cell });
  return source.factor !== 1 && source.unit ? base + t('import.sourceUnit', { unit: source.unit, factor: source.factor }) : base;
}
