/** Opening and saving workbook project files (.awb): plain functions over paths. */
import { stat } from 'node:fs/promises';
import { AppError } from '../../core/errors';
import type { Workbook } from '../../core/types';
import { parseProjectText, serializeProject } from '../../core/workbook-schema';
import { readTextFile } from './file-io';
import { writeFileSafely, type WriteFs } from './safe-write';

/** File extension of project files. */
export const PROJECT_EXTENSION = 'awb';

/** What a file looked like when we last read or wrote it, to notice changes made by others. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** The stamp of a file now, or null when it does not exist. */
export async function fileStamp(path: string): Promise<FileStamp | null> {
  try {
    const s = await stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** Reads and validates a project file; throws an AppError (and changes nothing) if it is not a valid project. */
export async function openProjectFile(path: string): Promise<Workbook> {
  const text = await readTextFile(path);
  return parseProjectText(text);
}

/** Options of a save. */
export interface SaveOptions {
  /** The stamp the file had when opened or last saved: a different file on disk is refused. */
  expect?: FileStamp | null;
  fs?: WriteFs;
  signal?: AbortSignal;
  /** Fraction of the file written so far. */
  onProgress?: (fraction: number) => void;
}

/**
 * Writes a workbook that was validated when it entered the app (IPC, file load), verified on disk
 * before it replaces the old file. Returns the new file's stamp.
 */
export async function saveProjectFile(path: string, workbook: Workbook, options: SaveOptions = {}): Promise<FileStamp | null> {
  if (options.expect) {
    const now = await fileStamp(path);
    if (!now) throw new AppError('file.missingOnDisk', path.split(/[\\/]/).pop());
    if (now.size !== options.expect.size || now.mtimeMs !== options.expect.mtimeMs)
      throw new AppError('file.changedOnDisk', path.split(/[\\/]/).pop());
  }
  const text = serializeProject(workbook);
  const total = Math.max(1, Buffer.byteLength(text, 'utf8'));
  const onBytes = options.onProgress && ((bytes: number) => options.onProgress!(Math.min(1, bytes / total)));
  await writeFileSafely(path, text, { fs: options.fs, signal: options.signal, onBytes });
  return fileStamp(path);
}

/** Adds the project extension when the user typed a name without it. */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? path : `${path}.${PROJECT_EXTENSION}`;
}
