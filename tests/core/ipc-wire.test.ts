/**
 * Every channel round-trips through the wire: a request as the page makes it becomes what main validates
 * (each declared blob a ref, the rest as it was) and comes back whole; a response main gives comes to the
 * page with its blobs taken and parsed. The samples are typed per channel, so a new channel needs its own.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, IPC, type Channel, type RequestOf, type ResponseOf } from '../../core/ipc-contract';
import { blobPaths, decodeWire, encodeWire, type BlobLink } from '../../core/ipc-wire';
import { sampleWorkbookSync } from '../electron/helpers';

const wb = sampleWorkbookSync();
const preview = {
  token: 't',
  file: 'a.csv',
  format: 'csv',
  encoding: 'utf-8',
  sheetNames: ['a'],
  sheet: 'a',
  table: null,
  noTableReason: 'emptySheet',
  warnings: [],
} satisfies ResponseOf<'importFile'>;
const entry = { id: 'j1', savedAt: '2026-12-04T00:00:00Z', title: 't', fileName: null };

const requests: { [C in Channel]: RequestOf<C> } = {
  startup: undefined,
  openSample: undefined,
  newProject: undefined,
  openProject: undefined,
  openRecent: { index: 1 },
  listRecent: undefined,
  removeRecent: { index: 0 },
  openDropped: { dropToken: 'd' },
  saveProject: { workbook: wb, title: wb.title, saveAs: false },
  exportXlsx: { workbook: wb, title: wb.title, lang: 'ko', chartPng: 'data:image/png;base64,AAAA', author: '분석관' },
  exportHwpx: { workbook: wb, title: wb.title, lang: 'en' },
  exportCsv: { workbook: wb, title: wb.title, table: 'centers', seriesId: null, scenarioId: null, lang: 'en', encoding: 'cp949' },
  importFile: { token: 't', sheet: 's', headerRow: 2, encoding: 'cp949' },
  importRows: { token: 't', start: 1000, count: 50 },
  importCenters: { token: 't', workbook: wb, uses: ['name', 'extra'], keepMissing: true, apply: false },
  importBudget: {
    token: 't',
    workbook: wb,
    yearCol: 1,
    levels: [2, 7],
    stages: [12, 13],
    pairings: [{ from: ['산업통상자원부'], to: ['산업통상부'] }],
    sumDuplicates: false,
    lang: 'ko',
    apply: true,
  },
  cancelWork: undefined,
  journal: { workbook: wb, dirty: true },
  recoveryPreview: { id: 'j1' },
  recoveryRestore: { id: 'j1' },
  recoveryDiscard: { id: 'j1' },
  setDocumentState: { title: 't', dirty: true, lang: 'ko' },
  closeWindow: undefined,
  printToPdf: { title: 't' },
};

const opened = { workbook: wb, fileName: 'a.awb' };
const responses: { [C in Channel]: ResponseOf<C> } = {
  startup: { open: opened, openError: null, recovery: [entry], recent: [] },
  openSample: { workbook: wb, fileName: null },
  newProject: undefined,
  openProject: opened,
  openRecent: null,
  listRecent: [{ index: 0, name: 'a.awb', folder: '/x', missing: false }],
  removeRecent: [],
  openDropped: { ...opened, unsaved: true },
  saveProject: { fileName: 'a.awb' },
  exportXlsx: { fileName: 'b.xlsx', warnings: [{ code: 'export.textCleaned', count: 1 }] },
  exportHwpx: { fileName: 'b.hwpx' },
  exportCsv: null,
  importFile: preview,
  importRows: [{ row: 3, values: ['a', 1], key: 'a', unit: null }],
  importBudget: {
    inFile: [['a', 'b']],
    inWorkbook: [],
    suggested: [{ kind: 'move', from: ['a', 'c'], to: ['a', 'b'] }],
    edit: {
      renames: [],
      merges: [],
      add: wb.series.slice(0, 1).map((s) => ({ id: s.id, name: s.name, unit: s.unit, parentId: s.parentId, stage: '정부안' })),
      points: [{ seriesId: wb.series[0]!.id, years: [2026], values: [null], column: 'M', rows: [2] }],
      pairings: [],
      source: { file: 'a.csv', sheet: 'a.csv', unit: '천원', factor: 1e-5 },
      undecidedNotes: { 정부안: '미정' },
    },
    stages: ['정부안'],
    years: [2026],
    items: 1,
    added: 1,
    updated: 0,
    undecided: [{ stage: '국회확정', year: 2026 }],
    duplicates: [],
    fromUnit: '천원',
    toUnit: '억원',
  },
  importCenters: { summary: null, merge: { updates: wb.centers.rows.slice(0, 1), added: wb.centers.rows.slice(1, 2), removed: ['c3'] } },
  cancelWork: undefined,
  journal: undefined,
  recoveryPreview: { entry, workbook: wb, saved: null },
  recoveryRestore: { workbook: wb, fileName: null, unsaved: true },
  recoveryDiscard: [entry],
  setDocumentState: undefined,
  closeWindow: undefined,
  printToPdf: { fileName: 'c.pdf' },
};

/** A blob store as the work process keeps one. */
function store() {
  const blobs = new Map<string, string>();
  let n = 0;
  const link: BlobLink = {
    put: async (text) => {
      const ref = `blob:ref-${String(++n).padStart(8, '0')}`;
      blobs.set(ref, text);
      return ref;
    },
    take: async (ref) => {
      const text = blobs.get(ref);
      if (text === undefined) throw new Error(`no blob ${ref}`);
      blobs.delete(ref);
      return text;
    },
  };
  return { blobs, link };
}

/** Whether a value holds a workbook anywhere (by its series array), as main must never be handed one. */
const holdsWorkbook = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && (Array.isArray((v as { series?: unknown }).series) || Object.values(v).some(holdsWorkbook));

describe('channels through the wire', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: the request passes main's schema with its blobs as refs, and both directions come back whole`, async () => {
      const { blobs, link } = store();
      const spec = IPC[channel];
      const request = requests[channel];
      const wire = request === undefined ? undefined : await encodeWire(spec.request, request, link);
      expect(spec.request.safeParse(wire).success).toBe(true);
      expect(holdsWorkbook(wire)).toBe(false);
      expect(blobs.size).toBe(blobPaths(spec.request).length > 0 && request !== undefined ? blobPaths(spec.request).length : 0);
      // Main hands the refs on; the work process takes each once.
      expect(await decodeWire(spec.request, wire, link)).toEqual(request);
      expect(blobs.size).toBe(0);

      const response = responses[channel];
      const sent = await encodeWire(spec.response, response, link);
      expect(holdsWorkbook(sent)).toBe(false);
      expect(await decodeWire(spec.response, sent, link)).toEqual(response);
      expect(blobs.size).toBe(0);
    });
  }

  it('a request whose workbook is not a ref, or that names a path, is refused by main', () => {
    expect(IPC.saveProject.request.safeParse({ workbook: wb, title: 't', saveAs: false }).success).toBe(false);
    expect(IPC.saveProject.request.safeParse({ workbook: 'blob:ref-00000001', title: 't', saveAs: false, path: '/etc/x' }).success).toBe(
      false,
    );
    expect(IPC.importFile.request.safeParse({ path: '/etc/passwd' }).success).toBe(false);
  });
});
