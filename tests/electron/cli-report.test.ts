/** `brief --format hwpx`: the 한/글 report from the CLI, the format following the extension, bad use exiting 2. */
import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHwpx } from '../../electron/handlers/import/hwp/hwpx';
import { hwpxProblems, zipEntries } from './hwpx-rules';
import { runCliCaptured as cli, SAMPLE_PATH, tempDir } from './helpers';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.cleanup());

describe('cli brief as a 한/글 report', () => {
  it('writes the sample as .hwpx when the extension says so, in Korean and in English', async () => {
    const ko = tmp.path('보고서.hwpx');
    expect(await cli('brief', '--sample', '--out', ko)).toMatchObject({ code: 0, err: '' });
    expect(await hwpxProblems(ko)).toEqual([]);
    const read = await readHwpx(ko);
    expect(read.tables[0]!.cells.find((c) => c.row === 1 && c.col === 0)?.text).toBe('예산 총액');
    expect(read.tables[0]!.cells.some((c) => c.text === '2,685')).toBe(true);
    // The chart, drawn without a window, at print resolution.
    const png = (await zipEntries(ko)).find((e) => e.name === 'BinData/image1.png')?.data;
    expect(png?.subarray(1, 4).toString()).toBe('PNG');
    expect([png!.readUInt32BE(16), png!.readUInt32BE(20)]).toEqual([1600, 900]);

    const en = tmp.path('report.hwpx');
    expect((await cli('brief', '--workbook', SAMPLE_PATH, '--out', en, '--format', 'hwpx', '--lang', 'en')).code).toBe(0);
    expect((await readHwpx(en)).tables[0]!.cells[0]!.text).toBe('Item');
  });

  it('exits 2 with one line for a format that disagrees with the extension, or an unknown one', async () => {
    for (const args of [
      ['--out', tmp.path('a.xlsx'), '--format', 'hwpx'],
      ['--out', tmp.path('a.docx')],
      ['--out', tmp.path('a.hwp'), '--format', 'hwp'],
    ]) {
      const r = await cli('brief', '--sample', ...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')[0]).toMatch(/--(format|out)/);
    }
    expect(await readdir(tmp.dir)).toEqual([]);
  });

  it('leaves no partial file when the folder is missing', async () => {
    const r = await cli('brief', '--sample', '--out', tmp.path('missing/r.hwpx'));
    expect(r.code).toBe(2);
    expect(await readdir(tmp.dir)).toEqual([]);
  });
});
