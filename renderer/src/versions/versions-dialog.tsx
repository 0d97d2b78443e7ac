/** Named versions kept in the project file: save one, compare any with now, restore one (one undoable edit), delete. */
import { localeOf } from '../../../core/format';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../core/limits';
import type { Lang, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { Modal } from '../shell/modal';
import { WorkbookDiffView } from './workbook-diff-view';

interface Props {
  workbook: Workbook;
  lang: Lang;
  onEdit: (edit: WorkbookEdit) => void;
  onNotify: (text: string) => void;
  onClose: () => void;
}

/** The versions dialog. */
export function VersionsDialog({ workbook, lang, onEdit, onNotify, onClose }: Props) {
  const { t } = useTranslation();
  const date = (iso: string) => new Date(iso).toLocaleString(localeOf(lang), { dateStyle: 'short', timeStyle: 'short' });
  const [label, setLabel] = useState(() => t('versions.labelDefault', { date: new Date().toLocaleDateString(localeOf(lang)) }));
  const [comparing, setComparing] = useState<string | null>(null);
  const versions = [...workbook.versions].reverse();
  const oldest = workbook.versions[0];
  const full = workbook.versions.length >= LIMITS.versions;
  const compared = workbook.versions.find((v) => v.id === comparing);

  const save = () => {
    const id = `v${Date.now().toString(36)}`;
    onEdit({ kind: 'saveVersion', id, label: label.trim() || id, createdAt: new Date().toISOString() });
    onNotify(t('versions.saved', { label: label.trim() || id }));
  };

  return (
    <Modal
      title={t('versions.title')}
      testId="versions-dialog"
      onClose={onClose}
      wide
      footer={
        <button type="button" onClick={onClose}>
          {t('versions.close')}
        </button>
      }
    >
      <div className="field-row wrap">
        <label className="field wide">
          <span>{t('versions.label')}</span>
          <input value={label} maxLength={LIMITS.versionLabel} onChange={(e) => setLabel(e.target.value)} data-testid="version-label" />
        </label>
        <button type="button" className="primary" onClick={save} data-testid="version-save">
          {t('versions.save')}
        </button>
      </div>
      {full && oldest && (
        <p className="field-warning" data-testid="version-prune-warning">
          {t('versions.pruneWarning', { max: LIMITS.versions, label: oldest.label })}
        </p>
      )}
      {versions.length === 0 ? (
        <p className="empty-state">{t('versions.empty')}</p>
      ) : (
        <ul className="version-list" data-testid="version-list">
          {versions.map((v) => (
            <li key={v.id} className={v.id === comparing ? 'active' : undefined}>
              <div>
                <strong>{v.label}</strong> <span className="muted">{t('versions.createdAt', { time: date(v.createdAt) })}</span>
              </div>
              <div className="button-group">
                <button
                  type="button"
                  onClick={() => setComparing(v.id === comparing ? null : v.id)}
                  data-testid={`version-compare-${v.id}`}
                >
                  {t('versions.compare')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onEdit({ kind: 'restoreVersion', id: v.id });
                    onNotify(t('versions.restored', { label: v.label }));
                  }}
                  data-testid={`version-restore-${v.id}`}
                >
                  {t('versions.restore')}
                </button>
                <button type="button" className="danger" onClick={() => onEdit({ kind: 'removeVersion', id: v.id })}>
                  {t('versions.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {compared && (
        <section>
          <h3>{t('versions.diffTitle', { label: compared.label })}</h3>
          <WorkbookDiffView before={compared.snapshot} after={workbook} lang={lang} />
        </section>
      )}
    </Modal>
  );
}
