/** Entry of a reader thread (bundled as reader.cjs): the parsers of reader-ops.ts, one call per thread. */
import { parentPorts } from './entry-ports';
import { serveWork } from './host';
import { readerOps } from './reader-ops';

const main = parentPorts(() => undefined);
if (main) serveWork(main, readerOps);
