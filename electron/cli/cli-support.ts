/** What every CLI command shares: its I/O, usage errors and workbook loading. */
import { resolve } from 'node:path';
import type { Workbook } from '../../core/types';
import { openProjectFile } from '../handlers/project-files';

/** Where the CLI writes, and where the embedded sample is. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  samplePath: string;
}

/** A mistake in the command line (exit code 2 with the command's usage). */
export class UsageError extends Error {}

/** Options that choose the workbook. */
export const workbookOptions = { workbook: { type: 'string' }, sample: { type: 'boolean' } } as const;

/** Loads the workbook named by --workbook FILE or --sample (exactly one). */
export async function loadWorkbook(values: { workbook?: string; sample?: boolean }, io: CliIo): Promise<Workbook> {
  if (!!values.workbook === !!values.sample) throw new UsageError('give exactly one of --workbook FILE or --sample');
  return openProjectFile(values.sample ? io.samplePath : resolve(values.workbook!));
}
