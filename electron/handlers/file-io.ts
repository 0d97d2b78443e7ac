/** Safe file reads and atomic writes, with OS errors mapped to messages the user can act on. */
import { readFile, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { AppError } from '../../core/errors';

/** Largest project file we read; larger ones are refused before reading into memory. */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

/** Maps an OS error to the message the user sees (EBUSY/EPERM: the file is open in Excel on Windows). */
export function fsErrorToAppError(error: unknown, path: string, writing: boolean): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = path.split(/[\\/]/).pop() ?? path;
  if (code === 'ENOENT') return new AppError(writing ? 'file.notWritable' : 'file.notFound', name);
  if (code === 'EBUSY' || code === 'EPERM' || (writing && code === 'EACCES') || code === 'EROFS') {
    return new AppError(writing ? 'file.locked' : 'file.unreadable', name);
  }
  if (code === 'EISDIR' || code === 'ENOTDIR') return new AppError(writing ? 'file.notWritable' : 'file.unreadable', name);
  return new AppError(writing ? 'file.notWritable' : 'file.unreadable', name);
}

/** Reads a whole file as UTF-8 text, refusing files that are empty or larger than `maxBytes`. */
export async function readTextFile(path: string, maxBytes = MAX_PROJECT_BYTES): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('file.unreadable', path);
    if (info.size === 0) throw new AppError('file.empty');
    if (info.size > maxBytes) throw new AppError('file.tooLarge');
    return await readFile(path, 'utf8');
  } catch (error) {
    throw error instanceof AppError ? error : fsErrorToAppError(error, path, false);
  }
}

/**
 * Writes a file atomically: a temp file in the same folder, fsync, then rename over the target,
 * so a crash or a full disk never leaves a half-written file in place of the old one.
 */
export async function writeFileAtomically(path: string, data: string | Buffer): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw fsErrorToAppError(error, path, true);
  }
}
