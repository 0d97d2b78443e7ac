/** Asks before closing a window with unsaved changes; side effects are parameters so tests can drive it. */
import type { DocumentState, MenuCommand } from '../core/ipc-contract';
import type { Lang } from '../core/types';

/** The user's answer to "save changes?". */
export type CloseAnswer = 'save' | 'discard' | 'cancel';

/** Side effects of the guard. */
export interface CloseGuardDeps {
  ask: (lang: Lang, title: string) => Promise<CloseAnswer>;
  sendCommand: (command: MenuCommand) => void;
  close: () => void;
  /** The user cancelled closing (a quit in progress stops). */
  onCancel?: () => void;
}

/** Tracks the document state of a window and decides what a close request does. */
export function createCloseGuard(deps: CloseGuardDeps) {
  let state: DocumentState = { title: '', dirty: false, lang: 'ko' };
  let allowClose = false;
  let asking = false;

  const guard = {
    setState(next: DocumentState) {
      state = next;
    },
    get state() {
      return state;
    },
    /** Call from the window's 'close' event; prevents it while the user is asked (the promise settles with the answer). */
    onClose(event: { preventDefault: () => void }): Promise<void> | undefined {
      if (allowClose || !state.dirty) return undefined;
      event.preventDefault();
      if (asking) return undefined;
      asking = true;
      return deps.ask(state.lang, state.title).then((answer) => {
        asking = false;
        if (answer === 'discard') guard.closeNow();
        else if (answer === 'save') deps.sendCommand('saveAndClose');
        else deps.onCancel?.();
      });
    },
    /** Closes without asking (the renderer saved, or the user chose not to). */
    closeNow() {
      allowClose = true;
      deps.close();
    },
  };
  return guard;
}
