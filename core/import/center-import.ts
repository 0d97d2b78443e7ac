/**
 * What importing a list into the centers would do, as the import dialog shows it: counts of added,
 * changed, removed and unchanged rows with the first of each, rows that match ambiguously, the rows the
 * file lacks, and region names that match no 시도. Computed where the file's rows are (the work process),
 * so they never cross IPC for a preview; the apply sends the plan's merge, once, into the document: the
 * same plan the dialog showed (center-match.ts).
 */
import type { Center, CenterField } from '../types';
import {
  mergeOf,
  planCenterImport,
  type AmbiguousChoice,
  type AmbiguousGroup,
  type CenterChange,
  type CenterKey,
  type CenterMerge,
  type CenterPlan,
} from './center-match';
import { mappedFields, type ColumnUse, type ImportedCenters } from './to-workbook';

/** Rows of each kind the dialog lists (the counts are exact). */
const SAMPLE = 100;
/** Unknown region names the warning quotes. */
const REGION_SAMPLE = 8;

/** A plan with exact counts and the first rows of each kind. */
export interface CenterDiffSample {
  counts: { added: number; changed: number; removed: number; unchanged: number; ambiguous: number };
  added: Center[];
  changed: CenterChange[];
  removed: Center[];
  /** Keys that stand for several rows, with the file's and the workbook's rows (the first of them). */
  ambiguous: AmbiguousGroup[];
}

/** What an import of centers would do. */
export interface CenterImportSummary {
  /** Rows the file gives. */
  imported: number;
  /** Current centers the file does not list (removed if the user asks). */
  notInFile: number;
  unknownRegions: { names: string[]; count: number };
  diff: CenterDiffSample;
}

/** How a list is imported: its column mapping, what becomes of centers it lacks, how rows match, and the ambiguous ones. */
export interface CenterImportRequest {
  uses: ColumnUse[];
  keepMissing: boolean;
  /** The column whose values identify a row (an ID), or null for name + region (+ institution). */
  keyColumn?: number | null;
  /** What to do with rows that match ambiguously; unset until the user chooses (they are left out). */
  ambiguous?: AmbiguousChoice;
}

/** The matching rule a request names, given the list's column names. */
export function centerKey(request: CenterImportRequest, columns: readonly { name: string }[]): CenterKey {
  const at = request.keyColumn ?? null;
  const use = at === null ? undefined : request.uses[at];
  if (at === null || use === undefined || use === 'ignore') return { kind: 'default' };
  return use === 'extra' ? { kind: 'column', extra: columns[at]!.name } : { kind: 'column', field: use };
}

/** The plan of importing `imported` into `current` under a request. */
export function centerPlan(
  current: readonly Center[],
  imported: ImportedCenters,
  request: CenterImportRequest,
  columns: readonly { name: string }[],
) {
  const fields: CenterField[] = mappedFields(request.uses);
  return planCenterImport(current, imported.centers, {
    fields,
    keepMissing: request.keepMissing,
    key: centerKey(request, columns),
    ambiguous: request.ambiguous,
  });
}

/** How many rows of each kind a plan has (the ambiguous ones counted as the file's rows). */
const countsOf = (plan: CenterPlan): CenterDiffSample['counts'] => ({
  added: plan.added.length,
  changed: plan.changed.length,
  removed: plan.removed.length,
  unchanged: plan.unchanged.length,
  ambiguous: plan.ambiguous.reduce((n, g) => n + g.file.length, 0),
});

/** Summarises importing `imported` into `current`. */
export function summarizeCenterImport(
  current: readonly Center[],
  imported: ImportedCenters,
  request: CenterImportRequest,
  columns: readonly { name: string }[],
): CenterImportSummary {
  const plan = centerPlan(current, imported, request, columns);
  return {
    imported: imported.centers.length,
    notInFile: plan.missing,
    unknownRegions: { names: imported.unknownRegions.slice(0, REGION_SAMPLE), count: imported.unknownRegions.length },
    diff: {
      counts: countsOf(plan),
      added: plan.added.slice(0, SAMPLE),
      changed: plan.changed.slice(0, SAMPLE),
      removed: plan.removed.slice(0, SAMPLE),
      ambiguous: plan.ambiguous.slice(0, SAMPLE),
    },
  };
}

/** The merge an apply carries, with its counts for the notice (the same plan the summary was made from). */
export function centerMerge(
  current: readonly Center[],
  imported: ImportedCenters,
  request: CenterImportRequest,
  columns: readonly { name: string }[],
): { merge: CenterMerge; counts: CenterDiffSample['counts'] } {
  const plan = centerPlan(current, imported, request, columns);
  return {
    merge: mergeOf(plan),
    counts: countsOf(plan),
  };
}
