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
// Work processes run from their own bundles next to main.cjs (electron/work/script.ts): a window's, and a reader thread's.
await build({ ...common, entryPoints: ['electron/work/window-entry.ts'], outfile: 'dist-electron/work.cjs' });
await build({ ...common, entryPoints: ['electron/work/reader-entry.ts'], outfile: 'dist-electron/reader.cjs' });
console.log('built dist-electron/main.cjs, preload.cjs, work.cjs and reader.cjs');
