/** Helpers for handler tests: temp folders and the embedded sample. */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProjectText } from '../../core/workbook-schema';
import { runCli } from '../../electron/cli/run-cli';
import type { Workbook } from '../../core/types';
import type { AppErrorInfo, Result } from '../../core/errors';
import { CHANNELS, type Channel, type RequestOf, type ResponseOf, type WorkbookBridge } from '../../core/ipc-contract';
import { wrapBridge } from '../../core/ipc-page';
import { blobLink, type BlobLink, type FromPage, type ToPage } from '../../core/ipc-wire';
import { threadPort } from '../../electron/work/entry-ports';
import type { Dispatch } from '../../electron/ipc-dispatch';
import { createBlobStore, type BlobStore } from '../../electron/work/blob-store';
import { createLocalWork, type WorkRunner } from '../../electron/work/client';
import type { ThreadWork } from '../../electron/work/thread-process';
import { createWindowOps, type WindowOps } from '../../electron/work/window-ops';

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

/** The blob link of a window's work process as the page has it: over a port to a thread, or straight into a local store. */
export function pageLink(work: WorkRunner<WindowOps, ThreadWork> | { blobs: BlobStore }): BlobLink {
  if ('blobs' in work) return { put: async (text) => work.blobs.put(text), take: async (ref) => work.blobs.take(ref) };
  // As preload does: a port to the running process, a new one after it ended.
  let link: ReturnType<typeof blobLink> | null = null;
  work.onStop(() => {
    link?.close({ code: 'work.stopped' });
    link = null;
  });
  const connected = () => (link ??= blobLink(threadPort<ToPage, FromPage>(work.connect().connectPage())));
  return { put: (text) => connected().put(text), take: (ref) => connected().take(ref) };
}

/** Preload's bridge over a dispatcher and a blob link (what the page's workbookApi wraps). */
export function bridgeOf(dispatch: Dispatch, link: BlobLink): WorkbookBridge {
  const settle = (p: Promise<string>): Promise<Result<string>> =>
    p.then(
      (value) => ({ ok: true, value }),
      (error: AppErrorInfo) => ({ ok: false, error }),
    );
  return {
    ...Object.fromEntries(CHANNELS.map((c) => [c, (payload?: unknown) => dispatch(c, payload)])),
    onCommand: () => () => undefined,
    onWorkProgress: () => () => undefined,
    registerDrop: async () => ({ ok: false, error: { code: 'request.invalid' } }),
    putBlob: (text: string) => settle(link.put(text)),
    takeBlob: (ref: string) => settle(link.take(ref)),
  } as unknown as WorkbookBridge;
}

/**
 * The handlers as the page reaches them: through the dispatcher main uses, with blobs put into and taken
 * from the work process as the renderer's workbookApi() does (core/ipc-page). An error result is thrown
 * as an Error carrying its code and detail.
 */
export function pageApi(dispatch: Dispatch, link: BlobLink): { [C in Channel]: PageMethod<C> } {
  const api = wrapBridge(bridgeOf(dispatch, link)) as unknown as Record<Channel, (request?: unknown) => Promise<Result<unknown>>>;
  const call = async (channel: Channel, request?: unknown) => {
    const result = await api[channel](request);
    if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
    return result.value;
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (request?: unknown) => call(c, request)])) as { [C in Channel]: PageMethod<C> };
}

/** A window's operations run in this thread over a local blob store (for tests of handlers' logic, not their threading). */
export function localWindowWork() {
  const blobs = createBlobStore();
  return Object.assign(createLocalWork(createWindowOps(blobs)), { blobs });
}
