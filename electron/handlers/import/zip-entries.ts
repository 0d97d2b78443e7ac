/**
 * Reading zip packages (xlsx, hwpx) with yauzl: the entry list, an entry as a stream (deflate with large
 * output chunks), and a small entry read whole within a size cap. A file that is not a readable zip is
 * `import.corrupt`.
 */
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../core/errors';
import { READER_LIMITS } from '../../../core/limits';

const corrupt = (e: unknown) => new AppError('import.corrupt', (e instanceof Error ? e.message : String(e)).slice(0, 120));

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (e: Entry) => {
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Opens a zip and lists its entries; the caller closes the zip. */
export async function openEntries(path: string): Promise<{ zip: ZipFile; entries: Map<string, Entry> }> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (e, z) => (e || !z ? reject(e ?? new Error('no zip')) : resolve(z))),
  ).catch((e: unknown) => {
    throw corrupt(e);
  });
  try {
    return { zip, entries: await listEntries(zip) };
  } catch (e) {
    zip.close();
    throw corrupt(e);
  }
}

/**
 * An entry's content as a stream. Deflated entries are inflated here with 1 MiB output chunks: with
 * zlib's default 16 KiB, a 70 MB sheet is thousands of thread-pool round trips and the reader waits.
 */
export const entryStream = (zip: ZipFile, entry: Entry) =>
  new Promise<Readable>((resolve, reject) => {
    const done = (e: Error | null, s?: Readable) => (e || !s ? reject(e ?? new Error('no stream')) : resolve(s));
    if (entry.compressionMethod !== 8) return zip.openReadStream(entry, done);
    zip.openReadStream(entry, { decompress: false }, (e, s) => {
      if (e || !s) return done(e);
      const inflate = createInflateRaw({ chunkSize: 1 << 20 });
      s.on('error', (err) => inflate.destroy(err));
      done(null, s.pipe(inflate));
    });
  });

/** Reads a small entry whole ('' when there is none), refusing one that inflates past `limit` bytes (null then). */
export async function readSmall(
  zip: ZipFile,
  entry: Entry | undefined,
  limit: number = READER_LIMITS.zipPartBytes,
): Promise<string | null> {
  if (!entry) return '';
  if (entry.uncompressedSize > limit) return null;
  const s = await entryStream(zip, entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of s) {
    size += (c as Buffer).length;
    if (size > limit) {
      s.destroy();
      return null;
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
