/**
 * Where a worker's script is: in the built app, the bundled `<name>.cjs` next to main.cjs; when the
 * sources run directly (the CLI through tsx, the tests), the TypeScript file, loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A worker script: a file, or (from source) a small script that loads the TypeScript through tsx. */
export interface WorkerScript {
  file: string | URL;
  eval: boolean;
}

/** The script of the worker `name` (a file in electron/workers/). */
export function workerScript(name: string): WorkerScript {
  if (typeof __dirname === 'string') {
    const bundled = join(__dirname, `${name}.cjs`);
    if (existsSync(bundled)) return { file: bundled, eval: false };
  }
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  return { file: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, eval: true };
}
