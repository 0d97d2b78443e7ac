/** The built main bundle runs: loaded by Node with a stand-in 'electron', its handlers open, export and import. */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, REGISTER_DROP_CHANNEL, WORK_CONNECT_CHANNEL, WORK_PORT_CHANNEL } from '../../core/ipc-contract';
import { tempDir } from './helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(`${root}/dist-electron/main.cjs`);
if (!built && process.env.CI === 'true') throw new Error('dist-electron/main.cjs is missing: npm test builds it first');
if (!built) console.warn('\n[main bundle] SKIPPED: dist-electron/main.cjs is missing (npm run build)\n');

describe.runIf(built)('main bundle', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => (tmp = await tempDir()));
  afterAll(() => tmp.cleanup());

  it('registers every channel and its bundled handlers work', async () => {
    const out = tmp.path('bundle.xlsx');
    const { stdout } = await promisify(execFile)(process.execPath, [
      fileURLToPath(new URL('./support/bundle-harness.cjs', import.meta.url)),
      root,
      out,
      `${root}/tests/fixtures/centers-cp949.csv`,
      tmp.path('user'),
    ]);
    const result = JSON.parse(stdout);
    expect(result.channels).toEqual([...CHANNELS, REGISTER_DROP_CHANNEL, WORK_CONNECT_CHANNEL].sort());
    // The page was given its port to the work process, and the workbook went through it.
    expect(result.portChannel).toBe(WORK_PORT_CHANNEL);
    expect(result.sample).toBe('산업혁신기반구축사업 2026');
    expect(result.exported).toEqual({ ok: true, value: { fileName: 'bundle.xlsx' } });
    expect(result.imported).toBe(3);
    // The heavy work ran in the bundled work process.
    expect(result.forked).toEqual(['work.cjs']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('전망')!.getCell('C15').result as number).toBeCloseTo(4149.958555678, 6);
  });
});
