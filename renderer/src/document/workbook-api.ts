/** Access to the main process: only through window.workbook, typed from the IPC contract. */
import type { Result } from '../../../core/errors';
import { CHANNELS, type WorkbookApi } from '../../../core/ipc-contract';
import { decodeResponse, encodeRequest } from '../../../core/ipc-wire';

declare global {
  interface Window {
    /** What preload exposes: the channels with their payloads as they travel (workbooks as JSON text). */
    workbook?: Record<string, unknown>;
  }
}

let wrapped: { raw: Record<string, unknown>; api: WorkbookApi } | null = null;

/** Wraps the raw bridge: workbooks go out as JSON text and come back parsed (core/ipc-wire). */
function wrap(raw: Record<string, unknown>): WorkbookApi {
  const api: Record<string, unknown> = { ...raw };
  for (const channel of CHANNELS) {
    const send = raw[channel] as (payload?: unknown) => Promise<Result<unknown>>;
    api[channel] = async (request?: unknown) => {
      const result = await send(request === undefined ? undefined : encodeRequest(channel, request as never));
      return result.ok ? { ok: true, value: decodeResponse(channel, result.value as never) } : result;
    };
  }
  return api as WorkbookApi;
}

/** The bridge preload exposes, or null when the page runs outside Electron without a harness. */
export function workbookApi(): WorkbookApi | null {
  const raw = window.workbook;
  if (!raw) return null;
  if (wrapped?.raw !== raw) wrapped = { raw, api: wrap(raw) };
  return wrapped.api;
}
