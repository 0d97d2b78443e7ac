/** Turning an imported table into workbook data: series candidates, centers with provenance, and diffs. */
import type { Center, CenterField, Provenance, SeriesPoint } from '../types';
import { cellAddress } from '../a1';
import type { ImportTable } from './import-table';
import { conversionFactor, convertMoney, isMoneyUnit } from './units';

/** A series a table offers: a labelled row (years in columns) or column (years in rows). */
export interface SeriesCandidate {
  label: string;
  points: { year: number; value: number | null; cell: string }[];
}

/** Every series in a table. */
export function seriesCandidates(table: ImportTable): SeriesCandidate[] {
  const yearCols = table.columns.filter((c) => c.year !== null);
  const keyCols = table.columns.filter((c) => c.type === 'text' && c.year === null);
  if (table.orientation === 'years-in-columns') {
    return table.rows.map((r) => ({
      label:
        keyCols
          .map((c) => r.values[c.index])
          .filter((v) => v !== null && v !== '')
          .join(' ') || `row ${r.row}`,
      points: yearCols.map((c) => ({
        year: c.year!,
        value: typeof r.values[c.index] === 'number' ? (r.values[c.index] as number) : null,
        cell: cellAddress(r.row - 1, c.index),
      })),
    }));
  }
  if (table.orientation === 'years-in-rows') {
    const yearCol = table.columns.find((c) => c.type === 'year') ?? table.columns[0]!;
    return table.columns
      .filter((c) => c.type === 'number' && c.index !== yearCol.index)
      .map((c) => ({
        label: c.name,
        points: table.rows.flatMap((r) => {
          const year = r.values[yearCol.index];
          return typeof year === 'number'
            ? [
                {
                  year,
                  value: typeof r.values[c.index] === 'number' ? (r.values[c.index] as number) : null,
                  cell: cellAddress(r.row - 1, c.index),
                },
              ]
            : [];
        }),
      }));
  }
  return [];
}

/** Factor from the table's unit to the workbook's (1 when either is not a money unit we know). */
export function unitFactor(from: string | null, to: string): number {
  return isMoneyUnit(from) && isMoneyUnit(to) ? conversionFactor(from, to) : 1;
}

/** Series points in the workbook's unit, each with its provenance. */
export function candidatePoints(
  candidate: SeriesCandidate,
  file: string,
  sheet: string,
  unit: string | null,
  workbookUnit: string,
): SeriesPoint[] {
  const factor = unitFactor(unit, workbookUnit);
  const convert = (v: number) => (isMoneyUnit(unit) && isMoneyUnit(workbookUnit) ? convertMoney(v, unit, workbookUnit) : v);
  return candidate.points.map((p) => ({
    year: p.year,
    value: p.value === null ? null : convert(p.value),
    note: '',
    source: { file, sheet, cell: p.cell, unit, factor } satisfies Provenance,
  }));
}

/** How each column is used: a center field, kept as an extra column, or ignored. */
export type ColumnUse = CenterField | 'extra' | 'ignore';

const asText = (v: string | number | null) => (v === null ? '' : String(v));
const asInt = (v: string | number | null) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : null);

/** Centers from a list table and a column mapping; ids are fresh (matching keeps existing ones, see mergeCenters). */
export function centersFromTable(table: ImportTable, uses: ColumnUse[], file: string): Center[] {
  const rows: Center[] = [];
  for (const r of table.rows) {
    const c: Center = { id: '', name: '', institution: '', region: '', field: '', established: null, equipment: null };
    const extra: Record<string, string | number | null> = {};
    table.columns.forEach((col, i) => {
      const use = uses[i] ?? 'ignore';
      const v = r.values[col.index] ?? null;
      if (use === 'name' || use === 'institution' || use === 'region' || use === 'field') c[use] = asText(v);
      else if (use === 'established') c.established = asInt(v) !== null && asInt(v)! >= 1900 && asInt(v)! <= 2200 ? asInt(v) : null;
      else if (use === 'equipment') c.equipment = asInt(v) !== null && asInt(v)! >= 0 ? asInt(v) : null;
      else if (use === 'extra') extra[col.name] = v;
    });
    if (Object.keys(extra).length) c.extra = extra;
    const last = table.columns[table.columns.length - 1]?.index ?? 0;
    c.source = { file, sheet: table.sheet, cell: `${cellAddress(r.row - 1, 0)}:${cellAddress(r.row - 1, last)}`, unit: null, factor: 1 };
    rows.push(c);
  }
  return rows;
}
