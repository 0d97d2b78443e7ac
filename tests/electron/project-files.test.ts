import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { applyEdit } from '../../core/workbook-edits';
import { SCHEMA_VERSION } from '../../core/workbook-schema';
import { fsErrorToAppError } from '../../electron/handlers/file-io';
import { openProjectFile, saveProjectFile } from '../../electron/handlers/project-files';
import { sampleWorkbook, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

async function expectAppError(p: Promise<unknown>, code: string) {
  const error = await p.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe('project files', () => {
  it('save then open returns the same workbook, edits included', async () => {
    const edited = applyEdit(await sampleWorkbook(), { kind: 'setPointValue', seriesId: 'budget', year: 2026, value: 3000 });
    const path = tmp.path('프로젝트.awb');
    await saveProjectFile(path, edited);
    const reopened = await openProjectFile(path);
    expect(reopened).toEqual(edited);
    expect(reopened.series[0]!.points.find((p) => p.year === 2026)!.value).toBe(3000);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'analyst-workbook', schemaVersion: SCHEMA_VERSION });
    // No temp files left behind by the atomic write.
    expect(await readdir(tmp.dir)).toEqual(['프로젝트.awb']);
  });

  it('overwrites an existing project atomically', async () => {
    const path = tmp.path('a.awb');
    const wb = await sampleWorkbook();
    await saveProjectFile(path, wb);
    await saveProjectFile(path, { ...wb, title: '두 번째' });
    expect((await openProjectFile(path)).title).toBe('두 번째');
    expect(await readdir(tmp.dir)).toEqual(['a.awb']);
  });

  const bad: [string, string | Buffer, string][] = [
    ['not JSON (truncated)', '{"format":"analyst-workbook","schemaVersion":1,"workbook":{"tit', 'project.notJson'],
    ['random bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13]), 'project.notJson'],
    ['other JSON', '{"name":"package"}', 'project.notWorkbook'],
    ['newer schema', '{"format":"analyst-workbook","schemaVersion":99,"workbook":{}}', 'project.newerVersion'],
    ['wrong schema', JSON.stringify({ format: 'analyst-workbook', schemaVersion: 1, workbook: { title: 1 } }), 'project.invalid'],
    ['empty', '', 'file.empty'],
  ];
  for (const [name, content, code] of bad) {
    it(`refuses a ${name} file with ${code} and leaves it untouched`, async () => {
      const path = tmp.path('bad.awb');
      await writeFile(path, content);
      const before = await stat(path);
      await expectAppError(openProjectFile(path), code);
      expect(await readFile(path)).toEqual(Buffer.from(content));
      expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    });
  }

  it('refuses nonsense values inside a well-formed project', async () => {
    const wb = await sampleWorkbook();
    const path = tmp.path('x.awb');
    const dupYears = { ...wb, series: [{ ...wb.series[0]!, points: [...wb.series[0]!.points, { year: 2026, value: 1, note: '' }] }] };
    await writeFile(path, JSON.stringify({ format: 'analyst-workbook', schemaVersion: 1, workbook: dupYears }));
    const error = await openProjectFile(path).catch((e: AppError) => e);
    expect((error as AppError).code).toBe('project.invalid');
    expect((error as AppError).detail).toContain('years must be unique');
    await writeFile(
      path,
      JSON.stringify({
        format: 'analyst-workbook',
        schemaVersion: 1,
        workbook: { ...wb, scenarios: [{ ...wb.scenarios[0]!, method: { kind: 'growth', rate: -2 } }] },
      }),
    );
    await expectAppError(openProjectFile(path), 'project.invalid');
  });

  it('reports a missing file', async () => {
    await expectAppError(openProjectFile(tmp.path('none.awb')), 'file.notFound');
  });

  it('refuses to overwrite a file that was changed, renamed or deleted since it was read', async () => {
    const path = tmp.path('shared.awb');
    const wb = await sampleWorkbook();
    const stamp = await saveProjectFile(path, wb);
    // Another program writes the file: the next save with the old stamp is refused and changes nothing.
    await writeFile(path, 'written by someone else, much longer than before');
    await expectAppError(saveProjectFile(path, wb, { expect: stamp }), 'file.changedOnDisk');
    expect(await readFile(path, 'utf8')).toBe('written by someone else, much longer than before');
    const { rm } = await import('node:fs/promises');
    await rm(path);
    await expectAppError(saveProjectFile(path, wb, { expect: stamp }), 'file.missingOnDisk');
    // Overwriting (no expected stamp) is the user's explicit choice.
    expect(await saveProjectFile(path, wb)).not.toBeNull();
    expect((await openProjectFile(path)).title).toBe(wb.title);
  });

  it('maps a file locked by Excel (EBUSY/EPERM) or read-only to file.locked', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(fsErrorToAppError(err('EBUSY'), 'C:\\briefing.xlsx', true).toInfo()).toEqual({ code: 'file.locked', detail: 'briefing.xlsx' });
    expect(fsErrorToAppError(err('EPERM'), '/a/b.awb', true).code).toBe('file.locked');
    expect(fsErrorToAppError(err('EACCES'), '/a/b.awb', true).code).toBe('file.locked');
    expect(fsErrorToAppError(err('EACCES'), '/a/b.awb', false).code).toBe('file.unreadable');
    expect(fsErrorToAppError(err('ENOSPC'), '/a/b.awb', true).code).toBe('file.diskFull');
  });

  it('refuses to save over a folder and leaves it as it was', async () => {
    const { mkdir } = await import('node:fs/promises');
    const path = tmp.path('folder.awb');
    await mkdir(path);
    await writeFile(`${path}/inside.txt`, 'keep');
    await expectAppError(saveProjectFile(path, await sampleWorkbook()), 'file.notWritable');
    expect(await readFile(`${path}/inside.txt`, 'utf8')).toBe('keep');
  });

  it('reports a folder that does not exist as not writable', async () => {
    await expectAppError(saveProjectFile(tmp.path('no/such/dir/a.awb'), await sampleWorkbook()), 'file.notWritable');
  });
});
