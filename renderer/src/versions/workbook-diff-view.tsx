/** What differs between two states of a workbook: properties, series values, scenarios, centers (the same view for recovery and versions). */
import { useTranslation } from 'react-i18next';
import { centerFieldChanges, scenarioFieldChanges, seriesFieldChanges, type FieldChange } from '../../../core/diff-text';
import { formatEntered } from '../../../core/format';
import { diffWorkbooks, isEmptyDiff, type ItemDiff } from '../../../core/workbook-diff';
import type { Lang, WorkbookContent } from '../../../core/types';

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
            ~ {name(c.before)}
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

/** The diff of two workbook states: what was added and removed, and every changed field old → new. */
export function WorkbookDiffView({ before, after, lang }: { before: WorkbookContent; after: WorkbookContent; lang: Lang }) {
  const { t } = useTranslation();
  const diff = diffWorkbooks(before, after);
  if (isEmptyDiff(diff))
    return (
      <p className="empty-state" data-testid="workbook-diff">
        {t('diff.none')}
      </p>
    );
  const show = (v: number | null) => (v === null ? '—' : formatEntered(v, lang));
  const fieldText = (f: FieldChange) =>
    t('diff.fieldChange', { field: t(`diff.field.${f.field}`, { defaultValue: f.field }), from: f.from, to: f.to });
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
        detail={(c) => [
          ...seriesFieldChanges(c, before, after, lang).map(fieldText),
          ...c.values.slice(0, 8).map((v) => t('diff.values', { year: v.year, from: show(v.from), to: show(v.to) })),
        ]}
      />
      <Section
        title={t('diff.scenarios')}
        diff={diff.scenarios}
        name={(s) => s.name}
        detail={(c) => scenarioFieldChanges(c, before, after, lang).map(fieldText)}
      />
      <Section
        title={t('diff.centers')}
        diff={diff.centers}
        name={(c) => `${c.name} (${c.institution})`}
        detail={(c) => centerFieldChanges(c, lang).map(fieldText)}
      />
    </div>
  );
}
