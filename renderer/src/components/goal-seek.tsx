/** Goal seek: what rate reaches a target by a year, and when the scenario itself gets there. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessages } from '../../../core/failure-messages';
import { formatEok, formatNumber, formatPercent } from '../../../core/format';
import type { GoalResult } from '../../../core/goal-seek';
import { MAX_HORIZON } from '../../../core/projection';
import type { MethodResult } from '../../../core/projection-methods';
import { goalSeek } from '../../../core/scenarios';
import type { Lang, Scenario, SeriesPoint } from '../../../core/types';
import { NumberInput } from './inputs';

interface Props {
  scenario: Scenario;
  result: Extract<MethodResult, { ok: true }>;
  history: readonly SeriesPoint[];
  lang: Lang;
}

/** Goal-seek inputs and answers for the active scenario. */
export function GoalSeek({ scenario, result, history, lang }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(5000);
  const [year, setYear] = useState(Math.max(result.baseYear + 1, scenario.horizon));
  const answer = goalSeek(scenario.method, result, target, year, history);
  const show = (g: GoalResult<number>, f: (v: number) => string) => (g.ok ? f(g.value) : failureMessages[g.reason][lang]);

  return (
    <div className="goal-seek" data-testid="goal-seek">
      <h3>{t('goal.title')}</h3>
      <div className="field-row">
        <NumberInput
          testId="goal-target"
          label={t('goal.target')}
          suffix={lang === 'ko' ? '억원' : ''}
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
          isValid={(v) => Number.isInteger(v) && v > result.baseYear && v <= MAX_HORIZON}
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
          {show(answer.reachedInYear, (v) => t('goal.yearValue', { year: v, target: formatEok(target, lang) }))}
        </dd>
      </dl>
    </div>
  );
}
