/**
 * Reading zip packages (xlsx, hwpx) with yauzl: the entry list, an entry as a stream (deflate with large
 * output chunks), and a small entry read whole within a size cap. Every entry is checked as it is read: its
 * CRC-32 and its size must be the ones the zip states, so a damaged file is refused, never read as good.
 * A file that is not a readable zip, or whose part is damaged, is `import.corrupt` naming the part.
 */
import { Transform, type Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
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

/** The error of a damaged part: the usual message, and which part. */
const damaged = (entry: Entry) => new AppError('import.corrupt', entry.fileName.slice(0, 120));

/** Passes an entry's bytes on while checking them: CRC-32 and size as the zip states, else a damaged-part error. */
function verified(entry: Entry): Transform {
  let crc = 0;
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      // More than the zip says is damage too, and is stopped before it is all inflated.
      if (size > entry.uncompressedSize) return callback(damaged(entry));
      callback(null, chunk);
    },
    flush(callback) {
      callback(crc >>> 0 === entry.crc32 >>> 0 && size === entry.uncompressedSize ? null : damaged(entry));
    },
  });
}

/**
 * An entry's content as a stream, checked as it goes (see verified). Deflated entries are inflated here with
 * 1 MiB output chunks: with zlib's default 16 KiB, a 70 MB sheet is thousands of thread-pool round trips
 * and the reader waits. Any zip or zlib error becomes the damaged-part error.
 */
export const entryStream = (zip: ZipFile, entry: Entry) =>
  new Promise<Readable>((resolve, reject) => {
    const opened = (e: Error | null, raw?: Readable) => {
      if (e || !raw) return reject(damaged(entry));
      const check = verified(entry);
      const fail = () => check.destroy(damaged(entry));
      raw.on('error', fail);
      if (entry.compressionMethod === 0) return resolve(raw.pipe(check));
      const inflate = createInflateRaw({ chunkSize: 1 << 20 });
      inflate.on('error', fail);
      resolve(raw.pipe(inflate).pipe(check));
    };
    // Stored entries are read as they are; deflated ones are inflated here; any other method is not a part we can read.
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return reject(damaged(entry));
    try {
      if (entry.compressionMethod === 0) zip.openReadStream(entry, opened);
      else zip.openReadStream(entry, { decompress: false }, opened);
    } catch {
      reject(damaged(entry));
    }
  });

/**
 * Checks the parts a read did not use (a theme, properties, pictures: at most a part's size each), so a damaged
 * package is refused even where the damage is in a part the import ignores. Big unread parts (another sheet)
 * are checked when they are read.
 */
export async function verifyRest(zip: ZipFile, entries: Map<string, Entry>, read: ReadonlySet<string>): Promise<void> {
  for (const [name, entry] of entries) {
    if (read.has(name) || name.endsWith('/') || entry.uncompressedSize > READER_LIMITS.zipPartBytes) continue;
    const s = await entryStream(zip, entry);
    try {
      for await (const _chunk of s) {
        // Read to the end: the check runs as the bytes pass.
      }
    } catch (e) {
      throw e instanceof AppError ? e : damaged(entry);
    }
  }
}

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
  try {
    for await (const c of s) {
      size += (c as Buffer).length;
      if (size > limit) {
        s.destroy();
        return null;
      }
      chunks.push(c as Buffer);
    }
  } catch (e) {
    throw e instanceof AppError ? e : damaged(entry);
  }
  return Buffer.concat(chunks).toString('utf8');
}
