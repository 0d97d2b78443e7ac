/** The tables of a 한/글 document to choose from: caption or nearby text, size, the first rows; layout boxes last and dimmed. */
import { useTranslation } from 'react-i18next';
import type { DocumentTableInfo } from '../../../core/import/document-table';

interface Props {
  tables: DocumentTableInfo[];
  selected: string;
  onPick: (sheet: string) => void;
}

/** A list of table cards; the chosen one is pressed. */
export function DocumentTablePicker({ tables, selected, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-picker" role="group" aria-label={t('import.tables', { count: tables.length })} data-testid="table-picker">
      <p className="muted">{t('import.tables', { count: tables.length })}</p>
      <ul>
        {tables.map((info) => (
          <li key={info.sheet}>
            <button
              type="button"
              className={`table-card${info.layout ? ' layout' : ''}`}
              aria-pressed={info.sheet === selected}
              onClick={() => onPick(info.sheet)}
              data-testid={`pick-${info.sheet}`}
            >
              <span className="table-card-head">
                <strong>{info.sheet}</strong>
                <span className="muted">
                  {t('import.tableSize', { rows: info.rows, cols: info.cols })}
                  {info.nested && ` · ${t('import.nested')}`}
                  {info.layout && ` · ${t('import.layoutTable')}`}
                </span>
              </span>
              <span className="table-card-title">{info.title || t('import.untitledTable')}</span>
              <table className="table-thumb" aria-hidden="true">
                <tbody>
                  {info.preview.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
