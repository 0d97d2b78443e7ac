/** The parameter inputs of each projection method. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, parsePercentInput } from '../../../core/format';
import { defaultGrowthRate } from '../../../core/projection';
import type { ProjectionMethod, YearWindow } from '../../../core/projection-methods';
import type { Lang, SeriesPoint } from '../../../core/types';
import { CheckField, PercentInput } from '../shell/inputs';

interface Props {
  method: ProjectionMethod;
  history: readonly SeriesPoint[];
  lang: Lang;
  onChange: (method: ProjectionMethod) => void;
}

function WindowFields({
  window,
  years,
  onChange,
}: {
  window: YearWindow | null;
  years: number[];
  onChange: (w: YearWindow | null) => void;
}) {
  const { t } = useTranslation();
  const from = window?.from ?? years[0];
  const to = window?.to ?? years[years.length - 1];
  const set = (f: number | undefined, tt: number | undefined) => {
    if (f === undefined || tt === undefined || tt <= f) return;
    onChange(f === years[0] && tt === years[years.length - 1] ? null : { from: f, to: tt });
  };
  // A window saved earlier may name years that are gone: keep them selectable so the problem is visible.
  const options = [...new Set([...years, ...(window ? [window.from, window.to] : [])])].sort((a, b) => a - b);
  return (
    <div className="field-row">
      <label className="field">
        <span>{t('scenario.windowFrom')}</span>
        <select data-testid="window-from" value={from} onChange={(e) => set(Number(e.target.value), to)}>
          {options.slice(0, -1).map((y) => (
            <option key={y} value={y} disabled={to !== undefined && y >= to}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('scenario.windowTo')}</span>
        <select data-testid="window-to" value={to} onChange={(e) => set(from, Number(e.target.value))}>
          {options.slice(1).map((y) => (
            <option key={y} value={y} disabled={from !== undefined && y <= from}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** "10, 12, 8" (percent) → [0.1, 0.12, 0.08]; null if any part is not a rate above −100%. */
function parseRates(text: string): number[] | null {
  const parts = text.split(/[,\s;]+/).filter(Boolean);
  const rates = parts.map((p) => parsePercentInput(p));
  return rates.length > 0 && rates.every((r): r is number => r !== null && !Number.isNaN(r) && r > -1 && r < 100) ? rates : null;
}

function CustomRates({
  rates,
  history,
  lang,
  onChange,
}: {
  rates: number[];
  history: readonly SeriesPoint[];
  lang: Lang;
  onChange: (rates: number[]) => void;
}) {
  const { t } = useTranslation();
  const text = (rs: number[]) => rs.map((r) => formatNumber(r * 100, 'en', 1)).join(', ');
  const [draft, setDraft] = useState(text(rates));
  const [error, setError] = useState(false);
  const [seen, setSeen] = useState(rates);
  if (seen !== rates) {
    setSeen(rates);
    setDraft((d) => (parseRates(d)?.join() === rates.join() ? d : text(rates)));
  }
  const lastYear = Math.max(...history.map((p) => p.year), 0) + rates.length;
  return (
    <label className="field wide">
      <span>{t('scenario.customRates')}</span>
      <input
        data-testid="custom-rates"
        value={draft}
        aria-invalid={error}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parseRates(e.target.value);
          setError(parsed === null);
          if (parsed) onChange(parsed);
        }}
      />
      {error ? (
        <span className="input-error" role="alert">
          {t('scenario.invalidRate')}
        </span>
      ) : (
        <span className="muted hint" data-testid="custom-rates-hint">
          {t('scenario.customRatesHint', { year: lastYear, rate: formatPercent(rates[rates.length - 1] ?? 0, lang) })}
        </span>
      )}
    </label>
  );
}

/** Inputs for the method's parameters. */
export function MethodFields({ method, history, lang, onChange }: Props) {
  const { t } = useTranslation();
  const years = history
    .filter((p) => p.value !== null)
    .map((p) => p.year)
    .sort((a, b) => a - b);
  switch (method.kind) {
    case 'growth': {
      const latest = defaultGrowthRate(history);
      return (
        <div className="method-fields">
          <PercentInput
            testId="rate-input"
            label={t('scenario.rate')}
            value={method.rate ?? latest}
            invalidText={t('scenario.invalidRate')}
            onValid={(rate) => onChange({ kind: 'growth', rate })}
          />
          <CheckField
            checked={method.rate === null}
            disabled={latest === null}
            onChange={(on) => onChange({ kind: 'growth', rate: on ? null : (latest ?? 0) })}
          >
            <span>{t('scenario.followLatest')}</span>
            {latest !== null && <span className="muted">({formatPercent(latest, lang)})</span>}
          </CheckField>
        </div>
      );
    }
    case 'custom':
      return <CustomRates rates={method.rates} history={history} lang={lang} onChange={(rates) => onChange({ kind: 'custom', rates })} />;
    default:
      return years.length < 2 ? (
        <p className="empty-state">{t('scenario.needTwoYears')}</p>
      ) : (
        <WindowFields window={method.window} years={years} onChange={(window) => onChange({ kind: method.kind, window })} />
      );
  }
}

/** A default method of a kind, used when the user switches method. */
export function defaultMethod(
  kind: ProjectionMethod['kind'],
  current: ProjectionMethod,
  history: readonly SeriesPoint[],
): ProjectionMethod {
  if (kind === current.kind) return current;
  if (kind === 'growth') return { kind, rate: null };
  if (kind === 'custom') {
    const r = defaultGrowthRate(history) ?? 0.1;
    return { kind, rates: [r] };
  }
  return { kind, window: null };
}
