/** The window handlers on real temp files: dropped-file tokens, crash recovery, recent files, external changes, startup. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_ROWS } from '../../core/ipc-contract';
import { applyEdit } from '../../core/workbook-edits';
import { createAppHandlers, type HandlerDeps } from '../../electron/handlers/app-handlers';
import { saveProjectFile } from '../../electron/handlers/project-files';
import { createRecoveryStore } from '../../electron/handlers/recovery';
import { createDispatch } from '../../electron/ipc-dispatch';
import { localWindowWork, pageApi, pageLink, SAMPLE_PATH, sampleWorkbook, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

function handlersWith(overrides: Partial<HandlerDeps> = {}) {
  const deps: HandlerDeps = {
    samplePath: SAMPLE_PATH,
    userDataDir: tmp.path('user'),
    chooseOpenPath: vi.fn(async () => null),
    chooseSavePath: vi.fn(async () => null),
    setDocumentState: vi.fn(),
    closeWindow: vi.fn(),
    sendProgress: vi.fn(),
    renderPdf: vi.fn(async () => Buffer.from('%PDF-1.7\n% test\n%%EOF\n')),
    work: localWindowWork(),
    ...overrides,
  };
  const handlers = createAppHandlers(deps);
  const dispatch = createDispatch(handlers);
  return { handlers, dispatch, deps, page: pageApi(dispatch, pageLink(deps.work as ReturnType<typeof localWindowWork>)) };
}

describe('dropped files: the page never names a path', () => {
  it('refuses a page-supplied path and unknown tokens; a token preload registered works once', async () => {
    const { handlers, dispatch, page } = handlersWith();
    expect(await dispatch('importFile', { dropped: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    expect(await dispatch('importFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    expect(await dispatch('importFile', { dropToken: 'made-up-by-the-page' })).toMatchObject({
      ok: false,
      error: { code: 'request.invalid', detail: 'unknown drop' },
    });
    expect(await dispatch('openDropped', { dropToken: 'made-up-by-the-page' })).toMatchObject({
      ok: false,
      error: { code: 'request.invalid' },
    });
    const csv = tmp.path('list.csv');
    await writeFile(csv, '센터명,운영기관,지역\nA,B,서울\nC,D,경기\n');
    const token = handlers.registerDroppedFile(csv);
    expect(await page.importFile({ dropToken: token })).toMatchObject({ file: 'list.csv' });
    expect(await dispatch('importFile', { dropToken: token })).toMatchObject({ ok: false, error: { detail: 'unknown drop' } });
    expect(() => handlers.registerDroppedFile('relative/path.csv')).toThrow();
  });

  it('an .awb dropped on the window opens as a project', async () => {
    const { handlers, dispatch } = handlersWith();
    const path = tmp.path('dropped.awb');
    await saveProjectFile(path, await sampleWorkbook());
    const opened = await dispatch('openDropped', { dropToken: handlers.registerDroppedFile(path) });
    expect(opened).toMatchObject({ ok: true, value: { fileName: 'dropped.awb' } });
  });
});

describe('import preview by window', () => {
  it('sends the first rows and the count, more by token; the list becomes centers in the work process, sent once on apply', async () => {
    const { handlers, dispatch, page } = handlersWith();
    const sample = await sampleWorkbook();
    const known = sample.centers.rows[0]!;
    const regions = ['서울특별시', '경기도', '부산'];
    const lines = Array.from({ length: 2500 }, (_, i) =>
      i === 0
        ? `${known.name},${known.institution},${known.region},${(known.equipment ?? 0) + 1}`
        : `센터 ${i + 1},기관 ${i % 7},${i === 7 ? 'Atlantis' : regions[i % 3]},${i % 50}`,
    );
    const csv = tmp.path('big-list.csv');
    await writeFile(csv, `센터명,운영기관,지역,장비 수\n${lines.join('\n')}\n`);
    const preview = (await page.importFile({ dropToken: handlers.registerDroppedFile(csv) }))!;
    const table = preview.table!;
    expect({ rowCount: table.rowCount, rows: table.rows.length, last: table.rows.at(-1)!.row }).toEqual({
      rowCount: 2500,
      rows: PREVIEW_ROWS,
      last: PREVIEW_ROWS + 1,
    });

    // Statistics over every row, not only those sent: filled cells, and the range of a number column.
    expect(table.stats).toEqual([
      { filled: 2500, min: null, max: null },
      { filled: 2500, min: null, max: null },
      { filled: 2500, min: null, max: null },
      { filled: 2500, min: 0, max: Math.max(49, (known.equipment ?? 0) + 1) },
    ]);

    // More rows as the preview scrolls, by the preview's token only, at most a preview's worth at a time.
    const more = await page.importRows({ token: preview.token, start: PREVIEW_ROWS, count: 500 });
    expect(more).toHaveLength(500);
    expect(more[0]).toMatchObject({
      row: PREVIEW_ROWS + 2,
      values: [`센터 ${PREVIEW_ROWS + 1}`, `기관 ${PREVIEW_ROWS % 7}`, '경기도', PREVIEW_ROWS % 50],
    });
    expect(await dispatch('importRows', { token: 'not-this-one', start: 0, count: 10 })).toMatchObject({
      ok: false,
      error: { code: 'request.invalid' },
    });
    expect(await dispatch('importRows', { token: preview.token, start: 0, count: PREVIEW_ROWS + 1 })).toMatchObject({ ok: false });

    // What the import would do: exact counts, the first rows of each kind, rows the file lacks, unknown regions.
    const uses = ['name', 'institution', 'region', 'equipment'] as const;
    const keep = await page.importCenters({ token: preview.token, workbook: sample, uses: [...uses], keepMissing: true, apply: false });
    expect(keep.merge).toBeUndefined();
    expect(keep.summary).toMatchObject({
      imported: 2500,
      notInFile: sample.centers.rows.length - 1,
      unknownRegions: { names: ['Atlantis'], count: 1 },
      diff: { counts: { added: 2499, changed: 1, removed: 0, unchanged: 0, ambiguous: 0 } },
    });
    expect(keep.summary!.diff.added).toHaveLength(100);
    expect(keep.summary!.diff.changed[0]!.fields).toEqual([{ field: 'equipment', from: known.equipment, to: (known.equipment ?? 0) + 1 }]);
    const replace = await page.importCenters({ token: preview.token, workbook: sample, uses: [...uses], keepMissing: false, apply: false });
    expect(replace.summary!.diff.counts.removed).toBe(sample.centers.rows.length - 1);

    // Apply: the plan comes over once and goes into the document as one edit.
    const applied = await page.importCenters({ token: preview.token, workbook: sample, uses: [...uses], keepMissing: true, apply: true });
    expect({ added: applied.merge!.added.length, updates: applied.merge!.updates.length }).toEqual({ added: 2499, updates: 1 });
    const merged = applyEdit(sample, { kind: 'importCenters', merge: applied.merge!, keepMissing: true });
    expect(merged.centers.rows).toHaveLength(sample.centers.rows.length + 2499);
    expect(merged.centers.rows.find((c) => c.id === known.id)!.equipment).toBe((known.equipment ?? 0) + 1);
  });
});

describe('budget book through the window’s work process', () => {
  it('plans a long table where its rows are, by the preview’s token only, and the edit it sends applies as one step', async () => {
    const { handlers, dispatch, page } = handlersWith();
    // A book with more rows than a preview holds: the plan covers every row, not the first ones.
    const years = [2025, 2026];
    const body = years.flatMap((y) =>
      Array.from(
        { length: 700 },
        (_, i) =>
          `${y},부처${i % 3},프로그램${i % 20},단위${i % 90},세부사업${i},"${(1_000_000 + i * 100).toLocaleString('en-US')}","${y === 2026 ? 0 : (1_000_500 + i * 100).toLocaleString('en-US')}"`,
      ),
    );
    const csv = tmp.path('book.csv');
    await writeFile(
      csv,
      `\uFEFF회계연도,소관명,프로그램명,단위사업명,세부사업명,정부안금액(천원),국회확정금액(천원)\n${body.join('\n')}\n`,
    );
    const preview = (await page.importFile({ dropToken: handlers.registerDroppedFile(csv) }))!;
    expect(preview.table!.rows.length).toBe(PREVIEW_ROWS);
    const workbook = await sampleWorkbook();
    const request = {
      token: preview.token,
      workbook,
      yearCol: 0,
      levels: [1, 2, 3, 4],
      stages: [5, 6],
      pairings: [],
      sumDuplicates: false,
      lang: 'en' as const,
      apply: false,
    };
    const plan = await page.importBudget(request);
    // While the analyst chooses, the report only: the edit comes with `apply`.
    expect(plan.edit).toBeUndefined();
    expect(plan).toMatchObject({
      items: 700,
      years,
      added: 1400,
      updated: 0,
      stages: ['정부안', '국회확정'],
      fromUnit: '천원',
      toUnit: '억원',
    });
    expect(plan.undecided).toEqual([{ stage: '국회확정', year: 2026 }]);
    expect(await dispatch('importBudget', { ...request, token: 'not-this-one' })).toMatchObject({
      ok: false,
      error: { code: 'request.invalid' },
    });
    expect(await dispatch('importBudget', { ...request, levels: [] })).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    const applied = await page.importBudget({ ...request, apply: true });
    // 700 items per stage, under 3 소관, 60 (소관, 프로그램) and 180 (…, 단위사업) groups.
    expect(applied.edit!.add).toHaveLength(2 * (700 + 3 + 60 + 180));
    const after = applyEdit(workbook, { kind: 'importBudget', budget: applied.edit! });
    const leaf = after.series.find((s) => s.name === '세부사업699' && s.stage === '국회확정')!;
    expect(leaf.points).toEqual([
      expect.objectContaining({ year: 2025, value: 10.704, source: expect.objectContaining({ cell: 'G701', unit: '천원' }) }),
      expect.objectContaining({ year: 2026, value: null, note: expect.stringContaining('not decided yet') }),
    ]);
    // The sample's own series are untouched and still shown with every stage.
    expect(after.series.slice(0, workbook.series.length)).toEqual(workbook.series);
  });
});

describe('crash recovery', () => {
  it('journals a dirty document, lists it after a restart, previews it against the saved file, restores and cleans up', async () => {
    const path = tmp.path('예산.awb');
    const saved = await sampleWorkbook();
    await saveProjectFile(path, saved);
    const first = handlersWith({ chooseOpenPath: vi.fn(async () => path) });
    await first.page.openProject();
    const edited = applyEdit(saved, { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 });
    await first.page.journal({ workbook: edited, dirty: true });
    // The journal lives in the user-data folder, never beside the user's file.
    expect(await readdir(tmp.dir)).toEqual(['user', '예산.awb']);

    // "Restart": a new window of a new process sees the orphaned journal.
    const second = handlersWith();
    const { recovery } = await second.page.startup();
    expect(recovery).toHaveLength(1);
    expect(recovery[0]).toMatchObject({ title: saved.title, fileName: '예산.awb' });
    const preview = await second.page.recoveryPreview({ id: recovery[0]!.id });
    expect(preview.saved).toEqual(saved);
    expect(preview.workbook.series[0]!.points.at(-1)!.value).toBe(3000);
    const restored = await second.page.recoveryRestore({ id: recovery[0]!.id });
    expect(restored).toMatchObject({ fileName: '예산.awb', unsaved: true });
    // The restored document saves back to its own file, without a dialog.
    await second.page.journal({ workbook: restored.workbook, dirty: true });
    expect(await second.page.saveProject({ workbook: restored.workbook, title: restored.workbook.title, saveAs: false })).toEqual({
      fileName: '예산.awb',
    });
    await second.page.journal({ workbook: restored.workbook, dirty: false });
    expect((await handlersWith().page.startup()).recovery).toEqual([]);
  });

  it('discarding removes a journal; a clean close removes the window’s own', async () => {
    const a = handlersWith();
    await a.page.journal({ workbook: await sampleWorkbook(), dirty: true });
    const b = handlersWith();
    const [entry] = (await b.page.startup()).recovery;
    expect(await b.page.recoveryDiscard({ id: entry!.id })).toEqual([]);
    await a.page.journal({ workbook: await sampleWorkbook(), dirty: true });
    await a.page.closeWindow();
    expect(a.deps.closeWindow).toHaveBeenCalled();
    expect((await handlersWith().page.startup()).recovery).toEqual([]);
  });

  it('a journal of another live window is not offered', async () => {
    const a = handlersWith();
    await a.page.journal({ workbook: await sampleWorkbook(), dirty: true });
    const b = handlersWith({ otherJournalIds: () => new Set([a.handlers.journalId]) });
    expect((await b.page.startup()).recovery).toEqual([]);
  });

  it('after kill -9 of a process that edits and journals, every journalled edit is recovered', async () => {
    const dir = tmp.path('user/recovery');
    const store = createRecoveryStore(dir);
    const id = store.newId();
    const script = fileURLToPath(new URL('./support/journalling-editor.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, dir, id, SAMPLE_PATH], { stdio: ['ignore', 'pipe', 'inherit'] });
    let reported = 0;
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: string) => {
        for (const m of d.matchAll(/journalled (\d+)/g)) reported = Number(m[1]);
        if (reported >= 5) resolve();
      }),
    );
    child.kill('SIGKILL');
    await once(child, 'exit');
    const { recovery } = await handlersWith().page.startup();
    expect(recovery.map((r) => r.id)).toEqual([id]);
    const doc = await store.read(id);
    // The journal holds the last edit the child reported (or a later one it wrote before dying).
    expect(doc.workbook.series[0]!.points.at(-1)!.value).toBeGreaterThanOrEqual(3000 + reported);
    expect(doc.fileName).toBe('예산.awb');
  });
});

describe('opening what the user opens', () => {
  it('opens the file the window was created for (command line, Finder, second launch) at startup', async () => {
    const path = tmp.path('argv.awb');
    await saveProjectFile(path, { ...(await sampleWorkbook()), title: '명령줄로 연 파일' });
    const { page } = handlersWith({ takePendingPath: () => path });
    const info = await page.startup();
    expect(info.open).toMatchObject({ fileName: 'argv.awb', workbook: { title: '명령줄로 연 파일' } });
    expect(info.openError).toBeNull();
    const broken = handlersWith({ takePendingPath: () => tmp.path('missing.awb') });
    expect(await broken.page.startup()).toMatchObject({ open: null, openError: { code: 'file.notFound' } });
  });

  it('refuses to open a file another window has open (that window is focused instead)', async () => {
    const path = tmp.path('shared.awb');
    await saveProjectFile(path, await sampleWorkbook());
    const isOpenElsewhere = vi.fn((p: string) => p === path);
    const { page } = handlersWith({ chooseOpenPath: vi.fn(async () => path), isOpenElsewhere });
    await expect(page.openProject()).rejects.toMatchObject({ code: 'file.openElsewhere' });
    expect(isOpenElsewhere).toHaveBeenCalledWith(path);
  });

  it('keeps recent files (most recent first, at most 10), flags missing ones and removes entries', async () => {
    const paths = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const p = tmp.path(`f${i}.awb`);
        await saveProjectFile(p, await sampleWorkbook());
        return p;
      }),
    );
    let next = 0;
    const addRecentDocument = vi.fn();
    const { page } = handlersWith({ chooseOpenPath: vi.fn(async () => paths[next++]!), addRecentDocument });
    for (let i = 0; i < 12; i++) await page.openProject();
    const list = await page.listRecent();
    expect(list.map((r) => r.name)).toEqual([
      'f11.awb',
      'f10.awb',
      'f9.awb',
      'f8.awb',
      'f7.awb',
      'f6.awb',
      'f5.awb',
      'f4.awb',
      'f3.awb',
      'f2.awb',
    ]);
    expect(addRecentDocument).toHaveBeenCalledTimes(12);
    await rm(paths[10]!);
    expect((await page.listRecent())[1]).toMatchObject({ name: 'f10.awb', missing: true });
    await expect(page.openRecent({ index: 1 })).rejects.toMatchObject({ code: 'file.notFound' });
    expect((await page.removeRecent({ index: 1 })).map((r) => r.name).slice(0, 2)).toEqual(['f11.awb', 'f9.awb']);
    expect(await page.openRecent({ index: 1 })).toMatchObject({ fileName: 'f9.awb' });
  });

  it('saving over a file changed by another program asks first (error), overwrite writes', async () => {
    const path = tmp.path('team.awb');
    await saveProjectFile(path, await sampleWorkbook());
    const { page } = handlersWith({ chooseOpenPath: vi.fn(async () => path) });
    const { workbook } = (await page.openProject())!;
    await writeFile(
      path,
      JSON.stringify({ format: 'analyst-workbook', schemaVersion: 4, workbook: { ...workbook, title: '동료가 고친 판' } }),
    );
    await expect(page.saveProject({ workbook, title: workbook.title, saveAs: false })).rejects.toMatchObject({
      code: 'file.changedOnDisk',
    });
    expect(await page.saveProject({ workbook, title: workbook.title, saveAs: false, overwrite: true })).toEqual({ fileName: 'team.awb' });
    await rm(path);
    await expect(page.saveProject({ workbook, title: workbook.title, saveAs: false })).rejects.toMatchObject({
      code: 'file.missingOnDisk',
    });
  });
});

describe('damaged projects and what a killed save left', () => {
  it('a project whose bytes are not UTF-8 is refused, naming where, and the file stays as it was', async () => {
    const path = tmp.path('깨진 예산.awb');
    const good = Buffer.from(await readFile(SAMPLE_PATH));
    // One byte of a Korean name damaged: the file is not text there any more.
    const at = good.indexOf(Buffer.from('예산 총액'));
    const bytes = Buffer.from(good);
    bytes[at + 1] = 0xff;
    await writeFile(path, bytes);
    const { page } = handlersWith({ chooseOpenPath: vi.fn(async () => path) });
    await expect(page.openProject()).rejects.toMatchObject({
      code: 'project.damaged',
      detail: expect.stringMatching(/^line \d+, byte \d+$/),
    });
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('a save killed mid-write left a hidden temp file: it goes when the app starts and when a file beside it opens; a live writer’s stays', async () => {
    const folder = tmp.path('work');
    await mkdir(folder, { recursive: true });
    const file = join(folder, '예산.awb');
    await copyFile(SAMPLE_PATH, file);
    // A process that is gone (its pid no longer runs) and one that is running.
    const gone = spawn(process.execPath, ['-e', '0']);
    await once(gone, 'exit');
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const orphan = `.예산.awb.${gone.pid}-0badc0de.awtmp`;
      const working = `.예산.awb.${live.pid}-0000beef.awtmp`;
      const someoneElses = '.예산.awb.tmp';
      for (const name of [orphan, working, someoneElses]) await writeFile(join(folder, name), 'x'.repeat(10_000));
      const { page } = handlersWith({ chooseOpenPath: vi.fn(async () => file) });
      await page.openProject();
      await vi.waitFor(async () => expect((await readdir(folder)).sort()).toEqual([someoneElses, working, '예산.awb'].sort()));
      // On start: the folders of recent files are cleaned too.
      const again = `.예산.awb.${gone.pid}-0000cafe.awtmp`;
      await writeFile(join(folder, again), 'x');
      const next = handlersWith();
      await next.page.startup();
      await vi.waitFor(async () => expect(await readdir(folder)).not.toContain(again));
      expect(await readdir(folder)).toContain(working);
    } finally {
      live.kill();
    }
  });
});
