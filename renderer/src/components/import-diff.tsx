/** The second step of an import: what will change, before anything does. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import type { CenterDiff } from '../../../core/import/to-workbook';
import type { Lang } from '../../../core/types';

const show = (v: string | number | null | undefined, lang: Lang) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'number' ? formatNumber(v, lang, Number.isInteger(v) ? 0 : 1) : v;

/** Added, changed (old → new per field) and removed centers. */
export function CenterDiffView({ diff, lang }: { diff: CenterDiff; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="diff" data-testid="import-diff">
      <p className="diff-summary">
        <span className="added">{t('import.added', { count: diff.added.length })}</span> ·{' '}
        <span className="changed">{t('import.changed', { count: diff.changed.length })}</span> ·{' '}
        <span className="removed">{t('import.removed', { count: diff.removed.length })}</span> ·{' '}
        <span className="muted">{t('import.unchanged', { count: diff.unchanged })}</span>
      </p>
      <ul className="diff-list">
        {diff.added.slice(0, 100).map((c, i) => (
          <li key={`a${i}`} className="added">
            + {c.name} <span className="muted">{c.institution}</span>
          </li>
        ))}
        {diff.changed.slice(0, 100).map((c, i) => (
          <li key={`c${i}`} className="changed">
            ~ {c.before.name} <span className="muted">{c.before.institution}</span>
            {c.fields.map((f) => (
              <span key={f.field} className="field-change">
                {t(`centers.${f.field}`, { defaultValue: f.field })}: {show(f.from, lang)} → <strong>{show(f.to, lang)}</strong>
              </span>
            ))}
          </li>
        ))}
        {diff.removed.slice(0, 100).map((c, i) => (
          <li key={`r${i}`} className="removed">
            − {c.name} <span className="muted">{c.institution}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Years an imported series adds or changes. */
export function SeriesDiffView({
  changes,
  lang,
  unit,
}: {
  changes: { year: number; from: number | null | undefined; to: number | null }[];
  lang: Lang;
  unit: string;
}) {
  const { t } = useTranslation();
  if (changes.length === 0)
    return (
      <p className="empty-state" data-testid="import-diff">
        {t('import.noChanges')}
      </p>
    );
  return (
    <table className="preview-table" data-testid="import-diff">
      <thead>
        <tr>
          <th>{t('budget.year')}</th>
          <th>{t('import.current', { unit })}</th>
          <th>{t('import.imported', { unit })}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.year} className={c.from === undefined ? 'added' : 'changed'}>
            <td>{c.year}</td>
            <td className="num">{c.from === undefined ? t('import.newYear') : show(c.from, lang)}</td>
            <td className="num">
              <strong>{show(c.to, lang)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
