/** "CSV" export of a grid, with the encoding choice (UTF-8 with BOM for Excel, or CP949). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Encodings the export offers. */
export type CsvEncoding = 'utf8-bom' | 'cp949';

/** Button plus encoding picker; `onExport` does the work. */
export function CsvButton({ onExport, testId }: { onExport(encoding: CsvEncoding): void; testId?: string }) {
  const { t } = useTranslation();
  const [encoding, setEncoding] = useState<CsvEncoding>('utf8-bom');
  return (
    <span className="csv-export">
      <select
        aria-label={t('csv.encoding')}
        value={encoding}
        onChange={(e) => setEncoding(e.target.value as CsvEncoding)}
        data-testid={testId ? `${testId}-encoding` : undefined}
      >
        <option value="utf8-bom">UTF-8</option>
        <option value="cp949">CP949</option>
      </select>
      <button type="button" onClick={() => onExport(encoding)} title={t('csv.title')} data-testid={testId}>
        {t('csv.export')}
      </button>
    </span>
  );
}
