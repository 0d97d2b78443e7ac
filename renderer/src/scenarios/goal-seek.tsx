/** Goal seek: what rate reaches a target by a year, when the scenario itself gets there, and "apply this rate". */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, formatWithUnit } from '../../../core/format';
import { unitLabel } from '../../../core/units';
import type { GoalResult } from '../../../core/goal-seek';
import type { MethodResult } from '../../../core/projection-methods';
import { goalSeek, nextScenarioId } from '../../../core/scenarios';
import type { Lang, Scenario, Series, SeriesPoint, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { NumberInput } from '../shell/inputs';
import { LIMITS } from '../../../core/limits';

interface Props {
  workbook: Workbook;
  series: Series;
  scenario: Scenario;
  result: Extract<MethodResult, { ok: true }>;
  history: readonly SeriesPoint[];
  lang: Lang;
  onEdit: (edit: WorkbookEdit) => void;
  onSelect: (id: string) => void;
}

/** A round target above the base value: about twice it, to 2 significant digits. */
const defaultTarget = (base: number) => {
  const v = Math.max(1, base * 2);
  const p = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
  return Math.round(v / p) * p;
};

/** Goal-seek inputs and answers for the active scenario. */
export function GoalSeek({ workbook, series, scenario, result, history, lang, onEdit, onSelect }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(() => defaultTarget(result.baseValue));
  const [year, setYear] = useState(Math.max(result.baseYear + 1, scenario.horizon));
  const answer = goalSeek(scenario.method, result, target, year, history);
  const show = (g: GoalResult<number>, f: (v: number) => string) =>
    g.ok ? f(g.value) : t(`projection.${g.reason}`, { max: LIMITS.horizonMax });
  const rate = answer.requiredRate.ok ? answer.requiredRate.value : null;

  const apply = () => {
    if (rate === null) return;
    if (scenario.method.kind === 'growth') {
      onEdit({
        kind: 'updateScenario',
        id: scenario.id,
        patch: { method: { kind: 'growth', rate }, horizon: Math.max(scenario.horizon, year) },
      });
      return;
    }
    const id = nextScenarioId(workbook.scenarios);
    const name = t('goal.newName', { target: formatWithUnit(target, series.unit, lang), year });
    onEdit({
      kind: 'addScenario',
      scenario: { id, name, seriesId: series.id, method: { kind: 'growth', rate }, horizon: year, split: null, scope: 'series' },
    });
    onSelect(id);
  };

  return (
    <details className="goal-seek" data-testid="goal-seek" open>
      <summary>
        <h3>{t('goal.title')}</h3>
      </summary>
      <div className="field-row">
        <NumberInput
          testId="goal-target"
          label={t('goal.target')}
          suffix={unitLabel(series.unit, lang)}
          width={120}
          value={target}
          isValid={(v) => v > 0}
          onValid={setTarget}
        />
        <NumberInput
          testId="goal-year"
          label={t('goal.year')}
          width={80}
          value={year}
          isValid={(v) => Number.isInteger(v) && v > result.baseYear && v <= LIMITS.horizonMax}
          invalidText={t('scenario.horizonRange', { min: result.baseYear + 1, max: LIMITS.horizonMax })}
          onValid={setYear}
        />
      </div>
      <dl className="answers">
        <dt>{t('goal.requiredRate', { year })}</dt>
        <dd data-testid="goal-rate">{show(answer.requiredRate, (v) => formatPercent(v, lang, 2))}</dd>
        {answer.requiredSlope && (
          <>
            <dt>{t('goal.requiredSlope')}</dt>
            <dd>{show(answer.requiredSlope, (v) => `${formatNumber(v, lang, 1)} / ${t('goal.perYear')}`)}</dd>
          </>
        )}
        <dt>{t('goal.reachedIn', { name: scenario.name })}</dt>
        <dd data-testid="goal-reached">
          {show(answer.reachedInYear, (v) => t('goal.yearValue', { year: v, target: formatWithUnit(target, series.unit, lang) }))}
        </dd>
      </dl>
      <button type="button" disabled={rate === null} onClick={apply} data-testid="goal-apply">
        {scenario.method.kind === 'growth' ? t('goal.update') : t('goal.apply')}
      </button>
    </details>
  );
}
