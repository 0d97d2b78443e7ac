/** The table part of an import preview: what main sends the renderer (values as imported, all rows). */
import type { CenterField } from '../types';

/** One column as the preview shows it. */
export interface ImportColumn {
  index: number;
  name: string;
  type: 'number' | 'text' | 'year' | 'date';
  year: number | null;
  field: CenterField | null;
}

/** A detected table with every data row's values (numbers in the table's own unit). */
export interface ImportTable {
  sheet: string;
  headerRow: number;
  firstDataRow: number | null;
  unit: string | null;
  kind: 'series' | 'list';
  orientation: 'years-in-columns' | 'years-in-rows' | null;
  columns: ImportColumn[];
  rows: { row: number; values: (string | number | null)[] }[];
  /** Totals rows kept out of the data, with their values (per column, as imported) and their check. */
  totals: {
    row: number;
    label: string;
    values: (string | number | null)[];
    checked: boolean;
    mismatches: { column: string; total: number; sum: number }[];
  }[];
  warnings: string[];
}
