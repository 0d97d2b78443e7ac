/** What differs between two states of a workbook: properties, series values, scenarios, centers (the same view for recovery and versions). */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import { isEmptyDiff, type ItemDiff, type WorkbookDiff } from '../../../core/workbook-diff';
import type { Lang } from '../../../core/types';

const LIMIT = 30;

function Section<T, C extends { before: T; fields: string[] }>({
  title,
  diff,
  name,
  detail,
}: {
  title: string;
  diff: ItemDiff<T, C>;
  name: (x: T) => string;
  detail?: (c: C) => string[];
}) {
  const { t } = useTranslation();
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return null;
  const fieldName = (f: string) => t(`diff.field.${f}`, { defaultValue: f });
  return (
    <section className="diff-section">
      <h3>
        {title}{' '}
        <span className="diff-summary">
          <span className="added">{t('diff.added', { count: diff.added.length })}</span> ·{' '}
          <span className="changed">{t('diff.changed', { count: diff.changed.length })}</span> ·{' '}
          <span className="removed">{t('diff.removed', { count: diff.removed.length })}</span>
        </span>
      </h3>
      <ul className="diff-list">
        {diff.added.slice(0, LIMIT).map((x, i) => (
          <li key={`a${i}`} className="added">
            + {name(x)}
          </li>
        ))}
        {diff.changed.slice(0, LIMIT).map((c, i) => (
          <li key={`c${i}`} className="changed">
            ~ {name(c.before)} <span className="muted">{c.fields.map(fieldName).join(', ')}</span>
            {detail?.(c).map((d) => (
              <span key={d} className="field-change">
                {d}
              </span>
            ))}
          </li>
        ))}
        {diff.removed.slice(0, LIMIT).map((x, i) => (
          <li key={`r${i}`} className="removed">
            − {name(x)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The diff of two workbook states. */
export function WorkbookDiffView({ diff, lang }: { diff: WorkbookDiff; lang: Lang }) {
  const { t } = useTranslation();
  if (isEmptyDiff(diff))
    return (
      <p className="empty-state" data-testid="workbook-diff">
        {t('diff.none')}
      </p>
    );
  const show = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, Number.isInteger(v) ? 0 : 1));
  return (
    <div className="diff" data-testid="workbook-diff">
      {diff.props.length > 0 && (
        <section className="diff-section">
          <h3>{t('diff.props')}</h3>
          <ul className="diff-list">
            {diff.props.map((p) => (
              <li key={p.field} className="changed">
                ~ {t(`diff.field.${p.field}`)}: {p.from || '—'} → <strong>{p.to || '—'}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Section
        title={t('diff.series')}
        diff={diff.series}
        name={(s) => s.name}
        detail={(c) => c.values.slice(0, 8).map((v) => t('diff.values', { year: v.year, from: show(v.from), to: show(v.to) }))}
      />
      <Section title={t('diff.scenarios')} diff={diff.scenarios} name={(s) => s.name} />
      <Section title={t('diff.centers')} diff={diff.centers} name={(c) => `${c.name} (${c.institution})`} />
    </div>
  );
}
