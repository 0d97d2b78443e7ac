/**
 * The window's work process of the stall benchmark, a process of its own as in the app: the work runs on
 * the built work.cjs (in a worker thread, as a utility process runs it on its main thread) with every
 * thread of this process below normal priority, as the app's work process has. The page is another
 * process (forked first, so it keeps normal priority, as the renderer does); its port to the work is the
 * pipe between the two, relayed here without main. This process also relays main's messages.
 */
import { fork } from 'node:child_process';
import { lowerWholeProcess } from '../../electron/work/background-priority';
import { startThreadWork } from '../../electron/work/thread-process';
import type { FromWork, ToWork } from '../../electron/work/protocol';

const [bundle, sampleText, rows] = [process.argv[2]!, process.argv[3]!, process.argv[4]!];
const send = (m: unknown) => process.send!(m);
const page = fork(new URL('./stall-page.ts', import.meta.url).pathname, [rows], {
  execArgv: ['--import', 'tsx'],
  serialization: 'advanced',
});
page.send({ kind: 'sample', sampleText });
lowerWholeProcess();
const work = startThreadWork({ script: { file: bundle, eval: false } });
work.hold?.(true);
work.onMessage((message: FromWork) => send({ from: 'work', message }));
const workPort = work.connectPage();
workPort.on('message', (message: unknown) => page.send({ kind: 'port', message }));
page.on('message', (m: { kind: string; message?: unknown }) => {
  if (m.kind === 'port') workPort.postMessage(m.message);
  else send({ from: 'page', ...m });
});
process.on('message', (m: { to: 'work'; message: ToWork } | { to: 'page'; [key: string]: unknown }) => {
  if (m.to === 'work') work.post(m.message);
  else page.send(m);
});
process.on('disconnect', () => {
  page.kill();
  process.exit(0);
});
