/** The previewed table: its rows as read, each column's type, statistics over every row and unit, and the column mapping for centers. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEntered, formatNumber } from '../../../core/format';
import { fitsField } from '../../../core/import/center-fields';
import { showsAsYears, type ImportTable } from '../../../core/import/import-table';
import { COLUMN_USES, type ColumnUse } from '../../../core/import/to-workbook';
import type { ImportPreview } from '../../../core/ipc-contract';
import type { Lang } from '../../../core/types';

/** Rows the preview draws at first and adds each time it is scrolled to its end. */
const PAGE = 50;

/**
 * The table's rows as read, with the column mapping when importing centers. It draws a page of rows and
 * more as it is scrolled to its end; past the rows the preview holds, it asks the work process for them.
 */
export function PreviewTable({
  table,
  target,
  uses,
  lang,
  onUse,
  onRows,
}: {
  table: NonNullable<ImportPreview['table']>;
  target: 'series' | 'centers';
  uses: ColumnUse[];
  lang: Lang;
  onUse: (i: number, use: ColumnUse) => void;
  onRows: (start: number, count: number) => Promise<ImportTable['rows']>;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(Math.min(PAGE, table.rowCount));
  // Over every row of the file, not only those drawn: the range of a number column and its blanks.
  const statsTitle = (i: number) => {
    const stat = table.stats[i];
    return stat && t('import.statsTitle', { filled: formatNumber(stat.filled, lang), rows: formatNumber(table.rowCount, lang) });
  };
  const statsText = (i: number) => {
    const stat = table.stats[i];
    if (!stat) return null;
    // Years read as years (2000–2025), other numbers with separators.
    const column = table.columns[i];
    const show = (v: number) => (column && showsAsYears(column, stat) ? String(v) : formatEntered(v, lang));
    const range = stat.min !== null && stat.max !== null ? ` · ${show(stat.min)}–${show(stat.max)}` : '';
    const blanks = stat.filled < table.rowCount ? ` · ${t('import.blanks', { count: table.rowCount - stat.filled })}` : '';
    return range || blanks ? <span className="column-stats">{range + blanks}</span> : null;
  };
  const [fetched, setFetched] = useState<ImportTable['rows']>([]);
  const asking = useRef(false);
  const held = table.rows.length + fetched.length;
  const rows = shown <= table.rows.length ? table.rows.slice(0, shown) : [...table.rows, ...fetched.slice(0, shown - table.rows.length)];
  const more = async () => {
    if (shown >= table.rowCount || asking.current) return;
    const next = Math.min(shown + PAGE, table.rowCount);
    if (next > held) {
      asking.current = true;
      try {
        const got = await onRows(held, Math.max(PAGE * 4, next - held));
        setFetched((f) => [...f, ...got]);
        setShown(Math.min(next, held + got.length));
      } finally {
        asking.current = false;
      }
    } else setShown(next);
  };
  return (
    <div
      className="preview-scroll"
      data-testid="import-preview-scroll"
      onScroll={(e) => {
        const box = e.currentTarget;
        if (box.scrollTop + box.clientHeight >= box.scrollHeight - 40) void more();
      }}
    >
      <table className="preview-table" data-testid="import-preview">
        <thead>
          <tr>
            <th>{t('import.row')}</th>
            {table.columns.map((c, i) => (
              <th key={c.index}>
                <div>{c.name}</div>
                <div className="muted" title={statsTitle(i)} data-testid={`import-stats-${i}`}>
                  {t(`import.types.${c.type}`)}
                  {statsText(i)}
                  {c.unit && (
                    <span
                      className="unit-tag"
                      title={c.unitSource ? t(`import.unitFrom.${c.unitSource}`) : undefined}
                      data-testid={`import-unit-${i}`}
                    >
                      {' '}
                      · {c.unit}
                      {/* Where the unit was read, on screen (the tooltip says it in full). */}
                      {c.unitSource && <span className="unit-source"> ({t(`import.unitFromShort.${c.unitSource}`)})</span>}
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
                    {COLUMN_USES.map((u) => (
                      <option key={u} value={u} disabled={!fitsField(u, c.type)}>
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
          {rows.map((r) => (
            <tr key={r.row}>
              <td className="muted">{r.row}</td>
              {r.values.map((v, i) => (
                <td key={i} className={typeof v === 'number' && table.columns[i]?.type === 'number' ? 'num' : undefined}>
                  {typeof v === 'number' && table.columns[i]?.type === 'number' ? formatEntered(v, lang) : String(v ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
