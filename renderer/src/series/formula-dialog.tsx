/**
 * Adds or edits a derived series: a preset (share of its group, real terms, per unit, difference, YoY %)
 * fills the formula from series picked in lists, or the analyst types it, with series names completed
 * after `[`. The dialog shows the unit and the last values the formula gives, or why it cannot be used.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFormula } from '../../../core/formula/derived-series';
import { formulaProblemText } from '../../../core/formula/formula-text';
import {
  completeName,
  FORMULA_PRESETS,
  insertName,
  nameAtCaret,
  presetFormula,
  presetNeedsSecond,
  type FormulaPreset,
} from '../../../core/formula/formula-presets';
import { formatEntered } from '../../../core/format';
import { LIMITS } from '../../../core/limits';
import { nextSeriesId } from '../../../core/scenarios';
import { freeName } from '../../../core/series';
import type { Lang, Series, Workbook } from '../../../core/types';
import { applyEdit, type WorkbookEdit } from '../../../core/workbook-edits';
import { Modal } from '../shell/modal';

interface Props {
  workbook: Workbook;
  /** The derived series being edited; null adds one. */
  editing: Series | null;
  /** The series selected in the table: the first input a preset offers. */
  selected: Series | null;
  lang: Lang;
  onEdit: (edit: WorkbookEdit) => void;
  onSelect: (id: string) => void;
  onClose: () => void;
}

type Mode = FormulaPreset | 'typed';

/** The formula dialog. */
export function FormulaDialog({ workbook, editing, selected, lang, onEdit, onSelect, onClose }: Props) {
  const { t } = useTranslation();
  const inputs = workbook.series.filter((s) => s.id !== editing?.id);
  const names = inputs.map((s) => s.name);
  const first = selected && selected.id !== editing?.id ? selected.name : (names[0] ?? '');
  const [mode, setMode] = useState<Mode>(editing ? 'typed' : 'share');
  const [a, setA] = useState(first);
  const [b, setB] = useState(names.find((n) => n !== first) ?? first);
  const lastYear = Math.max(0, ...workbook.series.flatMap((s) => s.points.map((p) => p.year)));
  const [baseYear, setBaseYear] = useState(String(lastYear || new Date().getFullYear()));
  const [typed, setTyped] = useState(editing?.formula ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [unit, setUnit] = useState<string | null>(editing ? editing.unit : null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const formulaRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  const formula = mode === 'typed' ? typed : presetFormula(mode, a, b, Number(baseYear) || lastYear);
  const suggestedName =
    mode === 'typed' ? t('formulaDialog.newName') : t(`formulaDialog.name.${mode}`, { a, b, year: Number(baseYear) || lastYear });
  const finalName = name.trim() || freeName(inputs, suggestedName);
  const checked = useMemo(
    () => checkFormula(workbook.series, editing?.id ?? null, finalName, formula),
    [workbook.series, editing, finalName, formula],
  );
  const finalUnit = unit ?? (checked.ok ? checked.unit : '');
  const id = editing?.id ?? nextSeriesId(workbook.series);
  const edit: WorkbookEdit = editing
    ? { kind: 'updateSeries', id, patch: { name: finalName, formula, unit: finalUnit } }
    : {
        kind: 'addSeries',
        series: { id, name: finalName, unit: finalUnit, parentId: null, note: '', baselineScenarioId: null, points: [], formula },
      };
  const preview = useMemo(() => {
    if (!checked.ok) return [];
    const points = applyEdit(workbook, edit).series.find((s) => s.id === id)?.points ?? [];
    return points.slice(-6);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `edit` is rebuilt from these on every render.
  }, [checked, workbook, id, finalName, formula, finalUnit]);

  const completing = mode === 'typed' ? nameAtCaret(typed, caret) : null;
  const matches = completing ? completeName(names, completing.typed) : [];
  const complete = (pick: string) => {
    const next = insertName(typed, caret, pick);
    setTyped(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => formulaRef.current?.setSelectionRange(next.caret, next.caret));
  };
  const onFormulaKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (matches.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      complete(matches[Math.min(active, matches.length - 1)]!);
    }
  };
  const apply = () => {
    if (!checked.ok) return;
    onEdit(edit);
    onSelect(id);
    onClose();
  };
  const seriesSelect = (value: string, set: (v: string) => void, label: string, testId: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)} data-testid={testId}>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Modal
      title={editing ? t('formulaDialog.editTitle') : t('formulaDialog.title')}
      testId="formula-dialog"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('props.cancel')}
          </button>
          <button type="button" className="primary" disabled={!checked.ok} onClick={apply} data-testid="formula-apply">
            {editing ? t('formulaDialog.apply') : t('formulaDialog.add')}
          </button>
        </>
      }
    >
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <fieldset className="preset-choice">
          <legend>{t('formulaDialog.preset')}</legend>
          {[...FORMULA_PRESETS, 'typed' as const].map((p) => (
            <label key={p} className="chip-radio">
              <input
                type="radio"
                name="preset"
                checked={mode === p}
                data-testid={`formula-preset-${p}`}
                onChange={() => {
                  if (p === 'typed' && mode !== 'typed') setTyped(formula);
                  setMode(p);
                }}
              />
              {t(`formulaDialog.presets.${p}`)}
            </label>
          ))}
        </fieldset>
        {mode !== 'typed' && (
          <div className="field-row wrap">
            {seriesSelect(a, setA, t(`formulaDialog.first.${mode}`), 'formula-a')}
            {presetNeedsSecond(mode) && seriesSelect(b, setB, t(`formulaDialog.second.${mode}`), 'formula-b')}
            {mode === 'real' && (
              <label className="field">
                <span>{t('formulaDialog.baseYear')}</span>
                <input inputMode="numeric" value={baseYear} onChange={(e) => setBaseYear(e.target.value)} data-testid="formula-base-year" />
              </label>
            )}
          </div>
        )}
        <label className="field wide">
          <span>{t('formulaDialog.formula')}</span>
          <input
            ref={formulaRef}
            className="formula-input"
            value={formula}
            readOnly={mode !== 'typed'}
            maxLength={LIMITS.formulaChars + 1}
            spellCheck={false}
            role="combobox"
            aria-expanded={matches.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            data-testid="formula-text"
            data-autofocus={editing ? true : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setCaret(e.target.selectionStart ?? e.target.value.length);
              setActive(0);
            }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
            onKeyDown={onFormulaKey}
          />
        </label>
        {matches.length > 0 && (
          <ul id={listId} role="listbox" className="completion-list" data-testid="formula-completions">
            {matches.map((m, i) => (
              <li
                key={m}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  complete(m);
                }}
              >
                {m}
              </li>
            ))}
          </ul>
        )}
        <div className="field-row wrap">
          <label className="field">
            <span>{t('formulaDialog.seriesName')}</span>
            <input
              value={name}
              placeholder={finalName}
              maxLength={LIMITS.seriesName}
              onChange={(e) => setName(e.target.value)}
              data-testid="formula-name"
            />
          </label>
          <label className="field">
            <span>{t('table.unit')}</span>
            <input value={finalUnit} maxLength={LIMITS.unit} onChange={(e) => setUnit(e.target.value)} data-testid="formula-unit" />
          </label>
        </div>
        {checked.ok ? (
          <p className="muted" data-testid="formula-preview">
            {preview.length === 0
              ? t('formulaDialog.noValues')
              : preview
                  .map((p) => `${p.year}: ${p.value === null ? '—' : formatEntered(Math.round(p.value * 100) / 100, lang)}`)
                  .join(' · ')}
          </p>
        ) : (
          <p className="field-error" role="alert" data-testid="formula-problem">
            {formulaProblemText(lang, checked.problem)}
          </p>
        )}
        <p className="muted small">{t('formulaDialog.help')}</p>
      </form>
    </Modal>
  );
}
