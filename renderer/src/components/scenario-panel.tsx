/** Scenario list and editor: pick, add, copy, delete, set the baseline; edit method, parameters and horizon. */
import { useTranslation } from 'react-i18next';
import { failureMessages } from '../../../core/failure-messages';
import { formatEok, formatPercent } from '../../../core/format';
import { describeMethod, methodName } from '../../../core/method-labels';
import { MAX_HORIZON } from '../../../core/projection';
import { METHOD_KINDS, type MethodKind, type MethodResult } from '../../../core/projection-methods';
import type { Lang, Scenario, Series } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { GoalSeek } from './goal-seek';
import { NumberInput, PercentInput } from './inputs';
import { defaultMethod, MethodFields } from './method-fields';
import { scenarioColor } from './scenario-colors';

interface Props {
  scenarios: Scenario[];
  active: Scenario;
  baselineId: string;
  series: Series;
  result: MethodResult;
  lang: Lang;
  /** Id the next new scenario gets (unique across the workbook). */
  nextId: string;
  onSelect(id: string): void;
  onEdit(edit: WorkbookEdit): void;
}

/** The scenario panel. */
export function ScenarioPanel({ scenarios, active, baselineId, series, result, lang, nextId, onSelect, onEdit }: Props) {
  const { t } = useTranslation();
  const update = (patch: Partial<Omit<Scenario, 'id'>>) => onEdit({ kind: 'updateScenario', id: active.id, patch });
  const end = result.ok ? result.points[result.points.length - 1] : undefined;

  return (
    <section className="card scenario-card" aria-labelledby="scenario-title">
      <header className="card-header">
        <h2 id="scenario-title">{t('scenario.title')}</h2>
        <div className="card-actions">
          <button
            type="button"
            data-testid="add-scenario"
            onClick={() => {
              onEdit({ kind: 'addScenario', id: nextId, copyOf: active.id, name: t('scenario.copyName', { name: active.name }) });
              onSelect(nextId);
            }}
          >
            {t('scenario.duplicate')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={scenarios.length <= 1}
            onClick={() => onEdit({ kind: 'removeScenario', id: active.id })}
          >
            {t('scenario.remove')}
          </button>
        </div>
      </header>
      <div className="scenario-tabs" role="tablist" aria-label={t('scenario.title')}>
        {scenarios.map((s, i) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === active.id}
            className={`scenario-tab${s.id === active.id ? ' active' : ''}`}
            onClick={() => onSelect(s.id)}
            data-testid={`scenario-tab-${s.id}`}
          >
            <span className="swatch" style={{ background: scenarioColor(i) }} />
            {s.name || t('scenario.unnamed')}
            {s.id === baselineId && <span className="pill">{t('scenario.baseline')}</span>}
          </button>
        ))}
      </div>
      <div className="scenario-body">
        <div className="field-row">
          <label className="field wide">
            <span>{t('scenario.name')}</span>
            <input data-testid="scenario-name" value={active.name} maxLength={200} onChange={(e) => update({ name: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('scenario.method')}</span>
            <select
              data-testid="method-select"
              value={active.method.kind}
              onChange={(e) => update({ method: defaultMethod(e.target.value as MethodKind, active.method, series.points) })}
            >
              {METHOD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {methodName(k, lang)}
                </option>
              ))}
            </select>
          </label>
          <NumberInput
            testId="horizon-input"
            label={t('scenario.horizon')}
            width={80}
            value={active.horizon}
            isValid={(v) => Number.isInteger(v) && v > Math.max(...series.points.map((p) => p.year)) && v <= MAX_HORIZON}
            onValid={(horizon) => update({ horizon })}
          />
        </div>
        <MethodFields method={active.method} history={series.points} lang={lang} onChange={(method) => update({ method })} />
        <div className="split-fields">
          <label className="check">
            <input
              type="checkbox"
              data-testid="split-toggle"
              checked={active.split !== null}
              onChange={(e) => update({ split: e.target.checked ? { label: t('scenario.splitDefault'), share: 0.4 } : null })}
            />
            <span>{t('scenario.split')}</span>
          </label>
          {active.split && (
            <div className="field-row">
              <label className="field wide">
                <span>{t('scenario.splitLabel')}</span>
                <input
                  data-testid="split-label"
                  value={active.split.label}
                  maxLength={200}
                  onChange={(e) => update({ split: { ...active.split!, label: e.target.value } })}
                />
              </label>
              <PercentInput
                testId="split-share"
                label={t('scenario.splitShare')}
                value={active.split.share}
                invalidText={t('scenario.invalidShare')}
                onValid={(share) => share >= 0 && share <= 1 && update({ split: { ...active.split!, share } })}
              />
            </div>
          )}
        </div>
        <div className="scenario-foot">
          {result.ok && end ? (
            <div className="headline" data-testid="projection-headline">
              <div className="headline-label">{t('scenario.endValue', { year: end.year })}</div>
              <div className="headline-value">{formatEok(end.value, lang, 1)}</div>
              <div className="muted">{describeMethod(active.method.kind, result.parameters, lang)}</div>
              <div className="muted">
                {t('scenario.fromBase', {
                  year: result.baseYear,
                  value: formatEok(result.baseValue, lang),
                  change: formatPercent(end.value / result.baseValue - 1, lang),
                })}
              </div>
            </div>
          ) : (
            !result.ok && (
              <p className="field-error" role="alert" data-testid="projection-error">
                {failureMessages[result.reason][lang]}
              </p>
            )
          )}
          <button
            type="button"
            disabled={active.id === baselineId}
            onClick={() => onEdit({ kind: 'setBaseline', id: active.id })}
            data-testid="set-baseline"
          >
            {t('scenario.makeBaseline')}
          </button>
        </div>
        {result.ok && <GoalSeek scenario={active} result={result} history={series.points} lang={lang} />}
      </div>
    </section>
  );
}
