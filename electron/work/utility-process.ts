/** A window's work process as an Electron utilityProcess (the pattern Actual Budget uses for its server). */
import { MessageChannelMain, utilityProcess, type MessagePortMain } from 'electron';
import { join } from 'node:path';
import type { WorkProcess } from './client';
import type { FromWork, WorkExit } from './protocol';
import { WORK_MEMORY_MB } from './thread-process';

/** A utility work process, and a new port to it for the page (main hands it to the window and stays out of the data path). */
export interface UtilityWork extends WorkProcess {
  connectPage: () => MessagePortMain;
}

/** Starts the bundled work script (dist-electron/work.cjs) in a utility process with a heap ceiling. */
export function startUtilityWork(): UtilityWork {
  const child = utilityProcess.fork(join(__dirname, 'work.cjs'), [], {
    serviceName: 'Analyst Workbook work',
    execArgv: [`--max-old-space-size=${WORK_MEMORY_MB}`],
    stdio: 'inherit',
  });
  let exited = false;
  const exitListeners: ((exit: WorkExit, reason: string) => void)[] = [];
  child.on('exit', (code) => {
    if (exited) return;
    exited = true;
    // Electron reports only an exit code; an unexpected end while reading or writing is most likely the heap ceiling.
    for (const listener of exitListeners) listener(code === 0 ? 'ended' : 'memory', `exit ${code}`);
  });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (m: FromWork) => listener(m)),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void child.kill(),
    connectPage: () => {
      const { port1, port2 } = new MessageChannelMain();
      child.postMessage({ kind: 'pagePort' }, [port1]);
      return port2;
    },
  };
}
