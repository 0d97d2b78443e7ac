/** Cell write problems in words: a sentence for a typed value, a short reason for the paste review. */
import type { TFunction } from 'i18next';
import { editProblemText } from '../../../core/edit-checks';
import type { CellLabel, CellProblem, WriteProblem } from '../../../core/sheet/sheet-plan';
import type { Lang } from '../../../core/types';

/** Why a cell did not take its value, briefly (a column of the paste review). */
export function problemReason(t: TFunction, lang: Lang, p: WriteProblem): string {
  if (p.code === 'edit') return editProblemText(lang, p.problem);
  if (p.code === 'unitMismatch') return t('sheet.problem.unitMismatch', { unit: p.unit || '—' });
  return t(`sheet.problem.${p.code}`);
}

/** The notice for a typed value a cell cannot take: what is wrong and what would be accepted. */
export function problemNotice(t: TFunction, lang: Lang, problem: CellProblem): string {
  const p = problem.problem;
  const text = problem.text.trim();
  switch (p.code) {
    case 'edit':
      return editProblemText(lang, p.problem);
    case 'unitMismatch':
      return t('notice.unitMismatch', { text, unit: p.unit || '—' });
    case 'notNumber':
    case 'notYear':
    case 'notCount':
      return t(`notice.${p.code}`, { text });
    case 'readOnly':
      return t('notice.readOnly');
    case 'emptyName':
      return t('notice.emptyName');
    case 'outside':
      return t('sheet.problem.outside');
  }
}

/** A cell named as a person reads it: "예산 총액 · 2024", "새 행 1 · 센터명". */
export function cellName(t: TFunction, where: CellLabel, header: (colId: string) => string): string {
  const row = where.newRow ? t('sheet.newRow', { n: where.newRow }) : where.row;
  const col = header(where.colId);
  return [row, col].filter(Boolean).join(' · ');
}
