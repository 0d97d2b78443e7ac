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

  // Named for its goal: a scenario never keeps a name ("반복 성장 11.5%") that its rate no longer is.
  const goalName = t('goal.newName', { target: formatWithUnit(target, series.unit, lang), year });
  /** A new scenario at the rate found, selected; the one goal seek started from stays as it was. */
  const apply = () => {
    if (rate === null) return;
    const id = nextScenarioId(workbook.scenarios);
    onEdit({
      kind: 'addScenario',
      scenario: {
        id,
        name: goalName,
        seriesId: series.id,
        method: { kind: 'growth', rate },
        horizon: Math.max(year, scenario.horizon),
        split: null,
        scope: 'series',
      },
    });
    onSelect(id);
  };
  /** The current scenario takes the rate (and the goal's name), as one undo step of its own. */
  const update = () => {
    if (rate === null) return;
    onEdit({
      kind: 'batch',
      edits: [
        {
          kind: 'updateScenario',
          id: scenario.id,
          patch: { name: goalName, method: { kind: 'growth', rate }, horizon: Math.max(scenario.horizon, year) },
        },
      ],
    });
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
      <div className="goal-actions">
        <button type="button" className="primary" disabled={rate === null} onClick={apply} data-testid="goal-apply">
          {t('goal.apply')}
        </button>
        <button
          type="button"
          disabled={rate === null}
          onClick={update}
          data-testid="goal-update"
          title={t('goal.updateTitle', { name: goalName })}
        >
          {t('goal.update')}
        </button>
      </div>
    </details>
  );
}
