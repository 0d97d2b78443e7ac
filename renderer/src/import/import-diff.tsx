/** The second step of an import: what will change, before anything does. */
import { useTranslation } from 'react-i18next';
import { formatEntered } from '../../../core/format';
import { unitLabel } from '../../../core/units';
import type { CenterDiffSample } from '../../../core/import/center-import';
import type { ImportedSeries } from '../../../core/import/series-import';
import type { Lang } from '../../../core/types';

const show = (v: string | number | null | undefined, lang: Lang) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'number' ? formatEntered(v, lang) : v;

/** Added, changed (old → new per field) and removed centers: exact counts, the first rows of each. */
export function CenterDiffView({ diff, lang }: { diff: CenterDiffSample; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="diff" data-testid="import-diff">
      <p className="diff-summary">
        <span className="added">{t('import.added', { count: diff.counts.added })}</span> ·{' '}
        <span className="changed">{t('import.changed', { count: diff.counts.changed })}</span> ·{' '}
        <span className="removed">{t('import.removed', { count: diff.counts.removed })}</span> ·{' '}
        <span className="muted">{t('import.unchanged', { count: diff.counts.unchanged })}</span>
        {diff.counts.ambiguous > 0 && (
          <>
            {' · '}
            <span className="ambiguous">{t('import.ambiguousCount', { count: diff.counts.ambiguous })}</span>
          </>
        )}
      </p>
      {(diff.counts.added > diff.added.length ||
        diff.counts.changed > diff.changed.length ||
        diff.counts.removed > diff.removed.length) && (
        <p className="muted" data-testid="import-diff-first">
          {t('import.diffFirst', { count: Math.max(diff.added.length, diff.changed.length, diff.removed.length) })}
        </p>
      )}
      <ul className="diff-list">
        {diff.added.map((c, i) => (
          <li key={`a${i}`} className="added">
            + {c.name} <span className="muted">{c.institution}</span>
          </li>
        ))}
        {diff.changed.map((c, i) => (
          <li key={`c${i}`} className="changed">
            ~ {c.before.name} <span className="muted">{c.before.institution}</span>
            {c.fields.map((f) => (
              <span key={f.field} className="field-change">
                {t(`centers.${f.field}`, { defaultValue: f.field })}: {show(f.from, lang)} → <strong>{show(f.to, lang)}</strong>
              </span>
            ))}
          </li>
        ))}
        {diff.removed.map((c, i) => (
          <li key={`r${i}`} className="removed">
            − {c.name} <span className="muted">{c.institution}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The series an import adds (with their values) and the years it changes in existing ones. */
export function SeriesImportDiff({ added, updated, lang }: { added: ImportedSeries[]; updated: ImportedSeries[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="diff" data-testid="import-diff">
      <p className="diff-summary">
        <span className="added">{t('import.added', { count: added.length })}</span> ·{' '}
        <span className="changed">{t('import.changed', { count: updated.length })}</span>
      </p>
      <ul className="diff-list">
        {added.map((s) => (
          <li key={s.id} className="added">
            + {s.name} <span className="muted">({unitLabel(s.unit, lang) || '—'})</span>{' '}
            <span className="field-change">
              {s.points
                .filter((p) => p.value !== null)
                .slice(0, 12)
                .map((p) => `${p.year}: ${show(p.value, lang)}`)
                .join(' · ')}
            </span>
          </li>
        ))}
        {updated.map((s) => (
          <li key={s.id} className="changed">
            ~ {s.name} <span className="muted">({unitLabel(s.unit, lang)})</span>
            {(s.changes ?? []).length === 0 && <span className="field-change muted">{t('import.noChanges')}</span>}
            {(s.changes ?? []).map((c) => (
              <span key={c.year} className="field-change">
                {c.year}: {c.from === undefined ? t('import.newYear') : show(c.from, lang)} → <strong>{show(c.to, lang)}</strong>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
