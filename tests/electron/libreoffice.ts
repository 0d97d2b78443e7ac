/** LibreOffice headless as a second spreadsheet engine for tests: recalculate, convert, round-trip. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';

const run = promisify(execFile);
/** Path of soffice. */
const SOFFICE = '/usr/bin/soffice';

/** Whether LibreOffice tests can run; on CI a missing LibreOffice is a failure, elsewhere a clear skip. */
export function libreOfficeAvailable(): boolean {
  if (existsSync(SOFFICE)) return true;
  if (process.env.CI === 'true') throw new Error('LibreOffice (soffice) is required on CI: apt-get install libreoffice-calc-nogui');
  console.warn('\n[libreoffice] SKIPPED: soffice not found (apt-get install libreoffice-calc-nogui)\n');
  return false;
}

let profile: Promise<string> | null = null;
/** A private LibreOffice profile that recalculates every formula on load (never trusts cached results). */
function recalcProfile(): Promise<string> {
  profile ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-lo-profile-'));
    await mkdir(join(dir, 'user'), { recursive: true });
    await writeFile(
      join(dir, 'user', 'registrymodifications.xcu'),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
    );
    return dir;
  })();
  return profile;
}

/** How long a LibreOffice test may take: its first start builds a profile and takes many seconds on a cold machine. */
export const LIBREOFFICE_TIMEOUT = 600_000;

let warm: Promise<void> | null = null;
/** Starts LibreOffice once (a tiny CSV to xlsx) so the tests' own timings do not include its cold start. */
export function warmUpLibreOffice(): Promise<void> {
  warm ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-lo-warm-'));
    await writeFile(join(dir, 'warm.csv'), 'a,1\n');
    await convert(join(dir, 'warm.csv'), 'xlsx', join(dir, 'out'));
  })();
  return warm;
}

/** Converts a file with LibreOffice (after a full recalculation); returns the output folder's files. */
export async function convert(file: string, filter: string, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const dir = await recalcProfile();
  await run(
    SOFFICE,
    [`-env:UserInstallation=file://${dir}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, file],
    { timeout: LIBREOFFICE_TIMEOUT },
  );
  return (await readdir(outDir)).map((f) => join(outDir, f));
}

/** Every sheet recalculated by LibreOffice, as rows of raw cell text keyed by sheet name. */
export async function recalculatedSheets(file: string, outDir: string): Promise<Record<string, string[][]>> {
  // 44=comma, 34=quote, 76=UTF-8, …, "false" = values as stored (not as formatted), -1 = every sheet to its own file.
  const files = await convert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', outDir);
  const stem = basename(file).replace(/\.xlsx$/, '');
  const sheets: Record<string, string[][]> = {};
  for (const f of files) {
    const name = basename(f)
      .slice(stem.length + 1)
      .replace(/\.csv$/, '');
    sheets[name] = Papa.parse<string[]>(await readFile(f, 'utf8'), { skipEmptyLines: false }).data;
  }
  return sheets;
}
