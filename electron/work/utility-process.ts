/** A window's work process as an Electron utilityProcess (the pattern Actual Budget uses for its server). */
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import { WORK_MEMORY_MB } from './thread-process';
import type { WorkProcess } from './work-client';
import type { FromWork } from './work-protocol';

/** Starts the bundled work script (dist-electron/work.cjs) in a utility process with a heap ceiling. */
export function startUtilityWork(): WorkProcess {
  const child = utilityProcess.fork(join(__dirname, 'work.cjs'), [], {
    serviceName: 'Analyst Workbook work',
    execArgv: [`--max-old-space-size=${WORK_MEMORY_MB}`],
    stdio: 'inherit',
  });
  let exited = false;
  const exitListeners: ((reason: string) => void)[] = [];
  child.on('exit', (code) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(`exit ${code}`);
  });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (m: FromWork) => listener(m)),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void child.kill(),
  };
}
