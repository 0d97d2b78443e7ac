/**
 * The open document: workbook, file name, and undo/redo history, changed only through this reducer.
 * Undo covers every workbook edit (grid edits, scenario changes, imports) and lives outside AG Grid,
 * so sorting or filtering a grid never clears it.
 */
import { applyEdit, type WorkbookEdit } from '../../../core/workbook-edits';
import type { Workbook } from '../../../core/types';
import { UNDO_STEPS } from '../../../core/limits';

/** Consecutive edits of the same field within this many ms are one undo step (typing "13" is one change). */
const COALESCE_MS = 1500;

/** State of the open document. */
export interface DocumentModel {
  workbook: Workbook | null;
  fileName: string | null;
  /** The bundled sample (subtitled so until saved as a file of the user's). */
  sample: boolean;
  /** The workbook as last opened or saved; the document is dirty when it differs. */
  saved: Workbook | null;
  past: Workbook[];
  future: Workbook[];
  /** Key and time of the last edit, for coalescing. */
  lastEdit: { key: string; at: number } | null;
}

/** Things that happen to the document. */
export type DocumentAction =
  | { type: 'loaded'; workbook: Workbook; fileName: string | null; unsaved?: boolean; sample?: boolean }
  | { type: 'closed' }
  | { type: 'saved'; fileName: string; workbook: Workbook }
  | { type: 'edit'; edit: WorkbookEdit; at: number }
  | { type: 'undo' }
  | { type: 'redo' };

/** Initial state before the first workbook arrives. */
export const emptyDocument: DocumentModel = {
  workbook: null,
  fileName: null,
  sample: false,
  saved: null,
  past: [],
  future: [],
  lastEdit: null,
};

/** Whether the document has changes not yet saved. */
export const isDirty = (doc: DocumentModel): boolean => doc.workbook !== doc.saved;

/** Edits that may merge with the previous one when they touch the same thing (typing in one field). */
function coalesceKey(edit: WorkbookEdit): string | null {
  if (edit.kind === 'updateScenario') return `scenario:${edit.id}:${Object.keys(edit.patch).sort().join(',')}`;
  if (edit.kind === 'setProps') return `props:${Object.keys(edit.patch).sort().join(',')}`;
  return null;
}

/** Applies an action to the document. */
export function documentReducer(state: DocumentModel, action: DocumentAction): DocumentModel {
  switch (action.type) {
    case 'loaded':
      // A recovered journal opens with unsaved changes: it differs from its file.
      return {
        ...emptyDocument,
        workbook: action.workbook,
        fileName: action.fileName,
        sample: action.sample === true,
        saved: action.unsaved ? null : action.workbook,
      };
    case 'closed':
      return emptyDocument;
    case 'saved':
      return { ...state, fileName: action.fileName, sample: false, saved: action.workbook, lastEdit: null };
    case 'edit': {
      if (!state.workbook) return state;
      const next = applyEdit(state.workbook, action.edit);
      if (next === state.workbook) return state;
      const key = coalesceKey(action.edit);
      const merge = key !== null && state.lastEdit?.key === key && action.at - state.lastEdit.at < COALESCE_MS && state.past.length > 0;
      const past = merge ? state.past : [...state.past, state.workbook].slice(-UNDO_STEPS);
      return { ...state, workbook: next, past, future: [], lastEdit: key ? { key, at: action.at } : null };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous || !state.workbook) return state;
      return { ...state, workbook: previous, past: state.past.slice(0, -1), future: [state.workbook, ...state.future], lastEdit: null };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next || !state.workbook) return state;
      return { ...state, workbook: next, past: [...state.past, state.workbook], future: rest, lastEdit: null };
    }
  }
}
