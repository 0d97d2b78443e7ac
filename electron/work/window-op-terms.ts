/** The terms of each window operation (op-terms.ts): reading an import is read work, the rest file work. */
import { FILE_WORK, READ_WORK, type OpTerms } from './op-terms';
import type { WindowOps } from './window-ops';

/** Terms by operation. */
export const WINDOW_OP_TERMS: Record<keyof WindowOps, OpTerms> = {
  openProject: FILE_WORK,
  saveProject: FILE_WORK,
  exportBriefing: FILE_WORK,
  exportReport: FILE_WORK,
  exportCsv: FILE_WORK,
  importPreview: READ_WORK,
  importRows: READ_WORK,
  importCenters: READ_WORK,
  importBudget: READ_WORK,
  journalWrite: FILE_WORK,
  journalRead: FILE_WORK,
  journalList: FILE_WORK,
};
