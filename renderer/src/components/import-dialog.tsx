/** Import preview: sheet, header row, encoding, unit, target, rows → series or column mapping → centers; then the diff; then apply. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import type { ImportPreview, ImportRequest } from '../../../core/ipc-contract';
import { diffCenters } from '../../../core/import/merge';
import { defaultSeriesChoices, planSeriesImport, seriesCandidates, type SeriesTarget } from '../../../core/import/series-import';
import { centersFromTable, type ColumnUse } from '../../../core/import/to-workbook';
import { importWarningText, skipReasonText, type ImportWarning } from '../../../core/import/import-warnings';
import { conversionFactor, isMoneyUnit, MONEY_UNITS } from '../../../core/import/units';
import type { CenterField, Lang, Workbook } from '../../../core/types';
import type { WorkbookEdit } from '../../../core/workbook-edits';
import { DocumentTablePicker } from './document-table-picker';
import { CenterDiffView, SeriesImportDiff } from './import-diff';
import { ImportSeriesChooser } from './import-series-chooser';
import { Modal } from './modal';

interface Props {
  preview: ImportPreview;
  workbook: Workbook;
  lang: Lang;
  busy: boolean;
  onRequest: (request: ImportRequest) => void;
  onApply: (edit: WorkbookEdit, summary: string) => void;
  onClose: () => void;
}

const USES: ColumnUse[] = ['name', 'institution', 'region', 'field', 'established', 'equipment', 'extra', 'ignore'];
/** Text fields take text columns, number fields number (or year) columns: a column of numbers is never a 운영기관. */
const usable = (use: ColumnUse, type: string) =>
  use === 'name' || use === 'institution' || use === 'region' || use === 'field'
    ? type === 'text' || type === 'date'
    : use === 'established' || use === 'equipment'
      ? type === 'number' || type === 'year'
      : true;
/** The rows ticked at first, each as a new series (a table of one period: its total column only). */
const initialChoices = (table: ImportPreview['table']): Map<number, SeriesTarget> =>
  new Map((table ? defaultSeriesChoices(table) : []).map((i): [number, SeriesTarget] => [i, { kind: 'new' }]));

/** The import dialog. */
export function ImportDialog({ preview, workbook, lang, busy, onRequest, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const table = preview.table;
  const candidates = useMemo(() => (table ? seriesCandidates(table) : []), [table]);
  const [target, setTarget] = useState<'centers' | 'series'>(table?.kind === 'series' ? 'series' : 'centers');
  const [uses, setUses] = useState<ColumnUse[]>(() => table?.columns.map((c) => c.field ?? 'extra') ?? []);
  const [choices, setChoices] = useState(() => initialChoices(table));
  const [parentId, setParentId] = useState<string | null>(null);
  const [totalsAsParent, setTotalsAsParent] = useState(false);
  const [override, setOverride] = useState(false);
  const [unit, setUnit] = useState<string | null>(table?.unit ?? null);
  const [step, setStep] = useState<'preview' | 'diff'>('preview');
  const [headerDraft, setHeaderDraft] = useState(String(table?.headerRow ?? 1));
  const [removeMissing, setRemoveMissing] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  // A new preview (other sheet, header row, encoding) resets what depended on the old one.
  const [seen, setSeen] = useState(preview);
  if (seen !== preview) {
    setSeen(preview);
    setUses(preview.table?.columns.map((c) => c.field ?? 'extra') ?? []);
    setUnit(preview.table?.unit ?? null);
    setTarget(preview.table?.kind === 'series' ? 'series' : 'centers');
    setChoices(initialChoices(preview.table));
    setHeaderDraft(String(preview.table?.headerRow ?? 1));
    setConfirmed(false);
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
  const { centers, unknownRegions } = useMemo(
    () => (table ? centersFromTable(table, uses, preview.file) : { centers: [], unknownRegions: [] }),
    [table, uses, preview.file],
  );
  // A list becomes centers when its name column is certain: a guessed one (or a mapping left as guessed) is confirmed first.
  const nameAt = uses.indexOf('name');
  const guessedName =
    table && nameAt >= 0 && table.columns[nameAt]?.field === 'name' && table.columns[nameAt]?.confidence !== 'exact'
      ? table.columns[nameAt]
      : null;
  const warnings: ImportWarning[] = [
    ...(table?.warnings ?? []),
    ...preview.warnings,
    ...(target === 'centers' && unknownRegions.length > 0
      ? [{ code: 'unknownRegions' as const, names: unknownRegions.slice(0, 8).join(', '), count: unknownRegions.length }]
      : []),
  ];
  const fields = useMemo(() => uses.filter((u): u is CenterField => u !== 'extra' && u !== 'ignore'), [uses]);
  const centerDiff = useMemo(
    () => diffCenters(workbook.centers.rows, centers, { fields, keepMissing: !removeMissing }),
    [workbook.centers.rows, centers, fields, removeMissing],
  );
  const notInFile = useMemo(
    () =>
      removeMissing
        ? centerDiff.removed.length
        : diffCenters(workbook.centers.rows, centers, { fields, keepMissing: false }).removed.length,
    [removeMissing, centerDiff, workbook.centers.rows, centers, fields],
  );
  const canApply =
    table !== null &&
    (target === 'series' ? plan?.ok === true : centers.length > 0 && uses.includes('name') && (!guessedName || confirmed));
  const updateUnit = plan?.ok ? plan.updated[0]?.unit : undefined;
  const factor = unit && updateUnit && isMoneyUnit(unit) && isMoneyUnit(updateUnit) ? conversionFactor(unit, updateUnit) : 1;

  const apply = () => {
    if (target === 'series' && plan?.ok)
      onApply(plan.edit, t('import.appliedSeries', { added: plan.added.length, updated: plan.updated.length, file: preview.file }));
    else if (target === 'centers')
      onApply(
        { kind: 'importCenters', rows: centers, fields, keepMissing: !removeMissing },
        t('import.appliedCenters', { count: centers.length, file: preview.file }),
      );
  };
  const requestHeader = () =>
    Number(headerDraft) >= 1 &&
    Number(headerDraft) !== table?.headerRow &&
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
          {step === 'preview' ? (
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
              <button type="button" className="primary" onClick={apply} data-testid="import-apply" data-autofocus>
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
                {[...new Set([...(table?.unit ? [table.unit] : []), ...MONEY_UNITS, '명', '천명', '건', '%'])].map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </label>
            <fieldset className="field target">
              <legend>{t('import.target')}</legend>
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
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={override}
                          onChange={(e) => setOverride(e.target.checked)}
                          data-testid="import-unit-override"
                        />
                        <span>{t('import.unitOverride')}</span>
                      </label>
                    </div>
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
                table={table}
                target={target}
                uses={uses}
                lang={lang}
                onUse={(i, u) => setUses((list) => list.map((x, k) => (k === i ? u : x)))}
              />
              <p className="muted">{t('import.rowCount', { count: table.rows.length, header: table.headerRow })}</p>
              {target === 'centers' && !uses.includes('name') && <p className="field-error">{t('import.needName')}</p>}
              {target === 'centers' && guessedName && (
                <label className="check confirm-mapping">
                  <input
                    type="checkbox"
                    checked={confirmed}
                    onChange={(e) => setConfirmed(e.target.checked)}
                    data-testid="import-confirm-mapping"
                  />
                  <span>{t('import.confirmName', { column: guessedName.name })}</span>
                </label>
              )}
              {target === 'centers' && (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={removeMissing}
                    onChange={(e) => setRemoveMissing(e.target.checked)}
                    data-testid="import-remove-missing"
                  />
                  <span>{t('import.removeMissing', { count: notInFile })}</span>
                </label>
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
      ) : (
        <CenterDiffView diff={centerDiff} lang={lang} />
      )}
    </Modal>
  );
}

/** The first rows of the table as read, with the column mapping when importing centers. */
function PreviewTable({
  table,
  target,
  uses,
  lang,
  onUse,
}: {
  table: NonNullable<ImportPreview['table']>;
  target: 'series' | 'centers';
  uses: ColumnUse[];
  lang: Lang;
  onUse: (i: number, use: ColumnUse) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="preview-scroll">
      <table className="preview-table" data-testid="import-preview">
        <thead>
          <tr>
            <th>{t('import.row')}</th>
            {table.columns.map((c, i) => (
              <th key={c.index}>
                <div>{c.name}</div>
                <div className="muted">
                  {t(`import.types.${c.type}`)}
                  {c.unit && (
                    <span
                      className="unit-tag"
                      title={c.unitSource ? t(`import.unitFrom.${c.unitSource}`) : undefined}
                      data-testid={`import-unit-${i}`}
                    >
                      {' '}
                      · {c.unit}
                    </span>
                  )}
                </div>
                {target === 'centers' && (
                  <select
                    aria-label={t('import.mapping', { column: c.name })}
                    data-testid={`import-use-${i}`}
                    value={uses[i]}
                    onChange={(e) => onUse(i, e.target.value as ColumnUse)}
                  >
                    {USES.map((u) => (
                      <option key={u} value={u} disabled={!usable(u, c.type)}>
                        {t(`import.use.${u}`)}
                        {u === c.field && c.confidence === 'partial' ? ` (${t('import.guess')})` : ''}
                      </option>
                    ))}
                  </select>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, 8).map((r) => (
            <tr key={r.row}>
              <td className="muted">{r.row}</td>
              {r.values.map((v, i) => (
                <td key={i} className={typeof v === 'number' && table.columns[i]?.type === 'number' ? 'num' : undefined}>
                  {typeof v === 'number' && table.columns[i]?.type === 'number'
                    ? formatNumber(v, lang, Number.isInteger(v) ? 0 : 2)
                    : String(v ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
