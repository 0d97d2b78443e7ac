/** The review of a paste that changes more than one cell, or has values it cannot use: before → after, and why some are left out. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import { unitLabel } from '../../../core/units';
import type { CellValue, SheetPlan } from '../../../core/sheet/sheet-plan';
import type { Lang } from '../../../core/types';
import { Modal } from '../shell/modal';
import { cellName, problemReason } from './sheet-text';

interface Props {
  plan: SheetPlan;
  lang: Lang;
  header: (colId: string) => string;
  onApply: () => void;
  onCancel: () => void;
}

// A review lists this many rows of each kind; the rest are counted.
const SHOWN = 200;

const show = (v: CellValue, lang: Lang, year?: boolean) =>
  v === null || v === '' ? '—' : typeof v === 'number' ? (year ? String(v) : formatNumber(v, lang, Number.isInteger(v) ? 0 : 2)) : v;

/** The paste review dialog (Enter applies, Escape cancels). */
export function PasteReview({ plan, lang, header, onApply, onCancel }: Props) {
  const { t } = useTranslation();
  const n = plan.changes.length;
  return (
    <Modal
      title={t('sheet.pasteTitle')}
      testId="paste-review"
      wide
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel} data-testid="paste-cancel">
            {t('sheet.cancel')}
          </button>
          {/* Autofocused, so Enter applies the paste. */}
          <button type="button" className="primary" onClick={onApply} disabled={n === 0} data-autofocus data-testid="paste-apply">
            {t('sheet.apply', { count: n })}
          </button>
        </>
      }
    >
      <div className="diff" data-testid="paste-diff">
        <p className="diff-summary">
          <span className="changed">{n > 0 ? t('sheet.pasteChanges', { count: n }) : t('sheet.pasteNothing')}</span>
          {plan.added.rows > 0 && <span className="added"> · {t('sheet.addedRows', { count: plan.added.rows })}</span>}
          {plan.added.years > 0 && <span className="added"> · {t('sheet.addedYears', { count: plan.added.years })}</span>}
          {plan.problems.length > 0 && <span className="removed"> · {t('sheet.problems', { count: plan.problems.length })}</span>}
        </p>
        {n > 0 && (
          <table className="review-table">
            <thead>
              <tr>
                <th scope="col">{t('sheet.where')}</th>
                <th scope="col">{t('sheet.before')}</th>
                <th scope="col">{t('sheet.after')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.changes.slice(0, SHOWN).map((c, i) => (
                <tr key={i} className={c.where.newRow ? 'added' : undefined}>
                  <td>{cellName(t, c.where, header)}</td>
                  <td className="num">{show(c.before, lang, c.year)}</td>
                  <td className="num">
                    <strong>{show(c.after, lang, c.year)}</strong>
                    {c.unit && typeof c.after === 'number' && <span className="muted"> {unitLabel(c.unit, lang)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {n > SHOWN && <p className="muted">{t('sheet.more', { count: n - SHOWN })}</p>}
        {plan.problems.length > 0 && (
          <section className="diff-section" data-testid="paste-problems">
            <h3>{t('sheet.problems', { count: plan.problems.length })}</h3>
            <p className="muted">{t('sheet.problemsHint')}</p>
            <table className="review-table">
              <thead>
                <tr>
                  <th scope="col">{t('sheet.where')}</th>
                  <th scope="col">{t('sheet.text')}</th>
                  <th scope="col">{t('sheet.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.problems.slice(0, SHOWN).map((p, i) => (
                  <tr key={i} className="removed">
                    <td>{cellName(t, p.where, header)}</td>
                    <td>{p.text || '—'}</td>
                    <td>{problemReason(t, lang, p.problem)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {plan.problems.length > SHOWN && <p className="muted">{t('sheet.more', { count: plan.problems.length - SHOWN })}</p>}
          </section>
        )}
      </div>
    </Modal>
  );
}
