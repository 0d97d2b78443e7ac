/**
 * The work process: heavy work leaves main's thread free (the longest event-loop stall during an import,
 * save or export of a 100,000-row workbook), a process that runs out of memory or time ends with a clear
 * message and the next call gets a fresh one, and Cancel stops a save, an export or an import without
 * changing anything.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../core/errors';
import { PREVIEW_ROWS } from '../../core/ipc-contract';
import { decodeResponse, encodeRequest } from '../../core/ipc-wire';
import type { Workbook } from '../../core/types';
import { createAppHandlers } from '../../electron/handlers/app-handlers';
import { openProjectFile, saveProjectFile } from '../../electron/handlers/project-files';
import { createDispatch } from '../../electron/ipc-dispatch';
import { startThreadWork } from '../../electron/work/thread-process';
import { createWorkClient, DEFAULT_WORK_LIMITS, type WorkLimits } from '../../electron/work/work-client';
import { pageApi, SAMPLE_PATH, sampleWorkbook, tempDir } from './helpers';

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

/** A window's handlers on a worker-thread work process, reached as the page reaches them. */
function windowWith(paths: { open?: string[]; save?: string[] }, limits: WorkLimits = DEFAULT_WORK_LIMITS, memoryMb?: number) {
  const work = createWorkClient(() => startThreadWork({ memoryMb }), limits);
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
  return { dispatch, page: pageApi(dispatch), work, progress };
}

describe('heavy work off the main thread', () => {
  // How long main's event loop stalls meanwhile is measured by `npm run bench -- stalls` (tests never assert on time).
  it('opening, saving, exporting and importing 100,000 rows run in the work process; main passes text through', async () => {
    const awb = tmp.path('big.awb');
    const xlsx = tmp.path('big.xlsx');
    const csv = tmp.path('big-centers.csv');
    const { dispatch, page, work, progress } = windowWith({ open: [], save: [awb] });
    // One window per file to write or open, each choosing that file in its dialog.
    const openers = {
      exportXlsx: windowWith({ save: [xlsx] }),
      exportCsv: windowWith({ save: [csv] }),
      open: windowWith({ open: [awb] }),
      importCsv: windowWith({ open: [bigCsv] }),
      importXlsx: windowWith({ open: [xlsx] }),
    };
    try {
      // Start the work processes first.
      for (const w of [{ page }, ...Object.values(openers)]) await w.page.openSample();
      // What the page sends (the workbook as JSON text): encoding it is the renderer's work, done before main sees it.
      const save = encodeRequest('saveProject', { workbook: big, saveAs: false });
      const briefing = encodeRequest('exportXlsx', { workbook: big, lang: 'ko' });
      const grid = encodeRequest('exportCsv', {
        workbook: big,
        table: 'centers',
        seriesId: null,
        scenarioId: null,
        lang: 'ko',
        encoding: 'utf8-bom',
      });
      const journal = encodeRequest('journal', { workbook: big, dirty: true });
      const results: Record<string, Result<unknown>> = {};
      results.save = await dispatch('saveProject', save);
      results.exportXlsx = await openers.exportXlsx.dispatch('exportXlsx', briefing);
      results.exportCsv = await openers.exportCsv.dispatch('exportCsv', grid);
      results.journal = await dispatch('journal', journal);
      // Opening and importing: main passes the work process's text on to the page without parsing it.
      results.open = await openers.open.dispatch('openProject', undefined);
      results.importCsv = await openers.importCsv.dispatch('importFile', {});
      results.importXlsx = await openers.importXlsx.dispatch('importFile', {});
      for (const [name, result] of Object.entries(results)) expect({ name, ok: result.ok }).toEqual({ name, ok: true });
      expect(typeof (results.open as { value: { workbook: unknown } }).value.workbook).toBe('string');
      expect(typeof (results.importCsv as { value: unknown }).value).toBe('string');

      // And the work was done: the file holds every row, each import saw every row.
      expect((await openProjectFile(awb)).centers.rows).toHaveLength(ROWS);
      const valueOf = (name: string) => (results[name] as { value: unknown }).value as never;
      const opened = decodeResponse('openProject', valueOf('open'));
      expect(opened!.workbook.centers.rows).toHaveLength(ROWS);
      const previewed = decodeResponse('importFile', valueOf('importCsv'))!.table!;
      // The preview holds the first rows and the count; the rest stay in the work process.
      expect({ rowCount: previewed.rowCount, rows: previewed.rows.length }).toEqual({ rowCount: ROWS, rows: PREVIEW_ROWS });
      expect((await readFile(csv, 'utf8')).trimEnd().split('\n')).toHaveLength(ROWS + 1);
      // Progress reached the window: 0 when work starts, then fractions up to 1 for the save.
      expect(progress[0]).toBe(0);
      expect(progress).toContain(1);
    } finally {
      work.close();
      for (const w of Object.values(openers)) w.work.close();
    }
  });
});

describe('a work process that fails ends alone', () => {
  it('out of memory: the import says the file is too large or malformed, and the next call gets a fresh process', async () => {
    const small = tmp.path('small.csv');
    await writeFile(small, '센터명,운영기관,지역\nA,B,서울\n');
    const { page, work } = windowWith({ open: [bigCsv, small] }, DEFAULT_WORK_LIMITS, 24);
    try {
      await expect(page.importFile({})).rejects.toMatchObject({ code: 'import.tooComplex' });
      expect(await page.importFile({})).toMatchObject({ file: 'small.csv', table: { rows: [{ key: 'A' }] } });
    } finally {
      work.close();
    }
  });

  it('over its time: the watchdog ends it with the same message', async () => {
    const limits: WorkLimits = { timeMs: (op) => (op === 'importPreview' ? 1 : 60_000), cancelGraceMs: 1_000 };
    const { page, work } = windowWith({ open: [bigCsv] }, limits);
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
      const saving = page.saveProject({ workbook: big, saveAs: false });
      await page.cancelWork();
      await expect(saving).rejects.toMatchObject({ code: 'work.cancelled' });
      expect(await readFile(awb, 'utf8')).toBe(before);
      const started = progress.length;
      const exporting = page.exportXlsx({ workbook: big, lang: 'ko' });
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
    const limits: WorkLimits = { timeMs: () => 60_000, cancelGraceMs: 0 };
    const { page, work, progress } = windowWith({ open: [bigCsv, bigCsv] }, limits);
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
