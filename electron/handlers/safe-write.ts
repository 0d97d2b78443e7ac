/**
 * Writes that cannot lie: the bytes go to a temp file in the target's folder through a loop that
 * handles short writes, are fsynced, read back and compared (size and SHA-256), and only then renamed
 * over the target; the folder is fsynced last. On any failure the target is untouched and the temp
 * file is gone. Temp files left by a killed process are removed on the next write to that folder.
 *
 * Written by hand because write-file-atomic issues a single fs.write and does not check for a short
 * write (on a full disk it renamed a truncated file over a good one and reported success).
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../core/errors';

/** The file operations a safe write needs; tests inject one that short-writes or fails. */
export interface WriteFs {
  open: (path: string, flags: string, mode?: number) => Promise<WriteHandle>;
  rename: (from: string, to: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
  readdir: (dir: string) => Promise<string[]>;
  stat: (path: string) => Promise<{ size: number; mode: number; mtimeMs: number }>;
}

/** An open file: positional writes, fsync, read back, close. */
export interface WriteHandle {
  write: (buffer: Uint8Array, offset: number, length: number, position: number) => Promise<{ bytesWritten: number }>;
  read: (buffer: Uint8Array, offset: number, length: number, position: number) => Promise<{ bytesRead: number }>;
  sync: () => Promise<void>;
  close: () => Promise<void>;
}

/** The real file system. */
export const nodeWriteFs: WriteFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: fsp.rename,
  unlink: fsp.unlink,
  readdir: (dir) => fsp.readdir(dir),
  stat: fsp.stat,
};

/** What a write accepts: text (written as UTF-8), bytes, or a stream of byte chunks. */
export type WriteData = string | Uint8Array | AsyncIterable<Uint8Array>;

/** Options of a safe write. */
export interface SafeWriteOptions {
  fs?: WriteFs;
  /** Extra check of the finished temp file before it replaces anything (e.g. that a zip opens). */
  verify?: (tempPath: string) => Promise<void>;
  /** Stops the write before it replaces anything (the temp file is removed; work.cancelled). */
  signal?: AbortSignal;
  /** Bytes written so far, after each chunk. */
  onBytes?: (bytes: number) => void;
}

const TEMP_SUFFIX = '.awtmp';
const TEMP_NAME = /^\..+\.(\d+)-[0-9a-f]{8}\.awtmp$/;
/** A temp file older than this is stale whoever made it (no write takes a day). */
const STALE_MS = 24 * 60 * 60 * 1000;
const CHUNK = 1 << 20;

/** Name of this process's temp file for `target` (hidden, same folder, owner pid inside). */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files in `dir` left by processes that no longer run (or that are a day old). Never throws. */
export async function removeStaleTempFiles(dir: string, fs: WriteFs = nodeWriteFs): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    try {
      const owner = Number(m[1]);
      const old = Date.now() - (await fs.stat(path)).mtimeMs > STALE_MS;
      if (owner !== process.pid && (old || !isAlive(owner))) {
        await fs.unlink(path);
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

async function* chunksOf(data: WriteData): AsyncIterable<Uint8Array> {
  if (typeof data === 'string') {
    // Encode in slices so a 200 MB project does not need a second 200 MB copy at once.
    let start = 0;
    while (start < data.length) {
      let end = Math.min(data.length, start + CHUNK);
      // Never split a surrogate pair across slices.
      const last = data.charCodeAt(end - 1);
      if (end < data.length && last >= 0xd800 && last <= 0xdbff) end++;
      yield Buffer.from(data.slice(start, end), 'utf8');
      start = end;
    }
  } else if (data instanceof Uint8Array) {
    yield data;
  } else {
    yield* data;
  }
}

/** Writes all of `chunk` at `position`, looping over short writes; a write of 0 bytes is an error. */
async function writeFully(handle: WriteHandle, chunk: Uint8Array, position: number): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset, position + offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('short write: no progress'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/** SHA-256 of the file's first `size` bytes as read back through the handle. */
async function readBackHash(handle: WriteHandle, size: number): Promise<{ hash: string; bytes: number }> {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(1, size)));
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead <= 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  return { hash: hash.digest('hex'), bytes: position };
}

async function syncFolder(dir: string, fs: WriteFs): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open or fsync a folder; the rename is still atomic there.
  }
}

/** Maps an OS error of a write to the message the user sees. */
function writeErrorToAppError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = basename(path);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return new AppError('file.diskFull', name);
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS') return new AppError('file.locked', name);
  return new AppError('file.notWritable', name);
}

/**
 * Writes `data` to `path` so that either the complete, verified new content is there or the old
 * file is untouched. Throws an AppError (disk full, locked, not writable, verify failed).
 */
export async function writeFileSafely(path: string, data: WriteData, options: SafeWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeWriteFs;
  const dir = dirname(path);
  await removeStaleTempFiles(dir, fs);
  let mode = 0o666;
  try {
    mode = (await fs.stat(path)).mode & 0o777;
  } catch {
    // New file: default permissions (less the umask).
  }
  const temp = tempPathFor(path);
  let handle: WriteHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx+', mode);
    const hash = createHash('sha256');
    let size = 0;
    const stopIfCancelled = () => {
      if (options.signal?.aborted) throw new AppError('work.cancelled');
    };
    for await (const chunk of chunksOf(data)) {
      stopIfCancelled();
      await writeFully(handle, chunk, size);
      hash.update(chunk);
      size += chunk.length;
      options.onBytes?.(size);
    }
    await handle.sync();
    const back = await readBackHash(handle, size);
    if (back.bytes !== size || back.hash !== hash.digest('hex')) throw new AppError('file.verifyFailed', basename(path));
    await handle.close();
    handle = null;
    const written = await fs.stat(temp);
    if (written.size !== size) throw new AppError('file.verifyFailed', basename(path));
    await options.verify?.(temp);
    // The last moment a cancel can take effect: after the rename the new file is in place.
    stopIfCancelled();
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw writeErrorToAppError(error, path);
  }
  await syncFolder(dir, fs);
}
