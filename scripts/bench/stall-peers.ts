/**
 * The processes beside main in the stall benchmark, in a process of their own as in the app: the window's
 * work process (a worker thread on the built work.cjs, as a utility process runs it) and the page (a worker
 * thread, as the renderer is), joined by the page's own port. This process only relays main's messages to
 * them; main (the benchmark's process) measures its own event loop.
 */
import { Worker } from 'node:worker_threads';
import { startThreadWork } from '../../electron/work/thread-process';
import type { FromWork, ToWork } from '../../electron/work/protocol';

const [bundle, sampleText, rows] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4])];
const send = (m: unknown) => process.send!(m);
const work = startThreadWork({ script: { file: bundle, eval: false } });
work.hold?.(true);
work.onMessage((message: FromWork) => send({ from: 'work', message }));
const workPort = work.connectPage();
const source = new URL('./stall-page.ts', import.meta.url).href;
const page = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, {
  eval: true,
  workerData: { sampleText, rows, workPort },
  transferList: [workPort],
});
page.on('message', (m: object) => send({ from: 'page', ...m }));
process.on('message', (m: { to: 'work'; message: ToWork } | { to: 'page'; [key: string]: unknown }) => {
  if (m.to === 'work') work.post(m.message);
  else page.postMessage(m);
});
