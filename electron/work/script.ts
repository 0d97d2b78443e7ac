/**
 * Where a work process's script is: in the built app, the bundle next to main.cjs (work.cjs, reader.cjs);
 * when the sources run directly (the CLI through tsx, the tests), the TypeScript entry, loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A script: a file, or (from source) a small script that loads the TypeScript through tsx. */
export interface WorkScript {
  file: string | URL;
  eval: boolean;
}

/** The two kinds of work process: a window's, and a reader thread. */
export type WorkKind = 'window' | 'reader';

const BUNDLES: Record<WorkKind, string> = { window: 'work.cjs', reader: 'reader.cjs' };
const SOURCES: Record<WorkKind, string> = { window: './window-entry.ts', reader: './reader-entry.ts' };

/** The script of a kind of work process. */
export function workScript(kind: WorkKind): WorkScript {
  if (typeof __dirname === 'string') {
    const bundled = join(__dirname, BUNDLES[kind]);
    if (existsSync(bundled)) return { file: bundled, eval: false };
  }
  const source = new URL(SOURCES[kind], import.meta.url).href;
  return { file: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, eval: true };
}
