/** Writes that cannot lie: short writes, a full disk, corruption and a killed process never cost the user a good file. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workbook } from '../../core/types';
import { exportGridCsv } from '../../electron/handlers/csv-export';
import { openProjectFile, saveProjectFile } from '../../electron/handlers/project-files';
import { createRecoveryStore } from '../../electron/handlers/recovery';
import { removeStaleTempFiles, writeFileSafely } from '../../electron/handlers/safe-write';
import { exportBriefingXlsx } from '../../electron/handlers/xlsx-export';
import { injectedFs, smallDisk } from './fs-fixtures';
import { sampleWorkbook, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

const enospc = () => Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });

/** A workbook whose project file is about `mb` megabytes (centers with varied names, so it does not compress away). */
async function bigWorkbook(rows: number): Promise<Workbook> {
  const wb = await sampleWorkbook();
  const centers = Array.from({ length: rows }, (_, i) => ({
    id: `c${i + 1}`,
    name: `센터 ${i.toString(36)} ${((i * 2654435761) >>> 0).toString(16)}`,
    institution: `기관 ${((i * 40503) >>> 0).toString(16)}`,
    region: ['서울', '경기', '부산', '대전'][i % 4]!,
    field: `분야 ${i % 97}`,
    established: 2000 + (i % 25),
    equipment: i % 500,
  }));
  return { ...wb, centers: { illustrative: false, rows: centers } };
}

describe('safe write with a misbehaving file system', () => {
  it('loops over short writes: the whole file arrives', async () => {
    const path = tmp.path('short.awb');
    const data = Buffer.from('가나다'.repeat(10_000));
    // Every write call writes at most 7 bytes, as a full pipe or an NFS mount may.
    const fs = injectedFs((real, b, o, l, p) => real.write(b, o, Math.min(7, l), p));
    await writeFileSafely(path, data, { fs });
    expect((await readFile(path)).equals(data)).toBe(true);
  });

  it('a write that fails half-way (disk full) leaves the old file and no temp file', async () => {
    const path = tmp.path('keep.awb');
    await writeFile(path, 'the good old file');
    const fs = injectedFs(async (real, b, o, l, p, call) => {
      if (call > 2) throw enospc();
      return real.write(b, o, Math.min(1000, l), p);
    });
    await expect(writeFileSafely(path, Buffer.alloc(1_000_000, 1), { fs })).rejects.toMatchObject({
      code: 'file.diskFull',
      detail: 'keep.awb',
    });
    expect(await readFile(path, 'utf8')).toBe('the good old file');
    expect(await readdir(tmp.dir)).toEqual(['keep.awb']);
  });

  it('a write that makes no progress is an error, not a silent truncation', async () => {
    const path = tmp.path('zero.csv');
    const fs = injectedFs(async () => ({ bytesWritten: 0 }));
    await expect(writeFileSafely(path, 'abc', { fs })).rejects.toMatchObject({ code: 'file.diskFull' });
    expect(await readdir(tmp.dir)).toEqual([]);
  });

  it('bytes that do not read back the same are never renamed over the target', async () => {
    const path = tmp.path('verify.xlsx');
    await writeFile(path, 'old');
    // A flipped byte on the way to disk (bad driver, failing USB stick).
    const fs = injectedFs((real, b, o, l, p) => {
      const copy = Buffer.from(b.subarray(o, o + l));
      copy[0] = copy[0]! ^ 0xff;
      return real.write(copy, 0, copy.length, p);
    });
    await expect(writeFileSafely(path, Buffer.alloc(5000, 7), { fs })).rejects.toMatchObject({ code: 'file.verifyFailed' });
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(tmp.dir)).toEqual(['verify.xlsx']);
  });
});

describe('leftover temp files', () => {
  it('a temp file of a process that is gone is removed by the next write to that folder; a live one is kept', async () => {
    const dead = tmp.path('.report.xlsx.999999999-0badc0de.awtmp');
    const live = tmp.path(`.other.awb.${process.ppid}-12345678.awtmp`);
    await writeFile(dead, 'half a file');
    await writeFile(live, 'being written by the parent');
    await writeFileSafely(tmp.path('new.csv'), 'a,b');
    expect((await readdir(tmp.dir)).sort()).toEqual(['.other.awb.' + process.ppid + '-12345678.awtmp', 'new.csv'].sort());
    expect(await removeStaleTempFiles(tmp.dir)).toEqual([]);
  });

  it('kill -9 during a write leaves the old file intact; the next write cleans up after it', async () => {
    const path = tmp.path('brief.xlsx');
    await writeFile(path, 'previous briefing');
    const script = fileURLToPath(new URL('./support/endless-writer.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, path], { stdio: ['ignore', 'pipe', 'inherit'] });
    // Kill as soon as the child reports that bytes are flowing into its temp file.
    let out = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: string) => {
        out += d;
        if (out.includes('writing')) resolve();
      }),
    );
    child.kill('SIGKILL');
    await once(child, 'exit');
    const leftovers = (await readdir(tmp.dir)).filter((n) => n.endsWith('.awtmp'));
    expect(leftovers).toHaveLength(1);
    expect((await stat(join(tmp.dir, leftovers[0]!))).size).toBeGreaterThan(0);
    expect(await readFile(path, 'utf8')).toBe('previous briefing');
    await writeFileSafely(tmp.path('next.csv'), 'x');
    expect((await readdir(tmp.dir)).sort()).toEqual(['brief.xlsx', 'next.csv']);
  });
});

describe('every writer on a nearly full disk (2 MiB tmpfs)', () => {
  let disk: Awaited<ReturnType<typeof smallDisk>>;
  beforeEach(async () => {
    disk = await smallDisk('2m');
  });
  afterEach(async () => {
    await disk?.unmount();
  });

  it('project save: the good 10 KB project survives a 15 MB save, which fails with a clear error', async () => {
    if (!disk) return;
    const path = join(disk.dir, 'good.awb');
    const good = await sampleWorkbook();
    await saveProjectFile(path, good);
    expect((await stat(path)).size).toBeLessThan(20_000);
    const big = await bigWorkbook(120_000);
    await expect(saveProjectFile(path, big)).rejects.toMatchObject({ code: 'file.diskFull', detail: 'good.awb' });
    expect(await openProjectFile(path)).toEqual(good);
    expect(await readdir(disk.dir)).toEqual(['good.awb']);
  });

  it('briefing: a good xlsx survives an export that does not fit', async () => {
    if (!disk) return;
    const path = join(disk.dir, 'brief.xlsx');
    await writeFile(path, 'PK good old briefing');
    await expect(exportBriefingXlsx(path, await bigWorkbook(150_000), 'ko')).rejects.toMatchObject({ code: 'file.diskFull' });
    expect(await readFile(path, 'utf8')).toBe('PK good old briefing');
    expect(await readdir(disk.dir)).toEqual(['brief.xlsx']);
  });

  it('CSV: a good CSV survives an export that does not fit', async () => {
    if (!disk) return;
    const path = join(disk.dir, 'centers.csv');
    await writeFile(path, 'old,csv');
    await expect(
      exportGridCsv(path, await bigWorkbook(60_000), 'centers', { seriesId: null, scenarioId: null }, 'ko', 'utf8-bom'),
    ).rejects.toMatchObject({ code: 'file.diskFull' });
    expect(await readFile(path, 'utf8')).toBe('old,csv');
    expect(await readdir(disk.dir)).toEqual(['centers.csv']);
  });

  it('recovery journal: a journal that does not fit keeps the previous journal', async () => {
    if (!disk) return;
    const store = createRecoveryStore(disk.dir);
    const id = store.newId();
    const small = await sampleWorkbook();
    await store.write(id, { workbook: small, fileName: null, path: null });
    await expect(store.write(id, { workbook: await bigWorkbook(120_000), fileName: null, path: null })).rejects.toMatchObject({
      code: 'file.diskFull',
    });
    expect((await store.read(id)).workbook).toEqual(small);
    expect((await readdir(disk.dir)).filter((n) => n.endsWith('.awtmp'))).toEqual([]);
  });
});
