/**
 * How an imported list's rows find the workbook's centers: the key (name + region, or a column the user picks,
 * such as an ID), and, where a key stands for several rows, what to do with them — never guessed.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import type { AmbiguousChoice } from '../../../core/import/center-match';
import type { CenterImportSummary } from '../../../core/import/center-import';
import type { ImportTable } from '../../../core/import/import-table';
import type { Lang } from '../../../core/types';

interface Props {
  table: Pick<ImportTable, 'columns'>;
  keyColumn: number | null;
  ambiguous: AmbiguousChoice | undefined;
  summary: CenterImportSummary | null;
  lang: Lang;
  onKey: (column: number | null) => void;
  onAmbiguous: (choice: AmbiguousChoice) => void;
}

/** The matching key and the ambiguous rows of a list import. */
export function CenterMatching({ table, keyColumn, ambiguous, summary, lang, onKey, onAmbiguous }: Props) {
  const { t } = useTranslation();
  const groups = summary?.diff.ambiguous ?? [];
  const count = summary?.diff.counts.ambiguous ?? 0;
  return (
    <div className="center-matching">
      <label className="field inline">
        <span>{t('import.matchKey')}</span>
        <select
          data-testid="import-match-key"
          value={keyColumn ?? ''}
          onChange={(e) => onKey(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('import.matchDefault')}</option>
          {table.columns.map((c, i) => (
            <option key={c.index} value={i}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {count > 0 && (
        <div className="field-error ambiguous" role="alert" data-testid="import-ambiguous">
          <p>{t('import.ambiguousTitle', { count: formatNumber(count, lang) })}</p>
          <ul className="ambiguous-list">
            {groups.slice(0, 5).map((g) => (
              <li key={g.key}>
                <strong data-user-text>{g.file[0]?.name}</strong>{' '}
                <span className="muted" data-user-text>
                  {g.file[0]?.region}
                </span>{' '}
                {t('import.ambiguousRow', { file: g.file.length, current: g.current.length })}
              </li>
            ))}
          </ul>
          <fieldset className="choices">
            <legend className="sr-only">{t('import.ambiguousLegend')}</legend>
            <label>
              <input
                type="radio"
                name="ambiguous"
                checked={ambiguous === 'add'}
                onChange={() => onAmbiguous('add')}
                data-testid="import-ambiguous-add"
              />{' '}
              {t('import.ambiguousAdd')}
            </label>
            <label>
              <input
                type="radio"
                name="ambiguous"
                checked={ambiguous === 'skip'}
                onChange={() => onAmbiguous('skip')}
                data-testid="import-ambiguous-skip"
              />{' '}
              {t('import.ambiguousSkip')}
            </label>
          </fieldset>
        </div>
      )}
    </div>
  );
}
