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

/**
 * UTF-8 text of bytes, strictly: bytes that are not UTF-8 (a damaged file) are refused as `project.damaged`,
 * naming the line and byte where the damage starts, instead of reading on with U+FFFD where names were.
 */
export function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find where: the first byte that starts an invalid sequence.
    let at = 0;
    for (let step = 1 << 20; step >= 1; step >>= 1) {
      while (at + step <= bytes.length) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at + step), { stream: true });
          at += step;
        } catch {
          break;
        }
      }
    }
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new AppError('project.damaged', `line ${line}, byte ${at + 1}`);
  }
}

/**
 * Reads a project (or journal) file as UTF-8 text, refusing files that are empty or larger than `maxBytes`.
 * Bytes that are not UTF-8 in what is otherwise a project are damage (project.damaged, see strictUtf8);
 * in anything else, the file is not a project at all (project.notJson).
 */
export async function readTextFile(path: string, maxBytes: number = FILE_LIMITS.projectBytes): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new AppError('file.unreadable', path);
    if (info.size === 0) throw new AppError('file.empty');
    if (info.size > maxBytes) throw new AppError('file.tooLarge');
    bytes = await readFile(path);
  } catch (error) {
    throw error instanceof AppError ? error : fsErrorToAppError(error, path, false);
  }
  try {
    return strictUtf8(bytes);
  } catch (error) {
    const head = bytes.subarray(0, 400).toString('latin1');
    throw /"format"\s*:\s*"analyst-workbook"/.test(head) ? error : new AppError('project.notJson');
  }
}
