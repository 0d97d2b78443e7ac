// Bundles the main process and the (sandboxed) preload into CommonJS files Electron loads directly.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  // Modules shared with the CLI find files relative to import.meta.url when run from source; bundled, they use __dirname.
  define: { 'import.meta.url': 'undefined' },
};
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
// A sandboxed preload may only require('electron'), so everything else must be inlined.
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });
// Workers run in their own threads, from their own bundles next to main.cjs (electron/workers/worker-script.ts).
for (const worker of ['legacy-sheets', 'document-tables', 'work'])
  await build({ ...common, entryPoints: [`electron/workers/${worker}.ts`], outfile: `dist-electron/${worker}.cjs` });
console.log('built dist-electron/main.cjs, preload.cjs and the workers');
