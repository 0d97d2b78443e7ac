/** Typed dispatch of IPC requests: validate the unknown payload, run the handler, return a Result. */
import { AppError, type Result } from '../core/errors';
import { z } from 'zod';
import { CHANNELS, IPC, type Channel, type WireRequestOf, type WireResponseOf } from '../core/ipc-contract';
import { TEXT_LIMITS } from '../core/limits';

/** One handler per channel, taking the validated request as it travels (workbooks as blob refs, core/ipc-wire). */
export type Handlers = { [C in Channel]: (request: WireRequestOf<C>) => Promise<WireResponseOf<C>> };

/** A function that takes any channel name and payload from an untrusted caller. */
export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

const isChannel = (value: unknown): value is Channel => typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

/**
 * Builds the dispatcher used by main's ipcMain.handle and by the e2e harness alike,
 * so both paths validate payloads and map errors the same way.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'request.invalid', detail: 'unknown channel' } };
    const parsed = IPC[channel].request.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: { code: 'request.invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined } };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toInfo() };
      // Unexpected: keep the stack in the log, show the user only a code.
      log(error);
      return { ok: false, error: { code: 'internal' } };
    }
  };
}

/** The parts of an IPC event used to decide who is calling. */
export interface IpcEventLike {
  sender: { id: number };
  senderFrame?: { url: string } | null;
}

/** Minimal shape of Electron's ipcMain used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle: (channel: string, listener: (event: IpcEventLike, payload: unknown) => unknown) => void;
}

/**
 * Registers one ipcMain handler per channel. `dispatchFor` picks the calling window's dispatcher
 * and returns null for senders that are not the app's own page, which are refused.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, dispatchFor: (event: IpcEventLike) => Dispatch | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload) => {
      const dispatch = dispatchFor(event);
      if (!dispatch) return { ok: false, error: { code: 'request.invalid', detail: 'untrusted sender' } };
      return dispatch(channel, payload);
    });
  }
}

/** Payload of the preload-only drop registration. */
export const registerDropSchema = z.object({ path: z.string().min(1).max(TEXT_LIMITS.path) }).strict();
