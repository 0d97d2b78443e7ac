/**
 * Main-process stalls: the longest time main's event loop goes without running a 5 ms timer while a
 * 100,000-row workbook is saved, exported (xlsx, CSV), journalled, opened and imported (CSV, xlsx). Main
 * runs the real dispatcher and handlers in this process; the page and the window's work process (on the
 * built work.cjs) run in another, joined by the page's own port, as the renderer and the utility process are. The
 * yardstick is the same timer on an idle main in the same run (what the machine's scheduling costs alone).
 */
import { readFileSync, existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { fork } from 'node:child_process';
import { createAppHandlers } from '../../electron/handlers/app-handlers';
import { createDispatch } from '../../electron/ipc-dispatch';
import { createWorkClient, type WorkProcess } from '../../electron/work/client';
import type { FromWork } from '../../electron/work/protocol';
import { WINDOW_OP_TERMS } from '../../electron/work/window-op-terms';
import type { WindowOps } from '../../electron/work/window-ops';
import { table } from './measure';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'samples/industrial-innovation-infrastructure.awb');
const BUNDLE = join(ROOT, 'dist-electron/work.cjs');
/** The bound the issue sets on a stall of main. */
const BOUND_MS = 16;

/** The longest gap between 5 ms ticks of main's loop while `run` is in flight. */
async function longestStall(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return Math.max(worst, performance.now() - last);
}

/** Runs the benchmark and prints its report. */
export async function runStallBench(rows = 100_000): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error('dist-electron/work.cjs is missing: npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-stall-'));
  const awb = join(dir, 'big.awb');
  const xlsx = join(dir, 'big.xlsx');
  const csv = join(dir, 'big.csv');
  // Each operation's dialog chooses its file every time.
  const dialogs: Record<string, string> = { project: awb, xlsx, csv };
  let importPath = csv;
  // The page and the work process in a process of their own (stall-peers.ts); main talks to the work
  // process over the child's IPC channel, as it talks to a utility process.
  const peers = fork(fileURLToPath(new URL('./stall-peers.ts', import.meta.url)), [BUNDLE, readFileSync(SAMPLE, 'utf8'), String(rows)], {
    execArgv: ['--import', 'tsx'],
  });
  const fromWork: ((m: FromWork) => void)[] = [];
  const fromPage: ((m: PageMessage) => void)[] = [];
  peers.on('message', (m: { from: 'work'; message: FromWork } | ({ from: 'page' } & PageMessage)) => {
    if (m.from === 'work') for (const l of fromWork) l(m.message);
    else for (const l of fromPage) l(m);
  });
  const work = createWorkClient<WindowOps, WorkProcess>(
    () => ({
      post: (message) => peers.send({ to: 'work', message }),
      onMessage: (listener) => void fromWork.push(listener),
      onExit: (listener) => void peers.on('exit', () => listener('ended', 'peers ended')),
      kill: () => void peers.kill(),
    }),
    WINDOW_OP_TERMS,
  );
  const handlers = createAppHandlers({
    work,
    samplePath: SAMPLE,
    userDataDir: join(dir, 'user'),
    chooseOpenPath: async (kind) => (kind === 'import' ? importPath : awb),
    chooseSavePath: async (kind) => dialogs[kind] ?? null,
    setDocumentState: () => undefined,
    closeWindow: () => undefined,
    sendProgress: () => undefined,
    renderPdf: async () => Buffer.from('%PDF-'),
  });
  const dispatch = createDispatch(handlers);
  try {
    const waiting: ((m: PageMessage) => void)[] = [];
    fromPage.push((m) => {
      if (m.kind === 'invoke') void dispatch(m.channel, m.payload).then((result) => peers.send({ to: 'page', id: m.id, result }));
      else for (const l of waiting.splice(0)) l(m);
    });
    const next = () => new Promise<PageMessage>((r) => waiting.push(r));
    await next(); // the page is ready (its workbook made)
    const run = async (op: string) => {
      peers.send({ to: 'page', kind: 'run', op });
      const done = await next();
      if (!done.ok) throw new Error(`${op} failed: ${JSON.stringify(done.error)}`);
    };
    const idle = () => new Promise((r) => setTimeout(r, 1500));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const results: (string | number)[][] = [
      ['operation', 'longest stall ms (median of 3)', 'runs', `under ${BOUND_MS} ms`, "main's CPU ms / wall ms"],
    ];
    const idleRuns: number[] = [];
    for (let i = 0; i < 3; i++) idleRuns.push(await longestStall(idle));
    results.push(['yardstick: idle main, 1.5 s', median(idleRuns).toFixed(1), idleRuns.map((x) => x.toFixed(0)).join(' / '), '', '']);
    // AW_STALL_OPS=exportCsv,save measures only those (to profile one operation).
    const only = process.env.AW_STALL_OPS?.split(',');
    for (const op of ['save', 'exportXlsx', 'exportCsv', 'journal', 'open', 'importCsv', 'importXlsx'].filter(
      (o) => !only || only.includes(o),
    )) {
      importPath = op === 'importXlsx' ? xlsx : csv;
      const runs: number[] = [];
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) runs.push(await longestStall(() => run(op)));
      const used = process.cpuUsage(cpu);
      const share = `${((used.user + used.system) / 3000).toFixed(0)} / ${((performance.now() - t0) / 3).toFixed(0)}`;
      results.push([op, median(runs).toFixed(1), runs.map((x) => x.toFixed(0)).join(' / '), median(runs) < BOUND_MS ? 'yes' : 'NO', share]);
    }
    console.log(`main-process stalls, ${rows.toLocaleString('en-US')} centers (page and work process beside main, as in the app)\n`);
    console.log(table(results));
  } finally {
    work.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the page sends main: a channel call, or that it is ready or ran an operation. */
type PageMessage = {
  kind: 'invoke' | 'ready' | 'ran';
  id: number;
  channel: string;
  payload: unknown;
  op?: string;
  ok?: boolean;
  error?: unknown;
};
