/** Unsaved work found after a crash: what differs from the saved file, then restore, restore and save as, or discard. */
import { localeOf } from '../../../core/format';
import { useTranslation } from 'react-i18next';
import type { RecoveryPreview } from '../../../core/ipc-contract';
import type { Lang } from '../../../core/types';
import { blankWorkbook } from '../../../core/workbook-diff';
import { Modal } from '../shell/modal';
import { WorkbookDiffView } from './workbook-diff-view';

interface Props {
  preview: RecoveryPreview;
  lang: Lang;
  onRestore: (saveAs: boolean) => void;
  onDiscard: () => void;
  onLater: () => void;
}

/** The recovery dialog. */
export function RecoveryDialog({ preview, lang, onRestore, onDiscard, onLater }: Props) {
  const { t } = useTranslation();
  const { entry, workbook, saved } = preview;
  const time = new Date(entry.savedAt).toLocaleString(localeOf(lang));
  const before = saved ?? blankWorkbook('');
  return (
    <Modal
      title={t('recovery.title')}
      testId="recovery-dialog"
      onClose={onLater}
      wide
      footer={
        <>
          <button type="button" onClick={onLater}>
            {t('recovery.later')}
          </button>
          <button type="button" className="danger" onClick={onDiscard} data-testid="recovery-discard">
            {t('recovery.discard')}
          </button>
          <button type="button" onClick={() => onRestore(true)} data-testid="recovery-save-as">
            {t('recovery.restoreSaveAs')}
          </button>
          <button type="button" className="primary" onClick={() => onRestore(false)} data-testid="recovery-restore">
            {t('recovery.restore')}
          </button>
        </>
      }
    >
      <p>{t('recovery.intro', { title: entry.title || t('app.untitled'), time })}</p>
      <p className="muted">{entry.fileName ? t('recovery.ofFile', { name: entry.fileName }) : t('recovery.neverSaved')}</p>
      <h3>{t('recovery.fileChanged')}</h3>
      <WorkbookDiffView before={before} after={workbook} lang={lang} />
    </Modal>
  );
}
