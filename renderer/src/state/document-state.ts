/** The open document: workbook, file name and unsaved-changes flag, changed only through this reducer. */
import { applyEdit, type WorkbookEdit } from '../../../core/workbook-edits';
import type { Workbook } from '../../../core/types';

/** State of the open document. */
export interface DocumentModel {
  workbook: Workbook | null;
  fileName: string | null;
  dirty: boolean;
}

/** Things that happen to the document. */
export type DocumentAction =
  | { type: 'loaded'; workbook: Workbook; fileName: string | null }
  | { type: 'saved'; fileName: string }
  | { type: 'edit'; edit: WorkbookEdit };

/** Initial state before the first workbook arrives. */
export const emptyDocument: DocumentModel = { workbook: null, fileName: null, dirty: false };

/** Applies an action to the document. */
export function documentReducer(state: DocumentModel, action: DocumentAction): DocumentModel {
  switch (action.type) {
    case 'loaded':
      return { workbook: action.workbook, fileName: action.fileName, dirty: false };
    case 'saved':
      return { ...state, fileName: action.fileName, dirty: false };
    case 'edit': {
      if (!state.workbook) return state;
      const next = applyEdit(state.workbook, action.edit);
      return next === state.workbook ? state : { ...state, workbook: next, dirty: true };
    }
  }
}
