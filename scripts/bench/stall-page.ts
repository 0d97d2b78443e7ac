/**
 * The page of the stall benchmark, in its own thread (as the renderer is its own process): it makes a
 * 100,000-row workbook, and for each operation puts its blobs into the work process over its own port and
 * calls main with the refs (core/ipc-page), exactly as the renderer does. Main measures its own thread.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Result } from '../../core/errors';
import type { Channel, WorkbookBridge } from '../../core/ipc-contract';
import { wrapBridge } from '../../core/ipc-page';
import { blobLink, type FromPage, type ToPage } from '../../core/ipc-wire';
import { parseProjectText } from '../../core/workbook-schema';
import { threadPort } from '../../electron/work/entry-ports';

const { sampleText, rows, workPort } = workerData as { sampleText: string; rows: number; workPort: MessagePort };
const main = parentPort!;
const link = blobLink(threadPort<ToPage, FromPage>(workPort));
let next = 1;
const waiting = new Map<number, (r: Result<unknown>) => void>();
main.on('message', (m: { id: number; result?: Result<unknown>; op?: string }) => {
  if (m.result) waiting.get(m.id)?.(m.result);
});
const invoke = (channel: Channel, payload: unknown) =>
  new Promise<Result<unknown>>((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    main.postMessage({ kind: 'invoke', id, channel, payload });
  });
const settle = (p: Promise<string>): Promise<Result<string>> =>
  p.then(
    (value) => ({ ok: true, value }),
    (error: { code: never }) => ({ ok: false, error }),
  );
const blobs: Record<string, unknown> = {
  putBlob: (text: string) => settle(link.put(text)),
  takeBlob: (ref: string) => settle(link.take(ref)),
};
const bridge = new Proxy(blobs, {
  get: (target, key: string) => target[key] ?? ((payload: unknown) => invoke(key as Channel, payload)),
}) as unknown as WorkbookBridge;
const api = wrapBridge(bridge);

const sample = parseProjectText(sampleText);
const regions = ['서울', '경기', '부산', '대전', '광주'];
const big = {
  ...sample,
  centers: {
    illustrative: false,
    rows: Array.from({ length: rows }, (_, i) => ({
      id: `c${i + 1}`,
      name: `연구기반센터 ${i + 1}호`,
      institution: `운영기관 ${i % 4000}`,
      region: regions[i % regions.length]!,
      field: ['AI·제조', '반도체', '바이오'][i % 3]!,
      established: 2000 + (i % 26),
      equipment: (i * 7) % 90,
    })),
  },
};
const title = big.title;
const ops: Record<string, () => Promise<Result<unknown>>> = {
  save: () => api.saveProject({ workbook: big, title, saveAs: false }),
  exportXlsx: () => api.exportXlsx({ workbook: big, title, lang: 'ko' }),
  exportCsv: () =>
    api.exportCsv({ workbook: big, title, table: 'centers', seriesId: null, scenarioId: null, lang: 'ko', encoding: 'utf8-bom' }),
  journal: () => api.journal({ workbook: big, dirty: true }),
  open: () => api.openProject(),
  importCsv: () => api.importFile({}),
  importXlsx: () => api.importFile({}),
};
main.on('message', (m: { kind?: string; op?: string }) => {
  if (m.kind !== 'run' || !m.op) return;
  void ops[m.op]!().then((result) => main.postMessage({ kind: 'ran', op: m.op, ok: result.ok, error: result.ok ? null : result.error }));
});
main.postMessage({ kind: 'ready' });
