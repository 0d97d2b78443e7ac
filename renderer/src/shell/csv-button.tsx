/** "CSV" export of a grid; the encoding is a setting (UTF-8 with BOM for Excel, or CP949), not a choice next to every button. */
import { useTranslation } from 'react-i18next';
import { useSettings } from './settings';

/** The CSV button of a grid; `onExport` does the work. */
export function CsvButton({ onExport, testId }: { onExport: () => void; testId?: string }) {
  const { t } = useTranslation();
  const { csvEncoding } = useSettings();
  return (
    <button
      type="button"
      onClick={onExport}
      title={t('csv.title', { encoding: csvEncoding === 'cp949' ? 'CP949' : 'UTF-8' })}
      data-testid={testId}
    >
      {t('csv.export')}
    </button>
  );
}
