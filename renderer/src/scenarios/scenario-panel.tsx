/** Scenarios of the selected series: pick, add, copy, delete, set the baseline; edit method, parameters, horizon, split and scope. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatWithUnit } from '../../../core/format';
import { describeMethod, methodName } from '../../../core/method-labels';
import { METHOD_KINDS, type MethodKind, type MethodResult } from '../../../core/projection-methods';
import { nextScenarioId } from '../../../core/scenarios';
import { seriesRead } from '../../../core/formula/derived-series';
import type { Lang, Scenario, Series, SeriesPoint, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { GoalSeek } from './goal-seek';
import { CheckField, NumberInput, PercentInput } from '../shell/inputs';
import { defaultMethod, MethodFields } from './method-fields';
import { scenarioColor } from '../../../core/chart-config';
import { LIMITS } from '../../../core/limits';

interface Props {
  workbook: Workbook;
  series: Series | null;
  history: SeriesPoint[];
  scenarios: Scenario[];
  active: Scenario | null;
  baselineId: string | null;
  results: Record<string, MethodResult>;
  lang: Lang;
  onSelect: (id: string) => void;
  onEdit: (edit: WorkbookEdit) => void;
}

/** The scenario panel. */
export function ScenarioPanel({ workbook, series, history, scenarios, active, baselineId, results, lang, onSelect, onEdit }: Props) {
  const { t } = useTranslation();
  if (!series) {
    return (
      <section className="card scenario-card" aria-labelledby="scenario-title">
        <header className="card-header">
          <h2 id="scenario-title">{t('scenario.title')}</h2>
        </header>
        <p className="empty-state padded">{t('scenario.noSeries')}</p>
      </section>
    );
  }
  const hasChildren = workbook.series.some((s) => s.parentId === series.id);
  const add = (copy: Scenario | null) => {
    const id = nextScenarioId(workbook.scenarios);
    const scenario: Scenario = copy
      ? { ...copy, id, name: t('scenario.copyName', { name: copy.name }) }
      : {
          id,
          name: t('scenario.newName', { n: scenarios.length + 1 }),
          seriesId: series.id,
          method: { kind: 'growth', rate: null },
          horizon: Math.max(...history.map((p) => p.year), 2025) + 4,
          split: null,
          // A derived series is projected through its inputs unless the analyst picks its own trend.
          scope: series.formula ? 'inputs' : 'series',
        };
    onEdit({ kind: 'addScenario', scenario });
    onSelect(id);
  };

  return (
    <section className="card scenario-card" aria-labelledby="scenario-title">
      <header className="card-header">
        <h2 id="scenario-title">
          {t('scenario.title')}{' '}
          <span className="muted" data-user-text>
            · {series.name}
          </span>
        </h2>
        <div className="card-actions">
          <button type="button" onClick={() => add(null)} data-testid="new-scenario">
            {t('scenario.add')}
          </button>
          <button type="button" disabled={!active} onClick={() => active && add(active)} data-testid="add-scenario">
            {t('scenario.duplicate')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={!active}
            onClick={() => active && onEdit({ kind: 'removeScenario', id: active.id })}
            data-testid="remove-scenario"
          >
            {t('scenario.remove')}
          </button>
        </div>
      </header>
      {scenarios.length === 0 || !active ? (
        <div className="empty-state padded" data-testid="no-scenarios">
          <strong>{t('scenario.none')}</strong>
          <p>{t('scenario.noneHint')}</p>
        </div>
      ) : (
        <>
          <ScenarioTabs
            scenarios={scenarios}
            allScenarios={workbook.scenarios}
            active={active}
            baselineId={baselineId}
            results={results}
            onSelect={onSelect}
          />
          <ScenarioEditor
            series={series}
            history={history}
            hasChildren={hasChildren}
            active={active}
            baselineId={baselineId}
            result={results[active.id]!}
            lang={lang}
            onEdit={onEdit}
            onSelect={onSelect}
            workbook={workbook}
          />
        </>
      )}
    </section>
  );
}

/** The scenario tabs: a tab list with roving focus (arrow keys move between tabs). */
function ScenarioTabs({
  scenarios,
  allScenarios,
  active,
  baselineId,
  results,
  onSelect,
}: {
  scenarios: Scenario[];
  allScenarios: Scenario[];
  active: Scenario;
  baselineId: string | null;
  results: Record<string, MethodResult>;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const move = (from: number, delta: number, target: HTMLElement) => {
    const next = scenarios[(from + delta + scenarios.length) % scenarios.length]!;
    onSelect(next.id);
    requestAnimationFrame(() =>
      (target.parentElement?.querySelector(`[data-testid="scenario-tab-${next.id}"]`) as HTMLElement | null)?.focus(),
    );
  };
  return (
    <div className="scenario-tabs" role="tablist" data-testid="scenario-tabs" aria-label={t('scenario.title')}>
      {scenarios.map((s, i) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          aria-selected={s.id === active.id}
          tabIndex={s.id === active.id ? 0 : -1}
          className={`scenario-tab${s.id === active.id ? ' active' : ''}${results[s.id]?.ok === false ? ' failed' : ''}`}
          onClick={() => onSelect(s.id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(i, 1, e.currentTarget);
            else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(i, -1, e.currentTarget);
            else return;
            e.preventDefault();
          }}
          data-testid={`scenario-tab-${s.id}`}
        >
          <span className="swatch" style={{ background: scenarioColor(allScenarios.findIndex((x) => x.id === s.id)) }} />
          {s.name ? <span data-user-text>{s.name}</span> : t('scenario.unnamed')}
          {results[s.id]?.ok === false && (
            <span className="failed-mark" title={t('scenario.failed')}>
              ⚠
            </span>
          )}
          {s.id === baselineId && <span className="pill">{t('scenario.baseline')}</span>}
        </button>
      ))}
    </div>
  );
}

interface EditorProps {
  workbook: Workbook;
  series: Series;
  history: SeriesPoint[];
  hasChildren: boolean;
  active: Scenario;
  baselineId: string | null;
  result: MethodResult;
  lang: Lang;
  onEdit: (edit: WorkbookEdit) => void;
  onSelect: (id: string) => void;
}

/** The active scenario's fields, its result, and goal seek. */
function ScenarioEditor({ workbook, series, history, hasChildren, active, baselineId, result, lang, onEdit, onSelect }: EditorProps) {
  const { t } = useTranslation();
  const update = (patch: Partial<Omit<Scenario, 'id'>>) => onEdit({ kind: 'updateScenario', id: active.id, patch });
  const end = result.ok ? result.points[result.points.length - 1] : undefined;
  const lastYear = Math.max(...history.map((p) => p.year), 0);
  const negatives = history.filter((p) => p.value !== null && p.value < 0).map((p) => p.year);
  // Another scenario (picked, or made by goal seek) opens at its top: its name and rate in view, not where the last one was scrolled.
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
  }, [active.id]);
  return (
    <div className="scenario-body" role="tabpanel" ref={body}>
      <div className="field-row wrap">
        <label className="field wide">
          <span>{t('scenario.name')}</span>
          <input data-testid="scenario-name" value={active.name} maxLength={200} onChange={(e) => update({ name: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('scenario.method')}</span>
          <select
            data-testid="method-select"
            value={active.method.kind}
            onChange={(e) => update({ method: defaultMethod(e.target.value as MethodKind, active.method, history) })}
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
          isValid={(v) => Number.isInteger(v) && v > lastYear && v <= LIMITS.horizonMax}
          invalidText={t('scenario.horizonRange', { min: lastYear + 1, max: LIMITS.horizonMax })}
          onValid={(horizon) => update({ horizon })}
        />
      </div>
      {(hasChildren || series.formula) && (
        <label className="field">
          <span>{t('scenario.scope')}</span>
          <select data-testid="scope-select" value={active.scope} onChange={(e) => update({ scope: e.target.value as Scenario['scope'] })}>
            <option value="series">{t('scenario.scopeSeries')}</option>
            {hasChildren && <option value="children">{t('scenario.scopeChildren')}</option>}
            {series.formula && <option value="inputs">{t('scenario.scopeInputs')}</option>}
          </select>
        </label>
      )}
      {active.scope === 'inputs' ? (
        <label className="field">
          <span>{t('scenario.inputsScenario')}</span>
          <select
            data-testid="inputs-scenario"
            value={active.inputs ?? ''}
            onChange={(e) => update({ inputs: e.target.value === '' ? undefined : e.target.value })}
          >
            <option value="">{t('scenario.inputsDefault', { name: active.name })}</option>
            {inputScenarioNames(workbook, series).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <MethodFields method={active.method} history={history} lang={lang} onChange={(method) => update({ method })} />
      )}
      {negatives.length > 0 && (
        <p className="field-warning" role="note" data-testid="negative-warning">
          {t('scenario.negative', { years: negatives.join(', ') })}
        </p>
      )}
      <SplitFields active={active} update={update} />
      <div className="scenario-foot">
        {result.ok && end ? (
          <div className="headline" data-testid="projection-headline">
            <div className="headline-label">{t('scenario.endValue', { year: end.year })}</div>
            <div className="headline-value">{formatWithUnit(end.value, series.unit, lang, 1)}</div>
            <div className="muted">
              {active.scope === 'inputs' ? t('scenario.scopeInputs') : describeMethod(active.method.kind, result.parameters, lang)}
            </div>
            <div className="muted">
              {t('scenario.fromBase', {
                year: result.baseYear,
                value: formatWithUnit(result.baseValue, series.unit, lang),
                change: formatPercent(end.value / result.baseValue - 1, lang),
              })}
            </div>
          </div>
        ) : (
          !result.ok && (
            <p className="field-error" role="alert" data-testid="projection-error">
              {t(`projection.${result.reason}`, { max: LIMITS.horizonMax })}
            </p>
          )
        )}
        <button
          type="button"
          disabled={active.id === baselineId}
          onClick={() => onEdit({ kind: 'setBaseline', seriesId: series.id, scenarioId: active.id })}
          data-testid="set-baseline"
        >
          {t('scenario.makeBaseline')}
        </button>
      </div>
      {result.ok && active.scope !== 'inputs' && (
        <GoalSeek
          workbook={workbook}
          series={series}
          scenario={active}
          result={result}
          history={history}
          lang={lang}
          onEdit={onEdit}
          onSelect={onSelect}
        />
      )}
    </div>
  );
}

/** Names of the scenarios the inputs of a derived series have (the choices for projecting it through them). */
function inputScenarioNames(workbook: Workbook, series: Series): string[] {
  const inputs = new Set(seriesRead(series, workbook.series));
  const ids = new Set(workbook.series.filter((s) => inputs.has(s.name)).map((s) => s.id));
  return [...new Set(workbook.scenarios.filter((s) => ids.has(s.seriesId)).map((s) => s.name))];
}

function SplitFields({ active, update }: { active: Scenario; update: (patch: Partial<Omit<Scenario, 'id'>>) => void }) {
  const { t } = useTranslation();
  return (
    <div className="split-fields">
      <CheckField
        checked={active.split !== null}
        onChange={(on) => update({ split: on ? { label: t('scenario.splitDefault'), share: 0.4 } : null })}
        testId="split-toggle"
      >
        <span>{t('scenario.split')}</span>
      </CheckField>
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
            isValid={(v) => v >= 0 && v <= 1}
            onValid={(share) => update({ split: { ...active.split!, share } })}
          />
        </div>
      )}
    </div>
  );
}
