/**
 * What importing a list into the centers would do, as the import dialog shows it: counts of added,
 * changed, removed and unchanged rows with the first of each, the rows the file lacks, and region names
 * that match no 시도. Computed where the file's rows are (the work process), so they never cross IPC
 * for a preview; only the apply sends them, once, into the document.
 */
import type { Center } from '../types';
import { diffCenters, type CenterDiff } from './merge';
import { mappedFields, type ColumnUse, type ImportedCenters } from './to-workbook';

/** Rows of each kind the dialog lists (the counts are exact). */
const SAMPLE = 100;
/** Unknown region names the warning quotes. */
const REGION_SAMPLE = 8;

/** A diff with exact counts and the first rows of each kind. */
export interface CenterDiffSample {
  counts: { added: number; changed: number; removed: number; unchanged: number };
  added: Center[];
  changed: CenterDiff['changed'];
  removed: Center[];
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

/** A mapping of the previewed list to apply or to summarise. */
export interface CenterImportRequest {
  uses: ColumnUse[];
  keepMissing: boolean;
}

/** Summarises importing `imported` into `current` (one pass of the diff serves both the diff and the rows not in the file). */
export function summarizeCenterImport(
  current: readonly Center[],
  imported: ImportedCenters,
  request: CenterImportRequest,
): CenterImportSummary {
  const diff = diffCenters(current, imported.centers, { fields: mappedFields(request.uses), keepMissing: false });
  const removed = request.keepMissing ? [] : diff.removed;
  return {
    imported: imported.centers.length,
    notInFile: diff.removed.length,
    unknownRegions: { names: imported.unknownRegions.slice(0, REGION_SAMPLE), count: imported.unknownRegions.length },
    diff: {
      counts: { added: diff.added.length, changed: diff.changed.length, removed: removed.length, unchanged: diff.unchanged },
      added: diff.added.slice(0, SAMPLE),
      changed: diff.changed.slice(0, SAMPLE),
      removed: removed.slice(0, SAMPLE),
    },
  };
}
