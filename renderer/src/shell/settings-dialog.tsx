/** Settings on this machine: the briefing's author and the CSV encoding. */
import { useTranslation } from 'react-i18next';
import { updateSettings, useSettings } from './settings';
import { Modal } from './modal';

/** The settings dialog. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Modal
      title={t('settings.title')}
      testId="settings-dialog"
      onClose={onClose}
      footer={
        <button type="button" onClick={onClose}>
          {t('settings.close')}
        </button>
      }
    >
      <div className="form-grid">
        <label className="field">
          <span>{t('settings.author')}</span>
          <input
            value={settings.author}
            maxLength={200}
            onChange={(e) => updateSettings({ author: e.target.value })}
            data-testid="settings-author"
          />
          <span className="muted hint">{t('settings.authorHint')}</span>
        </label>
        <label className="field">
          <span>{t('settings.csvEncoding')}</span>
          <select
            value={settings.csvEncoding}
            onChange={(e) => updateSettings({ csvEncoding: e.target.value === 'cp949' ? 'cp949' : 'utf8-bom' })}
            data-testid="settings-csv-encoding"
          >
            <option value="utf8-bom">{t('csv.utf8')}</option>
            <option value="cp949">{t('csv.cp949')}</option>
          </select>
        </label>
      </div>
    </Modal>
  );
}
