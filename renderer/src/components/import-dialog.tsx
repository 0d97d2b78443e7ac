/** Import preview: sheet, header row, encoding, unit, target and column mapping; then the diff; then apply. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/format';
import type { ImportPreview, ImportRequest } from '../../../core/ipc-contract';
import {
  candidatePoints,
  centersFromTable,
  diffCenters,
  diffSeries,
  seriesCandidates,
  unitFactor,
  type ColumnUse,
} from '../../../core/import/to-workbook';
import { MONEY_UNITS } from '../../../core/import/units';
import type { Lang, Workbook } from '../../../core/types';
import type { CenterField, WorkbookEdit } from '../../../core/workbook-edits';
import { CenterDiffView, SeriesDiffView } from './import-diff';

interface Props {
  preview: ImportPreview;
  workbook: Workbook;
  seriesId: string;
  lang: Lang;
  busy: boolean;
  onRequest(request: ImportRequest): void;
  onApply(edit: WorkbookEdit, summary: string): void;
  onClose(): void;
}

const USES: ColumnUse[] = ['name', 'institution', 'region', 'field', 'established', 'equipment', 'extra', 'ignore'];

/** The import dialog. */
export function ImportDialog({ preview, workbook, seriesId, lang, busy, onRequest, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const table = preview.table;
  const [target, setTarget] = useState<'centers' | 'series'>(table?.kind === 'series' ? 'series' : 'centers');
  const [uses, setUses] = useState<ColumnUse[]>(() => table?.columns.map((c) => c.field ?? 'extra') ?? []);
  const [candidate, setCandidate] = useState(0);
  const [unit, setUnit] = useState<string | null>(table?.unit ?? null);
  const [step, setStep] = useState<'preview' | 'diff'>('preview');
  const [headerDraft, setHeaderDraft] = useState(String(table?.headerRow ?? 1));
  const [keepMissing, setKeepMissing] = useState(false);
  const series = workbook.series.find((s) => s.id === seriesId) ?? workbook.series[0]!;

  // A new preview (other sheet, header row, encoding) resets what depended on the old one.
  const [seen, setSeen] = useState(preview);
  if (seen !== preview) {
    setSeen(preview);
    setUses(preview.table?.columns.map((c) => c.field ?? 'extra') ?? []);
    setUnit(preview.table?.unit ?? null);
    setTarget(preview.table?.kind === 'series' ? 'series' : 'centers');
    setCandidate(0);
    setHeaderDraft(String(preview.table?.headerRow ?? 1));
    setStep('preview');
  }

  const candidates = useMemo(() => (table ? seriesCandidates(table) : []), [table]);
  const points = useMemo(
    () => (candidates[candidate] ? candidatePoints(candidates[candidate]!, preview.file, preview.sheet, unit, series.unit) : []),
    [candidates, candidate, preview, unit, series.unit],
  );
  const centers = useMemo(() => (table ? centersFromTable(table, uses, preview.file) : []), [table, uses, preview.file]);
  const fields = useMemo(() => uses.filter((u): u is CenterField => u !== 'extra' && u !== 'ignore'), [uses]);
  const centerDiff = useMemo(
    () => diffCenters(workbook.centers.rows, centers, { fields, keepMissing }),
    [workbook.centers.rows, centers, fields, keepMissing],
  );
  const seriesChanges = useMemo(() => diffSeries(series.points, points), [series.points, points]);
  const factor = unitFactor(unit, series.unit);
  const canApply = table !== null && (target === 'series' ? points.length > 0 : centers.length > 0 && uses.includes('name'));

  const apply = () => {
    if (target === 'series')
      onApply(
        { kind: 'importSeries', seriesId: series.id, points },
        t('import.appliedSeries', { count: seriesChanges.length, file: preview.file }),
      );
    else
      onApply(
        { kind: 'importCenters', rows: centers, fields, keepMissing },
        t('import.appliedCenters', { count: centers.length, file: preview.file }),
      );
  };

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <header className="modal-header">
          <h2 id="import-title">
            {t('import.title')} <span className="muted">{preview.file}</span>
          </h2>
          <span className="muted">
            {preview.format.toUpperCase()}
            {preview.encoding ? ` · ${preview.encoding.toUpperCase()}` : ''}
          </span>
        </header>
        {step === 'preview' ? (
          <div className="modal-body">
            <div className="field-row wrap">
              {preview.format === 'xlsx' && (
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
                  onKeyDown={(e) =>
                    e.key === 'Enter' &&
                    Number(headerDraft) >= 1 &&
                    onRequest({ token: preview.token, sheet: preview.sheet, headerRow: Number(headerDraft) })
                  }
                  onBlur={() =>
                    Number(headerDraft) >= 1 &&
                    Number(headerDraft) !== table?.headerRow &&
                    onRequest({ token: preview.token, sheet: preview.sheet, headerRow: Number(headerDraft) })
                  }
                />
              </label>
              <label className="field">
                <span>{t('import.unit')}</span>
                <select data-testid="import-unit" value={unit ?? ''} onChange={(e) => setUnit(e.target.value || null)}>
                  <option value="">{t('import.noUnit')}</option>
                  {[...new Set([...(table?.unit ? [table.unit] : []), ...MONEY_UNITS])].map((u) => (
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
                  />{' '}
                  {t('import.toSeries', { name: series.name })}
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
                  to: series.unit,
                  factor: formatNumber(factor, lang, factor < 1 ? 6 : 0)
                    .replace(/0+$/, '')
                    .replace(/\.$/, ''),
                })}
              </p>
            )}
            {table === null ? (
              <p className="field-error">{t('import.noTable', { reason: preview.noTableReason ?? '' })}</p>
            ) : (
              <>
                {target === 'series' && candidates.length > 0 && (
                  <label className="field wide">
                    <span>{t('import.whichSeries')}</span>
                    <select data-testid="import-series" value={candidate} onChange={(e) => setCandidate(Number(e.target.value))}>
                      {candidates.map((c, i) => (
                        <option key={i} value={i}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
                <div className="preview-scroll">
                  <table className="preview-table" data-testid="import-preview">
                    <thead>
                      <tr>
                        <th>{t('import.row')}</th>
                        {table.columns.map((c, i) => (
                          <th key={c.index}>
                            <div>{c.name}</div>
                            <div className="muted">{c.type}</div>
                            {target === 'centers' && (
                              <select
                                aria-label={t('import.mapping', { column: c.name })}
                                data-testid={`import-use-${i}`}
                                value={uses[i]}
                                onChange={(e) => setUses((u) => u.map((x, k) => (k === i ? (e.target.value as ColumnUse) : x)))}
                              >
                                {USES.map((u) => (
                                  <option key={u} value={u}>
                                    {t(`import.use.${u}`)}
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
                            <td key={i} className={typeof v === 'number' ? 'num' : undefined}>
                              {typeof v === 'number' && table.columns[i]?.type !== 'year'
                                ? formatNumber(v, lang, Number.isInteger(v) ? 0 : 2)
                                : (v ?? '')}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <p className="muted">{t('import.rowCount', { count: table.rows.length, header: table.headerRow })}</p>
                {target === 'centers' && !uses.includes('name') && <p className="field-error">{t('import.needName')}</p>}
                {target === 'centers' && (
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={keepMissing}
                      onChange={(e) => setKeepMissing(e.target.checked)}
                      data-testid="import-keep-missing"
                    />
                    <span>{t('import.keepMissing')}</span>
                  </label>
                )}
              </>
            )}
            {[...(table?.warnings ?? []), ...preview.warnings].length > 0 && (
              <ul className="warnings" data-testid="import-warnings">
                {[...(table?.warnings ?? []), ...preview.warnings].slice(0, 20).map((w, i) => (
                  <li key={i}>⚠ {w}</li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <div className="modal-body">
            {target === 'series' ? (
              <SeriesDiffView changes={seriesChanges} lang={lang} unit={series.unit} />
            ) : (
              <CenterDiffView diff={centerDiff} lang={lang} />
            )}
          </div>
        )}
        <footer className="modal-footer">
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
              <button type="button" className="primary" onClick={apply} data-testid="import-apply">
                {t('import.apply')}
              </button>
            </>
          )}
        </footer>
      </div>
    </div>
  );
}
