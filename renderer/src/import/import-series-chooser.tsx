/** Which rows of a table become series, and where each goes: a new series (default) or an existing one; the group; totals as the group. */
import { useTranslation } from 'react-i18next';
import type { SeriesCandidate, SeriesTarget } from '../../../core/import/series-import';
import type { Workbook } from '../../../core/types';
import { CheckField } from '../shell/inputs';

interface Props {
  workbook: Workbook;
  candidates: SeriesCandidate[];
  choices: Map<number, SeriesTarget>;
  parentId: string | null;
  totalsAsParent: boolean;
  hasTotals: boolean;
  onChoices: (choices: Map<number, SeriesTarget>) => void;
  onParent: (id: string | null) => void;
  onTotalsAsParent: (on: boolean) => void;
}

const encode = (t: SeriesTarget) => (t.kind === 'new' ? 'new' : `update:${t.seriesId}`);
const decode = (v: string): SeriesTarget => (v === 'new' ? { kind: 'new' } : { kind: 'update', seriesId: v.slice('update:'.length) });

/** The series chooser of the import dialog. */
export function ImportSeriesChooser({
  workbook,
  candidates,
  choices,
  parentId,
  totalsAsParent,
  hasTotals,
  onChoices,
  onParent,
  onTotalsAsParent,
}: Props) {
  const { t } = useTranslation();
  const set = (i: number, target: SeriesTarget | null) => {
    const next = new Map(choices);
    if (target) next.set(i, target);
    else next.delete(i);
    onChoices(next);
  };
  return (
    <div className="series-chooser" data-testid="import-series-chooser">
      <div className="field-row wrap">
        <span className="field-label">{t('import.whichSeries')}</span>
        <button
          type="button"
          onClick={() => onChoices(new Map(candidates.map((_, i) => [i, choices.get(i) ?? { kind: 'new' }])))}
          data-testid="import-all-rows"
        >
          {t('import.allRows')}
        </button>
        <button type="button" onClick={() => onChoices(new Map())}>
          {t('import.noRows')}
        </button>
        <label className="field">
          <span>{t('import.parent')}</span>
          <select
            value={parentId ?? ''}
            onChange={(e) => onParent(e.target.value || null)}
            data-testid="import-parent"
            disabled={totalsAsParent}
          >
            <option value="">{t('import.noParent')}</option>
            {workbook.series.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {hasTotals && (
          <CheckField checked={totalsAsParent} onChange={onTotalsAsParent} testId="import-totals-parent">
            <span>{t('import.totalsAsParent')}</span>
          </CheckField>
        )}
      </div>
      <ul className="candidate-list">
        {candidates.map((c, i) => {
          const target = choices.get(i);
          return (
            <li key={i}>
              <CheckField checked={target !== undefined} onChange={(on) => set(i, on ? { kind: 'new' } : null)} testId={`import-row-${i}`}>
                <span>{c.label}</span>
              </CheckField>
              {target && (
                <select
                  aria-label={t('import.into')}
                  value={encode(target)}
                  onChange={(e) => set(i, decode(e.target.value))}
                  data-testid={`import-into-${i}`}
                >
                  <option value="new">{t('import.newSeries')}</option>
                  {workbook.series.map((s) => (
                    <option key={s.id} value={`update:${s.id}`}>
                      {t('import.updateSeries', { name: s.name })}
                    </option>
                  ))}
                </select>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
