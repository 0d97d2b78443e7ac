/** The overlay of a running import, save or export: what it is, how far it is, and Cancel. */
import { useTranslation } from 'react-i18next';
import type { WorkStatus } from './use-work-progress';

const LABELS = { import: 'import.loading', save: 'work.saving', export: 'work.exporting' } as const;

/** Shown while work runs; a fraction of 0 (just started, or no measure) shows an indeterminate bar. */
export function WorkOverlay({ status, onCancel }: { status: WorkStatus; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="loading-overlay" role="status" data-testid="work-progress" data-task={status.task}>
      <div className="loading-box">
        <span>{t(LABELS[status.task])}</span>
        {status.fraction > 0 ? <progress max={1} value={status.fraction} /> : <progress />}
        <button type="button" onClick={onCancel} data-autofocus>
          {t('work.cancel')}
        </button>
      </div>
    </div>
  );
}
