/**
 * The work process: heavy work and its data stay off main (the page puts and takes a 100,000-row workbook
 * over its own port to the work process; main passes refs), a process that runs out of memory or time ends with a clear
 * message and the next call gets a fresh one, and Cancel stops a save, an export or an import without
 * changing anything.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PREVIEW_ROWS } from '../../core/ipc-contract';
import type { Workbook } from '../../core/types';
import { createAppHandlers } from '../../electron/handlers/app-handlers';
import { openProjectFile, saveProjectFile } from '../../electron/handlers/project-files';
import { createDispatch, type Dispatch } from '../../electron/ipc-dispatch';
import { createWorkClient } from '../../electron/work/client';
import { startThreadWork, type ThreadWork } from '../../electron/work/thread-process';
import { WINDOW_OP_TERMS } from '../../electron/work/window-op-terms';
import type { WindowOps } from '../../electron/work/window-ops';
import { pageApi, pageLink, SAMPLE_PATH, sampleWorkbook, tempDir } from './helpers';

const ROWS = 100_000;

let tmp: Awaited<ReturnType<typeof tempDir>>;
let big: Workbook;
let bigCsv: string;
beforeAll(async () => {
  tmp = await tempDir();
  const regions = ['서울', '경기', '부산', '대전', '광주'];
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    id: `c${i + 1}`,
    name: `연구기반센터 ${i + 1}호`,
    institution: `운영기관 ${i % 4000}`,
    region: regions[i % regions.length]!,
    field: ['AI·제조', '반도체', '바이오'][i % 3]!,
    established: 2000 + (i % 26),
    equipment: (i * 7) % 90,
  }));
  big = { ...(await sampleWorkbook()), centers: { illustrative: false, rows } };
  bigCsv = tmp.path('centers-100k.csv');
  const lines = rows.map((r) => [r.name, r.institution, r.region, r.field, r.established, r.equipment].join(','));
  await writeFile(bigCsv, `센터명,운영기관,지역,분야,구축연도,장비 수\n${lines.join('\n')}\n`);
});
afterAll(() => tmp.cleanup());

/** Size of what main is handed or hands back, as JSON. */
const size = (value: unknown) => JSON.stringify(value ?? null).length;

/** A window's handlers on a worker-thread work process, reached as the page reaches them; main's traffic is recorded. */
function windowWith(
  paths: { open?: string[]; save?: string[] },
  options: { memoryMb?: number; timeMs?: (op: string) => number; cancelGraceMs?: number } = {},
) {
  const work = createWorkClient<WindowOps, ThreadWork>(() => startThreadWork({ memoryMb: options.memoryMb }), WINDOW_OP_TERMS, options);
  const progress: number[] = [];
  const handlers = createAppHandlers({
    work,
    samplePath: SAMPLE_PATH,
    userDataDir: tmp.path('user'),
    chooseOpenPath: async () => paths.open?.shift() ?? null,
    chooseSavePath: async () => paths.save?.shift() ?? null,
    setDocumentState: vi.fn(),
    closeWindow: vi.fn(),
    sendProgress: (f) => progress.push(f),
    renderPdf: async () => Buffer.from('%PDF-'),
  });
  const dispatch = createDispatch(handlers);
  // What passes through main: every payload the dispatcher validates and every value it returns.
  const throughMain: { channel: unknown; bytes: number }[] = [];
  const recorded: Dispatch = async (channel, payload) => {
    throughMain.push({ channel, bytes: size(payload) });
    const result = await dispatch(channel, payload);
    throughMain.push({ channel, bytes: size(result) });
    return result;
  };
  return { page: pageApi(recorded, pageLink(work)), work, progress, throughMain };
}

describe('heavy work off main', () => {
  // How long main's event loop stalls meanwhile is measured by `npm run bench -- stalls` (tests never assert on time).
  it('saving, exporting, journalling, opening and importing 100,000 rows: the rows go between the page and the work process; main passes refs', async () => {
    const awb = tmp.path('big.awb');
    const xlsx = tmp.path('big.xlsx');
    const csv = tmp.path('big-centers.csv');
    const { page, work, progress, throughMain } = windowWith({ open: [awb, bigCsv, xlsx], save: [awb, xlsx, csv] });
    try {
      const title = big.title;
      expect(await page.saveProject({ workbook: big, title, saveAs: false })).toEqual({ fileName: 'big.awb' });
      expect(await page.exportXlsx({ workbook: big, title, lang: 'ko' })).toMatchObject({ fileName: 'big.xlsx' });
      await page.exportCsv({ workbook: big, title, table: 'centers', seriesId: null, scenarioId: null, lang: 'ko', encoding: 'utf8-bom' });
      await page.journal({ workbook: big, dirty: true });
      const opened = await page.openProject();
      const previewCsv = await page.importFile({});
      const briefing = await page.importFile({});
      const previewXlsx = await page.importFile({ token: briefing!.token, sheet: '센터 목록' });

      // The work was done: the files hold every row, the document opened whole, each import saw every row.
      expect((await openProjectFile(awb)).centers.rows).toHaveLength(ROWS);
      expect(opened!.workbook.centers.rows).toHaveLength(ROWS);
      expect((await readFile(csv, 'utf8')).trimEnd().split('\n')).toHaveLength(ROWS + 1);
      // The preview holds the first rows and the count; the rest stay in the work process.
      expect({ rowCount: previewCsv!.table!.rowCount, rows: previewCsv!.table!.rows.length }).toEqual({
        rowCount: ROWS,
        rows: PREVIEW_ROWS,
      });
      expect(previewXlsx!.table!.rowCount).toBe(ROWS);
      // Progress reached the window: 0 when work starts, then fractions up to 1.
      expect(progress[0]).toBe(0);
      expect(progress).toContain(1);
      // And main never carried them: the largest thing it was handed or handed back is a few hundred bytes.
      expect(throughMain.length).toBe(16);
      expect(Math.max(...throughMain.map((t) => t.bytes))).toBeLessThan(2_000);
    } finally {
      work.close();
    }
  });
});

describe('a work process that fails ends alone', () => {
  it('out of memory: the import says the file is too large or malformed, and the next call gets a fresh process', async () => {
    const small = tmp.path('small.csv');
    await writeFile(small, '센터명,운영기관,지역\nA,B,서울\n');
    const { page, work } = windowWith({ open: [bigCsv, small] }, { memoryMb: 24 });
    try {
      await expect(page.importFile({})).rejects.toMatchObject({ code: 'import.tooComplex' });
      expect(await page.importFile({})).toMatchObject({ file: 'small.csv', table: { rows: [{ key: 'A' }] } });
    } finally {
      work.close();
    }
  });

  it('over its time: the watchdog ends it with the same message', async () => {
    const { page, work } = windowWith({ open: [bigCsv] }, { timeMs: (op) => (op === 'importPreview' ? 1 : 60_000), cancelGraceMs: 1_000 });
    try {
      await expect(page.importFile({})).rejects.toMatchObject({ code: 'import.tooComplex', detail: 'time limit' });
      expect((await page.openSample()).workbook.title).toBe('산업혁신기반구축사업 2026');
    } finally {
      work.close();
    }
  });
});

describe('cancel', () => {
  it('a cancelled save leaves the file as it was; a cancelled export writes nothing', async () => {
    const awb = tmp.path('cancel.awb');
    const xlsx = tmp.path('cancel.xlsx');
    const original = await sampleWorkbook();
    await saveProjectFile(awb, original);
    const before = await readFile(awb, 'utf8');
    const { page, work, progress } = windowWith({ open: [awb], save: [xlsx] });
    try {
      await page.openProject();
      const saving = page.saveProject({ workbook: big, title: big.title, saveAs: false });
      // Cancel comes once main reports the save under way (as the overlay shows it).
      await vi.waitFor(() => expect(progress).toContain(0));
      await page.cancelWork();
      await expect(saving).rejects.toMatchObject({ code: 'work.cancelled' });
      expect(await readFile(awb, 'utf8')).toBe(before);
      const started = progress.length;
      const exporting = page.exportXlsx({ workbook: big, title: big.title, lang: 'ko' });
      // The dialog answers first; Cancel comes once main reports the export under way (as the overlay shows it).
      await vi.waitFor(() => expect(progress.length).toBeGreaterThan(started));
      await page.cancelWork();
      await expect(exporting).rejects.toMatchObject({ code: 'work.cancelled' });
      await expect(readFile(xlsx)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      work.close();
    }
  });

  it('a cancelled import reports cancelled, also when the reader could not stop in time (the process is ended)', async () => {
    const { page, work, progress } = windowWith({ open: [bigCsv, bigCsv] }, { cancelGraceMs: 0 });
    try {
      await page.openSample();
      const importing = page.importFile({});
      await vi.waitFor(() => expect(progress).toContain(0));
      await page.cancelWork();
      await expect(importing).rejects.toMatchObject({ code: 'import.cancelled' });
      // The window goes on working.
      expect((await page.importFile({}))!.table!.rowCount).toBe(ROWS);
    } finally {
      work.close();
    }
  });
});
