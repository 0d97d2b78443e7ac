/** "CSV" export of a grid; the encoding is a setting (UTF-8 with BOM for Excel, or CP949), not a choice next to every button. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './settings';

/** The CSV button of a grid; `onExport` does the work. */
function CsvButtonView({ onExport, testId }: { onExport: () => void; testId?: string }) {
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

/** The CSV button, drawn again only when its props change. */
export const CsvButton = memo(CsvButtonView);
