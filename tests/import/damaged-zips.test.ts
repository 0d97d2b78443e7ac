/**
 * Damaged zips are refused, never read as good: one flipped byte anywhere in an xlsx or HWPX (our own
 * look-alikes and the real agency and 한/글 files) either gives the usual "damaged or incomplete" error
 * naming the part, or (where the byte is one no reader uses, e.g. a timestamp) exactly what the intact file
 * gives. Every entry's CRC-32 and size are checked as it is read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { loadSpreadsheet } from '../../electron/handlers/import/load-spreadsheet';
import { runCliCaptured } from '../electron/helpers';

const own = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const shared = (name: string) => join(SHARED, name);
if (!existsSync(SHARED) && process.env.CI === 'true') throw new Error(`the shared fixtures are required on CI: ${SHARED} does not exist`);
if (!existsSync(SHARED)) console.warn(`\n[damaged zips] the shared agency and 한/글 files are SKIPPED: ${SHARED} does not exist\n`);

const FILES = [
  own('kosis-two-row-header.xlsx'),
  own('centers-merged-header.xlsx'),
  own('three-row-header.xlsx'),
  own('documents/budget-release.hwpx'),
  ...(existsSync(SHARED)
    ? [
        shared('agency/kosis_월평균_임금_시도_2011-2021.xlsx'),
        shared('agency/kosis_남북한발전전력량_1990-2016.xlsx'),
        shared('documents/table-caption.hwpx'),
      ]
    : []),
];

let dir = '';
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'aw-damaged-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Where the zip's local entries keep their compressed data: [start, end) per entry, with its name. */
function dataRanges(bytes: Buffer): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let at = bytes.indexOf('PK\x03\x04'); at >= 0; at = bytes.indexOf('PK\x03\x04', at + 4)) {
    const compressed = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 30, at + 30 + nameLength);
    if (compressed > 0 && start + compressed <= bytes.length) out.push([start, start + compressed, name]);
  }
  return out;
}

/** What a read gives, to compare: its sheets' rows (or the error's code and detail). */
async function outcome(path: string): Promise<{ ok: true; digest: string } | { ok: false; code: string; detail?: string }> {
  try {
    const loaded = await loadSpreadsheet(path);
    return { ok: true, digest: createHash('sha256').update(JSON.stringify(loaded.sheets)).digest('hex') };
  } catch (e) {
    if (!(e instanceof AppError)) throw new Error(`not a clean error: ${String(e)}`, { cause: e });
    return { ok: false, code: e.code, detail: e.detail };
  }
}

describe('a flipped byte in a zip', () => {
  for (const file of FILES) {
    it(`${file.split('/').slice(-1)[0]}: every damaged copy is refused naming the part, or reads exactly as the intact file`, async () => {
      const bytes = readFileSync(file);
      const intact = await outcome(file);
      expect(intact.ok).toBe(true);
      // Three bytes in each entry's data (start, middle, end), and bytes spread over the whole file.
      const positions = new Set<number>();
      for (const [start, end] of dataRanges(bytes)) for (const at of [start, (start + end) >> 1, end - 1]) positions.add(at);
      for (let k = 1; k <= 12; k++) positions.add(Math.floor((bytes.length * k) / 13));
      let refused = 0;
      for (const at of positions) {
        const copy = Buffer.from(bytes);
        copy[at] = copy[at]! ^ 0x5a;
        const path = join(dir, `damaged-${at}${file.slice(file.lastIndexOf('.'))}`);
        await writeFile(path, copy);
        const got = await outcome(path);
        if (got.ok) expect({ at, got }).toEqual({ at, got: intact });
        else {
          refused++;
          expect({ at, code: got.code }).toEqual({
            at,
            code: expect.stringMatching(/^import\.(corrupt|unsupported|noTable)$|^file\.empty$/),
          });
        }
      }
      expect(refused).toBeGreaterThan(0);
    });
  }

  it('the CLI says which part is damaged, in one line, with exit 2', async () => {
    const bytes = readFileSync(own('kosis-two-row-header.xlsx'));
    const sheet = dataRanges(bytes).find(([, , name]) => name.startsWith('xl/worksheets/'))!;
    const copy = Buffer.from(bytes);
    const at = (sheet[0] + sheet[1]) >> 1;
    copy[at] = copy[at]! ^ 0x01;
    const path = join(dir, 'kosis-flipped.xlsx');
    await writeFile(path, copy);
    const { code, out, err } = await runCliCaptured('inspect', path, '--json');
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/damaged or incomplete.*xl\/worksheets\/sheet\d\.xml/);
  });
});
