/**
 * How large values cross between the page and its window's work process without main in the path: the
 * page puts a value's JSON text into the work process over a port of its own and sends main only a
 * reference (a blob ref); main hands the ref to the work process, which takes the text and parses and
 * validates it where it is used. Answers come back the same way. A channel declares which of its fields
 * are blobs in its schemas (core/ipc-contract.ts); the page encodes and decodes by those declarations.
 */
import { z } from 'zod';
import type { AppErrorInfo } from './errors';
import { TEXT_LIMITS } from './limits';

declare const blobOf: unique symbol;
/** A reference to the JSON text of a T held in the window's work process (used once). */
export type BlobRef<T> = string & { readonly [blobOf]: T };

const BLOB_REF = /^blob:[0-9a-z-]{8,64}$/;
const blobSchemas = new WeakSet<z.ZodType>();

/** Schema of a field that travels as a blob of T. */
export function blob<T>(): z.ZodType<BlobRef<T>> {
  const schema = z.custom<BlobRef<T>>((v) => typeof v === 'string' && v.length <= TEXT_LIMITS.token && BLOB_REF.test(v), 'blob reference');
  blobSchemas.add(schema);
  return schema;
}

/** A wire type as the page sees it: every blob ref replaced by the value it stands for. */
export type PageOf<W> =
  W extends BlobRef<infer T>
    ? T
    : W extends readonly (infer E)[]
      ? PageOf<E>[]
      : W extends (...args: never[]) => unknown
        ? W
        : W extends object
          ? { [K in keyof W]: PageOf<W[K]> }
          : W;

/** Where the blobs of a schema are: paths of field names ([] for the whole value). */
export function blobPaths(schema: z.ZodType): string[][] {
  if (blobSchemas.has(schema)) return [[]];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return blobPaths(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => blobPaths(field).map((p) => [key, ...p]));
  return [];
}

/** Replaces the value at each path (where present and not null) by what `f` makes of it. */
async function mapPaths(value: unknown, paths: readonly string[][], f: (v: unknown) => Promise<unknown>): Promise<unknown> {
  const at = async (node: unknown, path: readonly string[]): Promise<unknown> => {
    if (node === null || node === undefined) return node;
    if (path.length === 0) return f(node);
    if (typeof node !== 'object' || Array.isArray(node)) return node;
    const [head, ...rest] = path as [string, ...string[]];
    if (!(head in node)) return node;
    return { ...(node as Record<string, unknown>), [head]: await at((node as Record<string, unknown>)[head], rest) };
  };
  let out = value;
  for (const path of paths) out = await at(out, path);
  return out;
}

/** Where the page keeps and fetches blobs: its window's work process, over the page's own port. */
export interface BlobLink {
  put: (text: string) => Promise<string>;
  take: (ref: string) => Promise<string>;
}

/** A page value as it travels: each declared blob put into the work process as JSON text, its ref in its place. */
export const encodeWire = (schema: z.ZodType, value: unknown, link: BlobLink): Promise<unknown> =>
  mapPaths(value, blobPaths(schema), (v) => link.put(JSON.stringify(v)));

/** A wire value as the page uses it: each declared blob taken from the work process and parsed. */
export const decodeWire = (schema: z.ZodType, value: unknown, link: BlobLink): Promise<unknown> =>
  mapPaths(value, blobPaths(schema), async (ref) => JSON.parse(await link.take(ref as string)) as unknown);

/** Page → work process over the page's port. */
export type FromPage = { kind: 'put'; id: number; text: string } | { kind: 'take'; id: number; ref: string };
/** Work process → page. */
export type ToPage =
  { kind: 'put'; id: number; ref: string } | { kind: 'take'; id: number; text: string } | { kind: 'fail'; id: number; error: AppErrorInfo };

/** Either end of a port, whatever carries it (a DOM MessagePort in preload, worker_threads' in tests). */
export interface PortLike<In, Out> {
  post: (message: Out) => void;
  onMessage: (listener: (message: In) => void) => void;
}

/**
 * The page's side of its port: put and take as promises. `close` fails whatever is waiting (the work
 * process ended): a new port comes with the next process.
 */
export function blobLink(port: PortLike<ToPage, FromPage>): BlobLink & { close: (error: AppErrorInfo) => void } {
  let next = 1;
  const waiting = new Map<number, { resolve: (v: string) => void; reject: (e: AppErrorInfo) => void }>();
  port.onMessage((m) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.kind === 'fail') w.reject(m.error);
    else w.resolve(m.kind === 'put' ? m.ref : m.text);
  });
  const ask = (message: (id: number) => FromPage) =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      port.post(message(id));
    });
  return {
    put: (text) => ask((id) => ({ kind: 'put', id, text })),
    take: (ref) => ask((id) => ({ kind: 'take', id, ref })),
    close: (error) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    },
  };
}
