/** Entry of a window's work process (bundled as work.cjs): its operations for main, its blobs for the page. */
import { isMainThread } from 'node:worker_threads';
import { lowerThisThread, lowerWholeProcess } from './background-priority';
import { createBlobStore } from './blob-store';
import { parentPorts } from './entry-ports';
import { serveWork, servePage } from './host';
import { createWindowOps } from './window-ops';

// Below-normal priority: every thread when this is a process of its own (the app's utility process), only
// the work's thread when it runs inside another process (tests, the e2e harness).
if (isMainThread) lowerWholeProcess();
else lowerThisThread();

const blobs = createBlobStore();
const main = parentPorts((page) => servePage(page, blobs));
if (main) serveWork(main, createWindowOps(blobs));
