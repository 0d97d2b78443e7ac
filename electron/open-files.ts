/** Which project files a launch asks to open, and which window holds which file. */
import { isAbsolute, resolve } from 'node:path';
import { PROJECT_EXTENSION } from './handlers/project-files';

/**
 * Project paths in a command line (Windows/Linux file associations pass the file as an argument; a
 * second launch forwards its argv). Flags, the executable and the app folder are skipped; relative
 * paths are resolved against the launch's working directory.
 */
export function projectPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`))
    .map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));
}

/** Compares paths the way the platform's file system does (case-insensitive on Windows and macOS). */
const samePath = (a: string, b: string, platform: string = process.platform): boolean =>
  platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;

/** Open windows and the file each holds, so a file is never open in two windows. */
export function createWindowRegistry<W>(platform: string = process.platform) {
  const windows = new Map<number, { window: W; path: string | null; journalId: string }>();
  return {
    add(id: number, window: W, journalId: string): void {
      windows.set(id, { window, path: null, journalId });
    },
    remove(id: number): void {
      windows.delete(id);
    },
    setPath(id: number, path: string | null): void {
      const w = windows.get(id);
      if (w) w.path = path;
    },
    /** The window (other than `except`) that has `path` open. */
    holder(path: string, except?: number): W | null {
      for (const [id, w] of windows) if (id !== except && w.path !== null && samePath(w.path, path, platform)) return w.window;
      return null;
    },
    /** Journal ids of every window but `except`. */
    journalIds(except: number): Set<string> {
      return new Set([...windows].filter(([id]) => id !== except).map(([, w]) => w.journalId));
    },
    get size(): number {
      return windows.size;
    },
  };
}
