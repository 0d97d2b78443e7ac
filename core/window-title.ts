/** The window's title, as the title bar (main) and the page's own document.title (the renderer) both show it. */
import type { DocumentState } from './ipc-contract';

/** "● 예산.awb — Analyst Workbook" while there are unsaved changes, without the dot after a save. */
export const windowTitle = (state: Pick<DocumentState, 'title' | 'dirty'>): string =>
  `${state.dirty ? '● ' : ''}${state.title} — Analyst Workbook`;
