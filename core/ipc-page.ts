/**
 * The page's API from preload's bridge: each channel called with page values, its declared blobs put into
 * the work process first and taken from it after (core/ipc-wire, by the channel's schemas in
 * core/ipc-contract). The renderer, the tests and the e2e harness wrap their bridges with this one function.
 */
import type { AppErrorInfo, Result } from './errors';
import { CHANNELS, IPC, type WorkbookApi, type WorkbookBridge } from './ipc-contract';
import { decodeWire, encodeWire, type BlobLink } from './ipc-wire';

/** A failed put or take, carrying its code to the channel's result. */
class BlobError extends Error {
  constructor(readonly info: AppErrorInfo) {
    super(info.code);
  }
}
const unwrap = (r: Result<string>): string => {
  if (!r.ok) throw new BlobError(r.error);
  return r.value;
};

/** Wraps a bridge: the page calls channels with values; blobs travel over the bridge's link to the work process. */
export function wrapBridge(bridge: WorkbookBridge): WorkbookApi {
  const link: BlobLink = {
    put: async (text) => unwrap(await bridge.putBlob(text)),
    take: async (ref) => unwrap(await bridge.takeBlob(ref)),
  };
  const api: Record<string, unknown> = {
    onCommand: bridge.onCommand,
    onWorkProgress: bridge.onWorkProgress,
    registerDrop: bridge.registerDrop,
  };
  for (const channel of CHANNELS) {
    const send = bridge[channel] as (payload?: unknown) => Promise<Result<unknown>>;
    api[channel] = async (request?: unknown): Promise<Result<unknown>> => {
      try {
        const wire = request === undefined ? undefined : await encodeWire(IPC[channel].request, request, link);
        const result = await send(wire);
        if (!result.ok) return result;
        return { ok: true, value: await decodeWire(IPC[channel].response, result.value, link) };
      } catch (error) {
        // A blob that could not be put or taken (the work process ended): the call fails with its code.
        return { ok: false, error: error instanceof BlobError ? error.info : { code: 'internal' } };
      }
    };
  }
  return api as WorkbookApi;
}
