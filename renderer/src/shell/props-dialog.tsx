/** The workbook's properties — title, programme, source note, default unit — edited in one undoable step. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../core/limits';
import type { Workbook } from '../../../core/types';
import type { WorkbookEdit, WorkbookProps } from '../../../core/workbook-edits';
import { Modal } from './modal';
import { COMMON_UNITS } from '../../../core/units';

/** The properties dialog. */
export function PropsDialog({
  workbook,
  onEdit,
  onClose,
}: {
  workbook: Workbook;
  onEdit: (edit: WorkbookEdit) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WorkbookProps>({
    title: workbook.title,
    programme: workbook.programme,
    source: workbook.source,
    defaultUnit: workbook.defaultUnit,
  });
  const set = (key: keyof WorkbookProps) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const apply = () => {
    const patch = Object.fromEntries(
      Object.entries(draft).filter(([k, v]) => workbook[k as keyof WorkbookProps] !== v),
    ) as Partial<WorkbookProps>;
    if (Object.keys(patch).length) onEdit({ kind: 'setProps', patch });
    onClose();
  };
  return (
    <Modal
      title={t('props.title')}
      testId="props-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('props.cancel')}
          </button>
          <button type="button" className="primary" onClick={apply} data-testid="props-apply">
            {t('props.apply')}
          </button>
        </>
      }
    >
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label className="field">
          <span>{t('props.titleLabel')}</span>
          <input value={draft.title} maxLength={LIMITS.title} onChange={set('title')} data-testid="props-title" data-autofocus />
        </label>
        <label className="field">
          <span>{t('props.programme')}</span>
          <input value={draft.programme} maxLength={LIMITS.programme} onChange={set('programme')} data-testid="props-programme" />
        </label>
        <label className="field">
          <span>{t('props.source')}</span>
          <textarea value={draft.source} maxLength={LIMITS.source} rows={3} onChange={set('source')} data-testid="props-source" />
        </label>
        <label className="field">
          <span>{t('props.defaultUnit')}</span>
          <input
            value={draft.defaultUnit}
            maxLength={LIMITS.unit}
            list="common-units"
            onChange={set('defaultUnit')}
            data-testid="props-unit"
          />
          <datalist id="common-units">
            {COMMON_UNITS.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        </label>
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
