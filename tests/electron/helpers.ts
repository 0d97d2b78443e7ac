/** Helpers for handler tests: temp folders and the embedded sample. */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProjectText } from '../../core/workbook-schema';
import { runCli } from '../../electron/cli/run-cli';
import type { Workbook } from '../../core/types';
import { CHANNELS, type Channel, type RequestOf, type ResponseOf } from '../../core/ipc-contract';
import { decodeResponse, encodeRequest } from '../../core/ipc-wire';
import type { Dispatch } from '../../electron/ipc-dispatch';

/** Absolute path of the embedded sample project. */
export const SAMPLE_PATH = fileURLToPath(new URL('../../samples/industrial-innovation-infrastructure.awb', import.meta.url));

/** The sample workbook, parsed. */
export async function sampleWorkbook(): Promise<Workbook> {
  return parseProjectText(await readFile(SAMPLE_PATH, 'utf8'));
}

/** The sample workbook, parsed (synchronously, for tests that build tables inline). */
export function sampleWorkbookSync(): Workbook {
  return parseProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
}

/** A fresh temp folder and its cleanup. */
export async function tempDir(): Promise<{ dir: string; path: (name: string) => string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'aw-test-'));
  return { dir, path: (name) => join(dir, name), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in-process and captures its exit code, stdout and stderr. */
export async function runCliCaptured(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), samplePath: SAMPLE_PATH });
  return { code, out, err };
}

/** A channel method as the page calls it: workbooks as objects, errors thrown with their code. */
type PageMethod<C extends Channel> =
  RequestOf<C> extends void ? () => Promise<ResponseOf<C>> : (request: RequestOf<C>) => Promise<ResponseOf<C>>;

/**
 * The handlers as the page reaches them: through the dispatcher main uses, with requests encoded and
 * responses decoded as the renderer's workbookApi() does (core/ipc-wire). An error result is thrown
 * as an Error carrying its code and detail.
 */
export function pageApi(dispatch: Dispatch): { [C in Channel]: PageMethod<C> } {
  const call = async (channel: Channel, request?: unknown) => {
    const result = await dispatch(channel, request === undefined ? undefined : encodeRequest(channel, request as never));
    if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
    return decodeResponse(channel, result.value as never);
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (request?: unknown) => call(c, request)])) as { [C in Channel]: PageMethod<C> };
}
