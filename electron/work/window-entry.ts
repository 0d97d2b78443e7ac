/** Entry of a window's work process (bundled as work.cjs): its operations for main, its blobs for the page. */
import { constants, setPriority } from 'node:os';
import { createBlobStore } from './blob-store';
import { parentPorts } from './entry-ports';
import { serveWork, servePage } from './host';
import { createWindowOps } from './window-ops';

// Background work yields the processor to the window and to main: below-normal priority for this process's
// own thread (on Linux, for the thread that runs the work; its readers inherit it). Not allowed everywhere.
try {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // A sandbox that refuses is no reason not to work.
}

const blobs = createBlobStore();
const main = parentPorts((page) => servePage(page, blobs));
if (main) serveWork(main, createWindowOps(blobs));
