/**
 * The page of the stall benchmark, a process of its own (as the renderer is): it makes a 100,000-row
 * workbook, and for each operation puts its blobs into the work process over its own link (the pipe to
 * the work process) and calls main with the refs (core/ipc-page), exactly as the renderer does. Main
 * measures its own thread.
 */
import type { Result } from '../../core/errors';
import type { Channel, WorkbookBridge } from '../../core/ipc-contract';
import { wrapBridge } from '../../core/ipc-page';
import { blobLink, type FromPage, type ToPage } from '../../core/ipc-wire';
import { parseProjectText } from '../../core/workbook-schema';

const rows = Number(process.argv[2]);
/** The work process's end: messages tagged 'port' are the page link, the rest are main's (relayed). */
const toWork: ((m: ToPage) => void)[] = [];
const fromMain: ((m: { id: number; kind?: string; op?: string; result?: Result<unknown>; sampleText?: string }) => void)[] = [];
process.on('message', (m: { kind?: string; message?: ToPage; id: number }) => {
  if (m.kind === 'port') for (const l of toWork) l(m.message!);
  else for (const l of fromMain) l(m);
});
const main = { postMessage: (m: unknown) => process.send!(m), on: (_: 'message', l: (typeof fromMain)[number]) => fromMain.push(l) };
const link = blobLink({ post: (m: FromPage) => process.send!({ kind: 'port', message: m }), onMessage: (l) => void toWork.push(l) });
let next = 1;
const waiting = new Map<number, (r: Result<unknown>) => void>();
main.on('message', (m) => {
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

const sampleText = await new Promise<string>((resolve) => main.on('message', (m) => m.kind === 'sample' && resolve(m.sampleText!)));
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
main.on('message', (m) => {
  if (m.kind !== 'run' || !m.op) return;
  void ops[m.op]!().then((result) => main.postMessage({ kind: 'ran', op: m.op, ok: result.ok, error: result.ok ? null : result.error }));
});
main.postMessage({ kind: 'ready' });
process.on('disconnect', () => process.exit(0));
