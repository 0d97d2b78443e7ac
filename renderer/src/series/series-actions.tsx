/** Buttons that change the rows of the series table: add, add a child, reorder, group (indent/outdent), delete, add a year. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDerived } from '../../../core/formula/derived-series';
import { nextSeriesId } from '../../../core/scenarios';
import { freeName, startingYears } from '../../../core/series';
import { seriesTable, type TableRow } from '../../../core/series-table';
import { seriesOfStage, shownStage } from '../../../core/budget/budget-paths';
import type { Lang, Series, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { FormulaDialog } from './formula-dialog';

interface Props {
  workbook: Workbook;
  selectedId: string | null;
  onEdit: (edit: WorkbookEdit) => void;
  onSelect: (id: string) => void;
  lang: Lang;
}

/** Whether a series has siblings before and after it (one pass, nothing built: a book has 20,000 series). */
function siblingsAround(series: readonly Series[], selected: Series): { before: boolean; after: boolean } {
  let before = false;
  let seen = false;
  for (const s of series) {
    if (s.parentId !== selected.parentId) continue;
    if (s === selected) seen = true;
    else if (seen) return { before, after: true };
    else before = true;
  }
  return { before, after: false };
}

/** The nearest row above `selected` in the table with the same parent. */
function rowAbove(rows: readonly TableRow[], selected: Series): Series | undefined {
  let i = rows.findIndex((r) => r.series.id === selected.id);
  while (--i >= 0) if (rows[i]!.series.parentId === selected.parentId) return rows[i]!.series;
  return undefined;
}

/** The series table's row actions. */
export function SeriesActions({ workbook, selectedId, onEdit, onSelect, lang }: Props) {
  const { t } = useTranslation();
  const [formula, setFormula] = useState<'add' | 'edit' | null>(null);
  const series = workbook.series;
  const selected = series.find((s) => s.id === selectedId) ?? null;
  const { before, after } = selected ? siblingsAround(series, selected) : { before: false, after: false };
  // The row just above in the table at the same level: the group an indent puts this series into.
  // The table's rows (made once per series array, shared with the table) rather than a tree order per render.
  const above = selected ? rowAbove(seriesTable(seriesOfStage(series, shownStage(workbook))).rows, selected) : undefined;

  const add = (parentId: string | null) => {
    const id = nextSeriesId(series);
    const parent = series.find((s) => s.id === parentId);
    const name = freeName(series, parent ? t('table.newChild', { parent: parent.name }) : t('table.newSeries'));
    const index = selected ? series.indexOf(selected) + 1 : series.length;
    onEdit({
      kind: 'addSeries',
      series: {
        id,
        name,
        unit: parent?.unit ?? workbook.defaultUnit,
        parentId,
        note: '',
        baselineScenarioId: null,
        points: startingYears(series, new Date().getFullYear()).map((year) => ({ year, value: null, note: '' })),
      },
      index,
    });
    onSelect(id);
  };

  return (
    <span className="button-group" role="group" aria-label={t('table.title')}>
      <button type="button" onClick={() => add(selected?.parentId ?? null)} data-testid="add-series">
        {t('table.addSeries')}
      </button>
      <button type="button" disabled={!selected} onClick={() => selected && add(selected.id)} data-testid="add-child-series">
        {t('table.addChild')}
      </button>
      <button
        type="button"
        disabled={!selected || !before}
        onClick={() => selected && onEdit({ kind: 'moveSeries', id: selected.id, offset: -1 })}
        aria-label={t('table.moveUp')}
        title={t('table.moveUp')}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={!selected || !after}
        onClick={() => selected && onEdit({ kind: 'moveSeries', id: selected.id, offset: 1 })}
        aria-label={t('table.moveDown')}
        title={t('table.moveDown')}
      >
        ↓
      </button>
      <button
        type="button"
        disabled={!selected || !above}
        onClick={() => selected && above && onEdit({ kind: 'updateSeries', id: selected.id, patch: { parentId: above.id } })}
        title={t('table.indentTitle')}
        data-testid="indent-series"
      >
        {t('table.indent')}
      </button>
      <button
        type="button"
        disabled={!selected?.parentId}
        onClick={() =>
          selected &&
          onEdit({
            kind: 'updateSeries',
            id: selected.id,
            patch: { parentId: series.find((s) => s.id === selected.parentId)?.parentId ?? null },
          })
        }
        title={t('table.outdentTitle')}
      >
        {t('table.outdent')}
      </button>
      {/* ƒx, as spreadsheets mark formulas: the row of actions stays one line at 1024 px. */}
      <button
        type="button"
        className="formula-button"
        // A formula needs a series to read.
        disabled={series.length === 0}
        onClick={() => setFormula('add')}
        data-testid="add-formula"
        aria-label={`ƒx ${t('formulaDialog.button')}`}
        title={`${t('formulaDialog.button')} ${t('formulaDialog.addTitle')}`}
      >
        ƒx
      </button>
      {selected && isDerived(selected) && (
        <button type="button" onClick={() => setFormula('edit')} data-testid="edit-formula">
          {t('formulaDialog.editButton')}
        </button>
      )}
      {formula && (
        <FormulaDialog
          workbook={workbook}
          editing={formula === 'edit' ? selected : null}
          selected={selected}
          lang={lang}
          onEdit={onEdit}
          onSelect={onSelect}
          onClose={() => setFormula(null)}
        />
      )}
      <button
        type="button"
        disabled={!selected || isDerived(selected)}
        onClick={() => selected && onEdit({ kind: 'addYear', seriesId: selected.id, where: 'after' })}
        data-testid="series-add-year"
      >
        {t('table.addYear')}
      </button>
      <button
        type="button"
        className="danger"
        disabled={!selected}
        onClick={() => selected && onEdit({ kind: 'removeSeries', ids: [selected.id] })}
        data-testid="remove-series"
      >
        {t('table.remove')}
      </button>
    </span>
  );
}
