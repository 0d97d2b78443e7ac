/** The table part of an import preview: what the renderer is sent (values as imported; a preview holds the first rows). */
import type { CenterField } from '../types';
import type { ImportWarning } from './import-warnings';
import type { UnitSource } from './table-units';

/** How sure a mapping is: the header is a known name of the field, or only ends with one ("119안전센터명"). */
export type MappingConfidence = 'exact' | 'partial';

/** What a column holds. */
export type ColumnType = 'number' | 'text' | 'year' | 'date';

/** Whether a column holds figures (numbers or years), as counts and years of centers need. */
export const isFigureColumn = (type: ColumnType): boolean => type === 'number' || type === 'year';

/**
 * Whether a column's numbers are years, to be shown bare (2015–2024, never 2,015): a year column, or a
 * number column named for years (발생일시_년, 기준연도, 시점) whose values are whole years.
 */
export function showsAsYears(column: { name: string; type: ColumnType }, range: { min: number | null; max: number | null }): boolean {
  if (column.type === 'year') return true;
  const { min, max } = range;
  const years = (v: number | null) => v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100;
  return column.type === 'number' && years(min) && years(max) && /연도|년도|year|시점|(^|[_\s·(])(연|년)\)?$/i.test(column.name.trim());
}

/** One column as the preview shows it. */
export interface ImportColumn {
  index: number;
  name: string;
  type: ColumnType;
  year: number | null;
  /** A quarter or month the column stands for. */
  period: string | null;
  /** The name without its year (columns of one measure across years share it). */
  measure: string;
  field: CenterField | null;
  confidence: MappingConfidence | null;
  unit: string | null;
  unitSource: UnitSource | null;
}

/** What a column holds over all data rows (a preview shows only the first of them). */
export interface ColumnStats {
  /** Cells with a value. */
  filled: number;
  /** The smallest and largest number in a number or year column, else null. */
  min: number | null;
  max: number | null;
}

/** A detected table with every data row's values (numbers in their own unit). */
export interface ImportTable {
  sheet: string;
  /** The last header row (one-based). */
  headerRow: number;
  /** Every header row (one-based), top to bottom. */
  headerRows: number[];
  firstDataRow: number | null;
  unit: string | null;
  unitSource: UnitSource | null;
  kind: 'series' | 'list';
  orientation: 'years-in-columns' | 'years-in-rows' | null;
  /** A table of one period: its year (each row and figure column can become a series with that one year). */
  snapshotYear: number | null;
  /** The period as the document states it, when it is not the whole year ("2011.10월 누계 기준/잠정"): kept on each point. */
  snapshotPeriod: string | null;
  columns: ImportColumn[];
  /** How many data rows the table has; `rows` holds all of them, or a preview's first ones (more come by token). */
  rowCount: number;
  /** Per column (as `columns`), over every data row. */
  stats: ColumnStats[];
  /** Each data row: sheet row, values per column, key (labels with group, "서울특별시 · 여자"), the unit its labels carry. */
  rows: { row: number; values: (string | number | null)[]; key: string; unit: string | null }[];
  /** Totals rows kept out of the data, with their values (per column, as imported) and their check. */
  totals: {
    row: number;
    label: string;
    values: (string | number | null)[];
    checked: boolean;
    mismatches: { column: string; total: number; sum: number }[];
    /** The sheet rows of the data rows it sums. */
    members: number[];
  }[];
  warnings: ImportWarning[];
}
