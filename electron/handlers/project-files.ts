/** Opening and saving workbook project files (.awb): plain functions over paths. */
import { parseProjectText, serializeProject, validateWorkbook } from '../../core/workbook-schema';
import type { Workbook } from '../../core/types';
import { readTextFile, writeFileAtomically } from './file-io';

/** File extension of project files. */
export const PROJECT_EXTENSION = 'awb';

/** Reads and validates a project file; throws an AppError (and changes nothing) if it is not a valid project. */
export async function openProjectFile(path: string): Promise<Workbook> {
  const text = await readTextFile(path);
  return parseProjectText(text);
}

/** Validates and writes a project file atomically. */
export async function saveProjectFile(path: string, workbook: unknown): Promise<void> {
  const valid = validateWorkbook(workbook);
  const text = serializeProject(valid);
  // Round-trip before writing, so we never write a file we could not open again.
  parseProjectText(text);
  await writeFileAtomically(path, text);
}

/** Adds the project extension when the user typed a name without it. */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? path : `${path}.${PROJECT_EXTENSION}`;
}

