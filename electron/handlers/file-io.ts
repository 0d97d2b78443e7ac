/** Safe file reads, with OS errors mapped to messages the user can act on (writes: safe-write.ts). */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../core/errors';
import { FILE_LIMITS } from '../../core/limits';

/** Maps an OS error of a read to the message the user sees. */
export function fsErrorToAppError(error: unknown, path: string, writing: boolean): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = path.split(/[\\/]/).pop() ?? path;
  if (code === 'ENOENT') return new AppError(writing ? 'file.notWritable' : 'file.notFound', name);
  if (code === 'EBUSY' || code === 'EPERM' || (writing && code === 'EACCES') || code === 'EROFS') {
    return new AppError(writing ? 'file.locked' : 'file.unreadable', name);
  }
  if (code === 'ENOSPC' && writing) return new AppError('file.diskFull', name);
  return new AppError(writing ? 'file.notWritable' : 'file.unreadable', name);
}

/** Reads a whole file as UTF-8 text, refusing files that are empty or larger than `maxBytes`. */
export async function readTextFile(path: string, maxBytes: number = FILE_LIMITS.projectBytes): Promise<string> {
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
