/**
 * How large values cross IPC: a workbook (and an import preview) travels as JSON text, so main passes
 * it between the page and the work process without walking, cloning or validating a 100,000-row object
 * on its own thread; the work process validates it once, where it is parsed. The renderer's
 * `workbookApi()` encodes requests and decodes responses with the two functions here.
 */
import type { CenterImportReply, Channel, ImportPreview, RequestOf, ResponseOf } from './ipc-contract';
import type { Workbook } from './types';

/** JSON text of a value of type T (the type is a reminder of what parsing it gives). */
export type JsonText<T> = string & { readonly __jsonOf?: T };

/** T with every workbook, import preview and center import in it replaced by its JSON text. */
export type Wired<T> = T extends Workbook
  ? JsonText<Workbook>
  : T extends ImportPreview
    ? JsonText<ImportPreview>
    : T extends CenterImportReply
      ? JsonText<CenterImportReply>
      : T extends readonly unknown[]
        ? T
        : T extends object
          ? { [K in keyof T]: Wired<T[K]> }
          : T;

/**
 * A channel's request as it travels. A request with a workbook also carries its title, which main
 * needs for a save dialog's suggested name without reading the text.
 */
export type WireRequestOf<C extends Channel> = Wired<RequestOf<C>> &
  (RequestOf<C> extends { workbook: Workbook } ? { title: string } : unknown);
/** A channel's response as it travels. */
export type WireResponseOf<C extends Channel> = Wired<ResponseOf<C>>;

/** JSON text of a value, typed. */
export const toJsonText = <T>(value: T): JsonText<T> => JSON.stringify(value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A request as it travels: its workbook (requests carry at most one, at the top) as text, with its title. */
export function encodeRequest<C extends Channel>(_channel: C, request: RequestOf<C>): WireRequestOf<C> {
  const holder = request as unknown;
  if (isRecord(holder) && isRecord(holder.workbook)) {
    const workbook = holder.workbook as unknown as Workbook;
    return { ...holder, workbook: toJsonText(workbook), title: workbook.title } as unknown as WireRequestOf<C>;
  }
  return request as WireRequestOf<C>;
}

/** Keys under which responses carry a workbook (a recovered document, the file it belonged to, a file opened at start). */
const WORKBOOK_KEYS = ['workbook', 'saved'] as const;

const parseIn = (holder: Record<string, unknown>) => {
  for (const key of WORKBOOK_KEYS) if (typeof holder[key] === 'string') holder[key] = JSON.parse(holder[key]);
};

/** A response as the page uses it: workbook texts and an import preview's text parsed. */
export function decodeResponse<C extends Channel>(channel: C, value: WireResponseOf<C>): ResponseOf<C> {
  if (channel === 'importFile' || channel === 'importCenters')
    return (typeof value === 'string' ? JSON.parse(value) : value) as ResponseOf<C>;
  if (!isRecord(value)) return value as ResponseOf<C>;
  const out: Record<string, unknown> = { ...value };
  parseIn(out);
  if (isRecord(out.open)) {
    out.open = { ...out.open };
    parseIn(out.open as Record<string, unknown>);
  }
  return out as unknown as ResponseOf<C>;
}
