/**
 * The budget-book step of the import: the levels of the tree (reorder, drop, add), the stages to bring in,
 * and what the plan found: items only in the file or only in the workbook, suggested pairings to confirm,
 * years not decided yet, duplicate rows.
 */
import { useTranslation } from 'react-i18next';
import type { BudgetChoices, BudgetReply, BudgetShape } from '../../../core/budget/budget-import';
import { pathKey, pathText } from '../../../core/budget/budget-paths';
import type { ImportTable } from '../../../core/import/import-table';
import { formatNumber } from '../../../core/format';
import type { Lang, PathPairing } from '../../../core/types';
import { conversionFactor, isMoneyUnit } from '../../../core/units';
import { CheckField } from '../shell/inputs';

interface Props {
  table: ImportTable;
  shape: BudgetShape;
  choices: BudgetChoices;
  plan: BudgetReply | null;
  lang: Lang;
  onChoices: (choices: BudgetChoices) => void;
}

const samePairing = (a: PathPairing, b: PathPairing) => pathKey(a.from) === pathKey(b.from) && pathKey(a.to) === pathKey(b.to);

/** Levels, stages and the plan's report. */
export function ImportBudgetBook({ table, shape, choices, plan, lang, onChoices }: Props) {
  const { t } = useTranslation();
  const name = (c: number) => table.columns[c]?.name ?? '';
  const set = (patch: Partial<BudgetChoices>) => onChoices({ ...choices, ...patch });
  const moveLevel = (i: number, by: -1 | 1) => {
    const levels = [...choices.levels];
    [levels[i], levels[i + by]] = [levels[i + by]!, levels[i]!];
    set({ levels });
  };
  const unused = shape.keyCols.filter((c) => !choices.levels.includes(c));
  const confirmed = (p: PathPairing) => choices.pairings.some((q) => samePairing(p, q));
  const suggestions = [...(plan?.suggested ?? []), ...choices.pairings.filter((p) => !plan?.suggested.some((s) => samePairing(s, p)))];
  const factor = plan && isMoneyUnit(plan.fromUnit) && isMoneyUnit(plan.toUnit) ? conversionFactor(plan.toUnit, plan.fromUnit) : null;
  const dropped = plan?.duplicates.filter((d) => d.droppedZeros).length ?? 0;
  const doubled = plan?.duplicates.filter((d) => !d.droppedZeros).length ?? 0;
  return (
    <div className="budget-book" data-testid="import-budget">
      <p className="muted">{t('budget.detected', { year: name(choices.yearCol) })}</p>
      <div className="budget-columns">
        <fieldset className="field">
          <legend>{t('budget.levels')}</legend>
          <ol className="budget-levels" data-testid="budget-levels">
            {choices.levels.map((c, i) => (
              <li key={c}>
                <span className="level-name">{name(c)}</span>
                <button
                  type="button"
                  className="compact"
                  disabled={i === 0}
                  onClick={() => moveLevel(i, -1)}
                  aria-label={`${name(c)} ${t('budget.moveUp')}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="compact"
                  disabled={i === choices.levels.length - 1}
                  onClick={() => moveLevel(i, 1)}
                  aria-label={`${name(c)} ${t('budget.moveDown')}`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="compact"
                  disabled={choices.levels.length === 1}
                  onClick={() => set({ levels: choices.levels.filter((x) => x !== c) })}
                  aria-label={`${name(c)} ${t('budget.removeLevel')}`}
                  data-testid="budget-remove-level"
                >
                  ✕
                </button>
              </li>
            ))}
          </ol>
          {unused.length > 0 && (
            <select
              aria-label={t('budget.addLevel')}
              data-testid="budget-add-level"
              value=""
              onChange={(e) => e.target.value !== '' && set({ levels: [...choices.levels, Number(e.target.value)] })}
            >
              <option value="">{t('budget.addLevel')}…</option>
              {unused.map((c) => (
                <option key={c} value={c}>
                  {name(c)}
                </option>
              ))}
            </select>
          )}
        </fieldset>
        <fieldset className="field">
          <legend>{t('budget.stages')}</legend>
          {shape.amountCols.map((c) => (
            <CheckField
              key={c}
              checked={choices.stages.includes(c)}
              testId={`budget-stage-${c}`}
              onChange={(on) =>
                set({
                  stages: on
                    ? shape.amountCols.filter((x) => x === c || choices.stages.includes(x))
                    : choices.stages.filter((x) => x !== c),
                })
              }
            >
              <span>{name(c)}</span>
            </CheckField>
          ))}
          {plan && factor !== null && factor !== 1 && (
            <p className="conversion">
              {t('budget.conversion', { from: plan.fromUnit, to: plan.toUnit, factor: formatNumber(factor, lang, 0) })}
            </p>
          )}
        </fieldset>
      </div>
      {plan === null ? (
        <p className="muted" role="status">
          {t('import.summarizing')}
        </p>
      ) : (
        <div className="budget-report" data-testid="budget-report">
          <p data-testid="budget-summary">
            {t('budget.summary', {
              items: formatNumber(plan.items, lang),
              years: plan.years.length > 1 ? `${plan.years[0]}–${plan.years.at(-1)}` : String(plan.years[0] ?? ''),
              added: formatNumber(plan.added, lang),
              updated: formatNumber(plan.updated, lang),
            })}
          </p>
          {plan.undecided.map((u) => (
            <p key={`${u.stage}${u.year}`} className="field-warning" data-testid="budget-undecided">
              {t('budget.undecidedYear', { stage: u.stage, year: u.year })}
            </p>
          ))}
          {dropped > 0 && <p className="muted">{t('budget.droppedZeros', { count: dropped })}</p>}
          {doubled > 0 && (
            <div className="field-warning">
              {t('budget.duplicates', { count: doubled })}{' '}
              <CheckField checked={choices.sumDuplicates} onChange={(on) => set({ sumDuplicates: on })} testId="budget-sum-duplicates">
                <span>{t('budget.sumDuplicates')}</span>
              </CheckField>
            </div>
          )}
          {(plan.inFile.length > 0 || plan.inWorkbook.length > 0) && plan.updated > 0 && (
            <p className="muted" data-testid="budget-unmatched">
              {t('budget.inFile', { count: plan.inFile.length })} · {t('budget.inWorkbook', { count: plan.inWorkbook.length })}
            </p>
          )}
          {suggestions.length > 0 && (
            <fieldset className="field budget-pairings" data-testid="budget-pairings">
              <legend>{t('budget.suggested')}</legend>
              {suggestions.map((s) => (
                <CheckField
                  key={`${pathKey(s.from)}→${pathKey(s.to)}`}
                  checked={confirmed(s)}
                  testId="budget-pairing"
                  onChange={(on) =>
                    set({
                      pairings: on ? [...choices.pairings, { from: s.from, to: s.to }] : choices.pairings.filter((p) => !samePairing(p, s)),
                    })
                  }
                >
                  <span>
                    {'kind' in s ? `[${t(s.kind === 'move' ? 'budget.move' : 'budget.rename')}] ` : ''}
                    {pathText(s.from)} → {pathText(s.to)}
                  </span>
                </CheckField>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </div>
  );
}
