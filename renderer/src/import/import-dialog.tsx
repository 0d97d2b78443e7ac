/** Import preview: sheet, header row, encoding, unit, target, rows → series or column mapping → centers; then the diff; then apply. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import type { CenterImportRequest, CenterImportSummary } from '../../../core/import/center-import';
import type { ImportTable } from '../../../core/import/import-table';
import type { CenterImportReply, ImportPreview, ImportRequest } from '../../../core/ipc-contract';
import { defaultSeriesChoices, planSeriesImport, seriesCandidates, type SeriesTarget } from '../../../core/import/series-import';
import type { ColumnUse } from '../../../core/import/to-workbook';
import { importWarningText, skipReasonText, type ImportWarning } from '../../../core/import/import-warnings';
import { COMMON_UNITS, conversionFactor, isMoneyUnit } from '../../../core/units';
import type { Lang, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { DocumentTablePicker } from './document-table-picker';
import { CenterDiffView, SeriesImportDiff } from './import-diff';
import { ImportSeriesChooser } from './import-series-chooser';
import { CheckField } from '../shell/inputs';
import { Modal } from '../shell/modal';
import { PreviewTable } from './import-preview-table';
import { CenterMatching } from './import-center-matching';
import { ImportBudgetBook } from './import-budget-book';
import { budgetShape, type BudgetChoices, type BudgetReply } from '../../../core/budget/budget-import';
import type { AmbiguousChoice } from '../../../core/import/center-match';

interface Props {
  preview: ImportPreview;
  workbook: Workbook;
  lang: Lang;
  busy: boolean;
  onRequest: (request: ImportRequest) => void;
  /** What importing the list with a mapping would do (the work process holds the file's rows). */
  onCenters: (workbook: Workbook, request: CenterImportRequest) => Promise<CenterImportReply | null>;
  /** Rows of the table past those the preview holds. */
  onRows: (start: number, count: number) => Promise<ImportTable['rows']>;
  /** What importing the long table as a budget book would do (the work process holds the file's rows). */
  onBudget: (workbook: Workbook, choices: BudgetChoices, apply?: boolean) => Promise<BudgetReply | null>;
  /** Imports the list into the centers. */
  onApplyCenters: (request: CenterImportRequest) => void;
  onApply: (edit: WorkbookEdit, summary: string) => void;
  onClose: () => void;
}

/** The rows ticked at first (not totals of others), each into the series of its name or a new one (core's defaults). */
const initialChoices = (table: ImportPreview['table'], workbook: Workbook): Map<number, SeriesTarget> =>
  table ? defaultSeriesChoices(table, workbook.series) : new Map<number, SeriesTarget>();

type Target = 'centers' | 'series' | 'budget';

/** A long table (a budget book) as its tree of series; a table of years as series; anything else as centers. */
const initialTarget = (table: ImportPreview['table']): Target =>
  table?.kind === 'series' ? 'series' : table && budgetShape(table) ? 'budget' : 'centers';

/** The detected shape's choices: its levels and every amount column as a stage. */
const initialBudget = (table: ImportPreview['table']): BudgetChoices | null => {
  const shape = table && table.kind === 'list' ? budgetShape(table) : null;
  return shape && { yearCol: shape.yearCol, levels: shape.levels, stages: shape.amountCols, pairings: [], sumDuplicates: false };
};

/** The import dialog. */
export function ImportDialog({
  preview,
  workbook,
  lang,
  busy,
  onRequest,
  onCenters,
  onBudget,
  onRows,
  onApplyCenters,
  onApply,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const table = preview.table;
  const candidates = useMemo(() => (table ? seriesCandidates(table) : []), [table]);
  const [target, setTarget] = useState<Target>(() => initialTarget(table));
  const [uses, setUses] = useState<ColumnUse[]>(() => table?.columns.map((c) => c.field ?? 'extra') ?? []);
  const [choices, setChoices] = useState(() => initialChoices(table, workbook));
  const [parentId, setParentId] = useState<string | null>(null);
  const [totalsAsParent, setTotalsAsParent] = useState(false);
  const [override, setOverride] = useState(false);
  const [unit, setUnit] = useState<string | null>(table?.unit ?? null);
  const [step, setStep] = useState<'preview' | 'diff'>('preview');
  const [headerDraft, setHeaderDraft] = useState(String(table?.headerRow ?? 1));
  const [removeMissing, setRemoveMissing] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [keyColumn, setKeyColumn] = useState<number | null>(null);
  const [ambiguous, setAmbiguous] = useState<AmbiguousChoice | undefined>(undefined);
  const [budgetChoices, setBudgetChoices] = useState(() => initialBudget(table));
  const shape = useMemo(() => (table && table.kind === 'list' ? budgetShape(table) : null), [table]);
  type Planned = { choices: BudgetChoices; plan: BudgetReply };
  const [budgetPlan, setBudgetPlan] = useState<Planned | null>(null);

  // A new preview (other sheet, header row, encoding) resets what depended on the old one.
  const [seen, setSeen] = useState(preview);
  if (seen !== preview) {
    setSeen(preview);
    setUses(preview.table?.columns.map((c) => c.field ?? 'extra') ?? []);
    setUnit(preview.table?.unit ?? null);
    setTarget(initialTarget(preview.table));
    setBudgetChoices(initialBudget(preview.table));
    setChoices(initialChoices(preview.table, workbook));
    setHeaderDraft(String(preview.table?.headerRow ?? 1));
    setConfirmed(false);
    setKeyColumn(null);
    setAmbiguous(undefined);
    setStep('preview');
  }

  const plan = useMemo(
    () =>
      table
        ? planSeriesImport(workbook, table, {
            file: preview.file,
            sheet: preview.sheet,
            unit,
            choices,
            parentId,
            totalsAsParent,
            overrideUnits: override,
            defaultUnit: unit ?? '',
          })
        : null,
    [workbook, table, preview, unit, choices, parentId, totalsAsParent, override],
  );
  // The list as centers, summarised where the file's rows are: counts and the first rows of the diff.
  // A summary belongs to one preview (file, sheet, header row, encoding) and one request (mapping, removal).
  type Summary = { preview: ImportPreview; request: CenterImportRequest; value: CenterImportSummary };
  const [summary, setSummary] = useState<Summary | null>(null);
  const centerRequest = useMemo<CenterImportRequest>(
    () => ({ uses, keepMissing: !removeMissing, keyColumn, ...(ambiguous && { ambiguous }) }),
    [uses, removeMissing, keyColumn, ambiguous],
  );
  useEffect(() => {
    if (!table || target !== 'centers') return;
    let live = true;
    void onCenters(workbook, centerRequest).then(
      (reply) => live && reply?.summary && setSummary({ preview, request: centerRequest, value: reply.summary }),
    );
    return () => {
      live = false;
    };
  }, [preview, table, target, workbook, centerRequest, onCenters]);
  const current = summary?.preview === preview && summary.request === centerRequest ? summary.value : null;
  // The long table as a budget book, planned where the rows are, again whenever the choices change.
  useEffect(() => {
    if (target !== 'budget' || !budgetChoices || budgetChoices.stages.length === 0) return;
    let live = true;
    void onBudget(workbook, budgetChoices).then((plan) => live && plan && setBudgetPlan({ choices: budgetChoices, plan }));
    return () => {
      live = false;
    };
  }, [target, workbook, budgetChoices, onBudget]);
  const planned = budgetPlan?.choices === budgetChoices ? budgetPlan.plan : null;
  // A list becomes centers when its name column is certain: a guessed one (or a mapping left as guessed) is confirmed first.
  const nameAt = uses.indexOf('name');
  const guessedName =
    table && nameAt >= 0 && table.columns[nameAt]?.field === 'name' && table.columns[nameAt]?.confidence !== 'exact'
      ? table.columns[nameAt]
      : null;
  const unknownRegions = current?.unknownRegions;
  const warnings: ImportWarning[] = [
    ...(table?.warnings ?? []),
    ...preview.warnings,
    ...(target === 'centers' && unknownRegions && unknownRegions.count > 0
      ? [{ code: 'unknownRegions' as const, names: unknownRegions.names.join(', '), count: unknownRegions.count }]
      : []),
  ];
  // While a new summary is worked out, the count of the last one for this file stays (it rarely changes).
  const notInFile = (current ?? (summary?.preview === preview ? summary.value : null))?.notInFile ?? 0;
  const canApply =
    table !== null &&
    (target === 'budget'
      ? planned !== null
      : target === 'series'
        ? plan?.ok === true
        : current !== null &&
          current.imported > 0 &&
          uses.includes('name') &&
          (!guessedName || confirmed) &&
          // Rows that match several centers wait for the user's choice.
          (current.diff.counts.ambiguous === 0 || ambiguous !== undefined));
  const updateUnit = plan?.ok ? plan.updated[0]?.unit : undefined;
  const factor = unit && updateUnit && isMoneyUnit(unit) && isMoneyUnit(updateUnit) ? conversionFactor(unit, updateUnit) : 1;

  const apply = () => {
    if (target === 'budget' && planned && budgetChoices)
      // The edit comes over once, now: the replies while the analyst chose carried the report only.
      void onBudget(workbook, budgetChoices, true).then((applied) => {
        if (!applied?.edit) return;
        const counts = { file: preview.file, items: applied.items, added: applied.added, updated: applied.updated };
        onApply({ kind: 'importBudget', budget: applied.edit }, t('budget.applied', { ...counts, pairings: applied.edit.pairings.length }));
      });
    else if (target === 'series' && plan?.ok)
      onApply(plan.edit, t('import.appliedSeries', { added: plan.added.length, updated: plan.updated.length, file: preview.file }));
    else if (target === 'centers') onApplyCenters(centerRequest);
  };
  // Only a header row the user changed asks again (leaving the field unchanged, e.g. to press 취소, asks nothing).
  const requestHeader = () =>
    Number(headerDraft) >= 1 &&
    headerDraft !== String(table?.headerRow ?? 1) &&
    onRequest({ token: preview.token, sheet: preview.sheet, headerRow: Number(headerDraft) });

  return (
    <Modal
      title={
        <>
          {t('import.title')} <span className="muted">{preview.file}</span>
        </>
      }
      subtitle={`${preview.format.toUpperCase()}${preview.encoding ? ` · ${preview.encoding.toUpperCase()}` : ''}`}
      testId="import-dialog"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('import.cancel')}
          </button>
          {target === 'budget' ? (
            <button type="button" className="primary" disabled={!canApply || busy} onClick={apply} data-testid="import-apply">
              {t('import.apply')}
            </button>
          ) : step === 'preview' ? (
            <button
              type="button"
              className="primary"
              disabled={!canApply || busy}
              onClick={() => setStep('diff')}
              data-testid="import-next"
            >
              {t('import.showChanges')}
            </button>
          ) : (
            <>
              <button type="button" onClick={() => setStep('preview')}>
                {t('import.back')}
              </button>
              <button type="button" className="primary" onClick={apply} disabled={busy} data-testid="import-apply" data-autofocus>
                {t('import.apply')}
              </button>
            </>
          )}
        </>
      }
    >
      {step === 'preview' ? (
        <>
          {preview.documentTables && (
            <DocumentTablePicker
              tables={preview.documentTables}
              selected={preview.sheet}
              onPick={(sheet) => sheet !== preview.sheet && onRequest({ token: preview.token, sheet })}
            />
          )}
          <div className="field-row wrap">
            {preview.sheetNames.length > 1 && !preview.documentTables && (
              <label className="field">
                <span>{t('import.sheet')}</span>
                <select
                  data-testid="import-sheet"
                  value={preview.sheet}
                  onChange={(e) => onRequest({ token: preview.token, sheet: e.target.value })}
                >
                  {preview.sheetNames.map((n) => (
                    <option key={n}>{n}</option>
                  ))}
                </select>
              </label>
            )}
            {preview.format === 'csv' && (
              <label className="field">
                <span>{t('import.encoding')}</span>
                <select
                  data-testid="import-encoding"
                  value={preview.encoding ?? 'utf-8'}
                  onChange={(e) =>
                    onRequest({ token: preview.token, sheet: preview.sheet, encoding: e.target.value as ImportRequest['encoding'] })
                  }
                >
                  <option value="utf-8">UTF-8</option>
                  <option value="cp949">CP949 (EUC-KR)</option>
                  <option value="utf-16le">UTF-16LE</option>
                </select>
              </label>
            )}
            <label className="field">
              <span>{t('import.headerRow')}</span>
              <input
                data-testid="import-header-row"
                type="number"
                min={1}
                value={headerDraft}
                style={{ width: 80 }}
                onChange={(e) => setHeaderDraft(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && requestHeader()}
                onBlur={requestHeader}
              />
            </label>
            <label className="field">
              <span>{t('import.unit')}</span>
              <select data-testid="import-unit" value={unit ?? ''} onChange={(e) => setUnit(e.target.value || null)}>
                <option value="">{t('import.noUnit')}</option>
                {[...new Set([...(table?.unit ? [table.unit] : []), ...COMMON_UNITS])].map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </label>
            <fieldset className="field target">
              <legend>{t('import.target')}</legend>
              {shape && (
                <label>
                  <input
                    type="radio"
                    name="target"
                    checked={target === 'budget'}
                    onChange={() => setTarget('budget')}
                    data-testid="import-target-budget"
                  />{' '}
                  {t('budget.title')}
                </label>
              )}
              <label>
                <input
                  type="radio"
                  name="target"
                  checked={target === 'series'}
                  disabled={candidates.length === 0}
                  onChange={() => setTarget('series')}
                  data-testid="import-target-series"
                />{' '}
                {t('import.toSeries')}
              </label>
              <label>
                <input
                  type="radio"
                  name="target"
                  checked={target === 'centers'}
                  onChange={() => setTarget('centers')}
                  data-testid="import-target-centers"
                />{' '}
                {t('import.toCenters')}
              </label>
            </fieldset>
          </div>
          {target === 'budget' && table && shape && budgetChoices && (
            <ImportBudgetBook table={table} shape={shape} choices={budgetChoices} plan={planned} lang={lang} onChoices={setBudgetChoices} />
          )}
          {target === 'series' && factor !== 1 && (
            <p className="conversion">
              {t('import.conversion', {
                from: unit,
                to: updateUnit,
                factor: formatNumber(factor, lang, factor < 1 ? 6 : 0)
                  .replace(/0+$/, '')
                  .replace(/\.$/, ''),
              })}
            </p>
          )}
          {table === null ? (
            <p className="field-error">
              {t('import.noTable', { reason: preview.noTableReason ? skipReasonText(lang, preview.noTableReason) : '' })}
            </p>
          ) : (
            <>
              {target === 'series' && (
                <>
                  {table.snapshotYear !== null && (
                    <p className={table.snapshotPeriod ? 'field-warning' : 'muted'} data-testid="import-period">
                      {table.snapshotPeriod
                        ? t('import.periodPartial', { year: table.snapshotYear, period: table.snapshotPeriod })
                        : t('import.periodYear', { year: table.snapshotYear })}
                    </p>
                  )}
                  <ImportSeriesChooser
                    workbook={workbook}
                    candidates={candidates}
                    choices={choices}
                    parentId={parentId}
                    totalsAsParent={totalsAsParent}
                    hasTotals={table.totals.length > 0}
                    onChoices={setChoices}
                    onParent={setParentId}
                    onTotalsAsParent={setTotalsAsParent}
                  />
                  {plan && !plan.ok && plan.problem.code === 'unitMismatch' && (
                    <div className="field-error" role="alert" data-testid="import-unit-mismatch">
                      {t('import.unitMismatch', { from: plan.problem.from, to: plan.problem.to })}{' '}
                      <CheckField checked={override} onChange={setOverride} testId="import-unit-override">
                        <span>{t('import.unitOverride')}</span>
                      </CheckField>
                    </div>
                  )}
                  {table.rowCount > table.rows.length && (
                    <p className="muted" data-testid="import-series-window">
                      {t('import.seriesWindow', { rows: formatNumber(table.rows.length, lang) })}
                    </p>
                  )}
                  {plan?.ok && (
                    <p className="muted">
                      {t('import.seriesPreview', {
                        count: plan.added.length + plan.updated.length,
                        added: plan.added.length,
                        updated: plan.updated.length,
                      })}
                    </p>
                  )}
                </>
              )}
              <PreviewTable
                key={`${preview.token}|${preview.sheet}|${table.headerRow}|${preview.encoding}`}
                table={table}
                target={target === 'centers' ? 'centers' : 'series'}
                uses={uses}
                lang={lang}
                onUse={(i, u) => setUses((list) => list.map((x, k) => (k === i ? u : x)))}
                onRows={onRows}
              />
              <p className="muted">{t('import.rowCount', { rows: formatNumber(table.rowCount, lang), header: table.headerRow })}</p>
              {target === 'centers' && !uses.includes('name') && <p className="field-error">{t('import.needName')}</p>}
              {target === 'centers' && guessedName && (
                <CheckField className="confirm-mapping" checked={confirmed} onChange={setConfirmed} testId="import-confirm-mapping">
                  <span>{t('import.confirmName', { column: guessedName.name })}</span>
                </CheckField>
              )}
              {target === 'centers' && current === null && uses.includes('name') && (
                <p className="muted" role="status" data-testid="import-summarizing">
                  {t('import.summarizing')}
                </p>
              )}
              {target === 'centers' && (
                <CenterMatching
                  table={table}
                  keyColumn={keyColumn}
                  ambiguous={ambiguous}
                  summary={current}
                  lang={lang}
                  onKey={(column) => {
                    setKeyColumn(column);
                    // The key's column must be kept, or the next import could not match by it.
                    if (column !== null && uses[column] === 'ignore') setUses((list) => list.map((u, k) => (k === column ? 'extra' : u)));
                  }}
                  onAmbiguous={setAmbiguous}
                />
              )}
              {target === 'centers' && (
                <CheckField checked={removeMissing} onChange={setRemoveMissing} testId="import-remove-missing">
                  <span>{t('import.removeMissing', { count: notInFile })}</span>
                </CheckField>
              )}
            </>
          )}
          {warnings.length > 0 && (
            <ul className="warnings" data-testid="import-warnings">
              {warnings.slice(0, 20).map((w, i) => (
                <li key={i}>⚠ {importWarningText(lang, w)}</li>
              ))}
            </ul>
          )}
        </>
      ) : target === 'series' && plan?.ok ? (
        <SeriesImportDiff added={plan.added} updated={plan.updated} lang={lang} />
      ) : current ? (
        <CenterDiffView diff={current.diff} lang={lang} />
      ) : null}
    </Modal>
  );
}
