/** Inputs of the repeat-growth projection: rate (or follow the latest change) and horizon year. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEok, formatNumber, formatPercent, parsePercentInput } from '../../../core/format';
import { defaultGrowthRate, MAX_HORIZON, type ProjectionResult } from '../../../core/projection';
import type { Lang, ProjectionSettings, Series } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';

interface Props {
  series: Series;
  settings: ProjectionSettings;
  projection: ProjectionResult;
  lang: Lang;
  onEdit(edit: WorkbookEdit): void;
}

const rateText = (rate: number | null) => (rate === null ? '' : formatNumber(rate * 100, 'en', 1).replace(/,/g, ''));

/** The projection settings panel with the headline end-year value. */
export function ProjectionPanel({ series, settings, projection, lang, onEdit }: Props) {
  const { t } = useTranslation();
  const auto = settings.rate === null;
  const latest = defaultGrowthRate(series.points);
  const effective = settings.rate ?? latest;
  const [rateDraft, setRateDraft] = useState(rateText(effective));
  const [horizonDraft, setHorizonDraft] = useState(String(settings.horizon));
  const [rateError, setRateError] = useState('');
  const [horizonError, setHorizonError] = useState('');

  // Keep drafts in step with the document (history edits change the latest rate; undo, open, …).
  useEffect(() => {
    setRateDraft((draft) => (parsePercentInput(draft) === effective ? draft : rateText(effective)));
    setRateError('');
  }, [effective]);
  useEffect(() => {
    setHorizonDraft(String(settings.horizon));
    setHorizonError('');
  }, [settings.horizon]);

  const lastYear = series.points.reduce((m, p) => Math.max(m, p.year), -Infinity);
  const minHorizon = Number.isFinite(lastYear) ? lastYear + 1 : 1901;

  const changeRate = (text: string) => {
    setRateDraft(text);
    const rate = parsePercentInput(text);
    if (rate === null || Number.isNaN(rate) || rate <= -1 || rate >= 100) {
      setRateError(text.trim() === '' ? '' : t('projection.invalidRate'));
      return;
    }
    setRateError('');
    onEdit({ kind: 'setRate', rate });
  };

  const changeHorizon = (text: string) => {
    setHorizonDraft(text);
    const year = Number(text);
    if (!Number.isInteger(year) || year < minHorizon || year > MAX_HORIZON) {
      setHorizonError(t('projection.invalidHorizon', { min: minHorizon, max: MAX_HORIZON }));
      return;
    }
    setHorizonError('');
    onEdit({ kind: 'setHorizon', horizon: year });
  };

  const end = projection.ok ? projection.points[projection.points.length - 1] : undefined;

  return (
    <section className="card projection-card" aria-labelledby="projection-title">
      <header className="card-header">
        <h2 id="projection-title">{t('projection.title')}</h2>
      </header>
      <div className="projection-body">
        <div className="projection-inputs">
        <div className="field-row">
          <label className="field">
            <span>{t('projection.rate')}</span>
            <span className="input-affix">
              <input
                data-testid="rate-input"
                inputMode="decimal"
                value={rateDraft}
                aria-invalid={rateError !== ''}
                onChange={(e) => changeRate(e.target.value)}
              />
              <span className="affix">%</span>
            </span>
          </label>
          <label className="field">
            <span>{t('projection.horizon')}</span>
            <input
              data-testid="horizon-input"
              type="number"
              min={minHorizon}
              max={MAX_HORIZON}
              value={horizonDraft}
              aria-invalid={horizonError !== ''}
              onChange={(e) => changeHorizon(e.target.value)}
            />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={auto} disabled={auto && latest === null} onChange={(e) => onEdit({ kind: 'setRate', rate: e.target.checked ? null : effective })} />
          <span>{t('projection.auto')}</span>
          {latest !== null && <span className="muted"> ({formatPercent(latest, lang)})</span>}
        </label>
        {(rateError || horizonError) && (
          <p className="field-error" role="alert">
            {rateError || horizonError}
          </p>
        )}
        </div>
        {projection.ok && end ? (
          <div className="headline" data-testid="projection-headline">
            <div className="headline-label">{t('projection.endValue', { year: end.year })}</div>
            <div className="headline-value">{formatEok(end.value, lang, 1)}</div>
            <div className="muted">
              {t('projection.fromBase', {
                year: projection.baseYear,
                value: formatEok(projection.baseValue, lang),
                change: formatPercent(end.value / projection.baseValue - 1, lang),
              })}
            </div>
          </div>
        ) : (
          !projection.ok && <p className="empty-state">{t(`projection.reason.${projection.reason}`)}</p>
        )}
      </div>
    </section>
  );
}
