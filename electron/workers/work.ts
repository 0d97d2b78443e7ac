/**
 * Entry of a window's work process: in the app an Electron utility process (process.parentPort), in
 * the CLI and the tests a worker thread (worker_threads' parentPort). Both serve the same operations.
 */
import { parentPort } from 'node:worker_threads';
import { serveWork } from '../work/work-host';
import type { FromWork, ToWork } from '../work/work-protocol';

/** Electron's parent port of a utility process (not in Node's types). */
interface UtilityParentPort {
  postMessage: (message: unknown) => void;
  on: (event: 'message', listener: (e: { data: unknown }) => void) => void;
}

const utilityPort = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
if (utilityPort) {
  serveWork({
    post: (message: FromWork) => utilityPort.postMessage(message),
    onMessage: (listener) => utilityPort.on('message', (e) => listener(e.data as ToWork)),
  });
} else if (parentPort) {
  const port = parentPort;
  serveWork({ post: (message: FromWork) => port.postMessage(message), onMessage: (listener) => port.on('message', listener) });
}
